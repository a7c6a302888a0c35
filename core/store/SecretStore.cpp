#include "SecretStore.h"

#include "Profile.h"
#include "common/PrivateFiles.h"
#include "log/LogRedactor.h"
#include "service/ServiceCredentials.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QSaveFile>
#include <QTimer>

#include <qt6keychain/keychain.h>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace rb {

Q_LOGGING_CATEGORY(lcSecrets, "rosterbridge.store.secrets", QtInfoMsg)

namespace {

struct EnvironmentOverride
{
    QLatin1String name;
    const char *variable;
};

// The command line (convert, test-connection --source) reads the same variables.
constexpr EnvironmentOverride kOverrides[] = {
    {SecretName::SisClientSecret, "ROSTERBRIDGE_SIS_SECRET"},
    {SecretName::AsmPassword, "ROSTERBRIDGE_ASM_PASSWORD"},
    {SecretName::AsmKeyPassphrase, "ROSTERBRIDGE_ASM_KEY_PASSPHRASE"},
    {SecretName::SisSftpPassword, "ROSTERBRIDGE_SIS_SFTP_PASSWORD"},
    {SecretName::SisSftpKeyPassphrase, "ROSTERBRIDGE_SIS_SFTP_KEY_PASSPHRASE"},
    {SecretName::SmtpPassword, "ROSTERBRIDGE_SMTP_PASSWORD"},
    {SecretName::PseudonymKey, "ROSTERBRIDGE_PSEUDONYM_KEY"},
};

// QtKeychain reports a missing Secret Service mostly as OtherError with the D-Bus or libsecret
// message (no session bus, no org.freedesktop.secrets, no default collection), so the text
// decides whether "no keychain" is meant.
bool meansNoKeychain(const QString &text)
{
    static const QStringList markers = {u"D-Bus"_s,
                                        u"DBus"_s,
                                        u"dbus"_s,
                                        u"org.freedesktop.secrets"_s,
                                        u"autolaunch"_s,
                                        u"Could not connect"_s,
                                        u"No such file or directory"_s,
                                        u"Connection refused"_s};
    for (const QString &m : markers) {
        if (text.contains(m, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

SecretStatus classify(QKeychain::Error error, const QString &text)
{
    switch (error) {
    case QKeychain::NoError:
        return SecretStatus::Ok;
    case QKeychain::EntryNotFound:
        return SecretStatus::NotFound;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        return SecretStatus::NoKeychain;
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        return SecretStatus::Locked;
    case QKeychain::OtherError:
        return meansNoKeychain(text) ? SecretStatus::NoKeychain : SecretStatus::Failed;
    case QKeychain::CouldNotDeleteEntry:
        return SecretStatus::Failed;
    }
    return SecretStatus::Failed;
}

QString errorTextFor(SecretStatus status, const QString &detail, std::chrono::milliseconds timeout)
{
    switch (status) {
    case SecretStatus::Ok:
        return {};
    case SecretStatus::NotFound:
        return SecretStore::tr("The secret is not in the system keychain.");
    case SecretStatus::NoKeychain:
        return SecretStore::tr("No system keychain is available (%1). RosterBridge never stores "
                               "passwords in plain text: enter them at each run, or supply them "
                               "in environment variables for unattended runs.")
            .arg(detail);
    case SecretStatus::Locked:
        return SecretStore::tr("The system keychain is locked or refused access (%1). Unlock it "
                               "and try again.")
            .arg(detail);
    case SecretStatus::TimedOut:
        return SecretStore::tr("The system keychain did not answer within %n second(s); it may "
                               "be locked and waiting for its password.",
                               nullptr, int((timeout.count() + 999) / 1000));
    case SecretStatus::Failed:
        return SecretStore::tr("The system keychain reported an error: %1").arg(detail);
    }
    return {};
}

} // namespace

QString secretStatusName(SecretStatus status)
{
    switch (status) {
    case SecretStatus::Ok:
        return u"ok"_s;
    case SecretStatus::NotFound:
        return u"not-found"_s;
    case SecretStatus::NoKeychain:
        return u"no-keychain"_s;
    case SecretStatus::Locked:
        return u"locked"_s;
    case SecretStatus::TimedOut:
        return u"timed-out"_s;
    case SecretStatus::Failed:
        return u"failed"_s;
    }
    return {};
}

SecretStore::SecretStore(const QString &indexFolder, QObject *parent)
    : QObject(parent)
    , m_indexFolder(indexFolder)
{
}

// Jobs still running are children and go with the store; their results are dropped.
SecretStore::~SecretStore() = default;

QString SecretStore::keyFor(const QUuid &profileId, const QString &name)
{
    return QString(profileId.toString(QUuid::WithoutBraces) % u'/' % name);
}

QString SecretStore::environmentVariableFor(const QString &name)
{
    for (const EnvironmentOverride &o : kOverrides) {
        if (o.name == name)
            return QString::fromLatin1(o.variable);
    }
    return {};
}

std::optional<QString> SecretStore::fromEnvironment(const QString &name)
{
    const QString variable = environmentVariableFor(name);
    if (variable.isEmpty())
        return std::nullopt;
    const QString value = qEnvironmentVariable(variable.toLatin1().constData());
    if (value.isEmpty())
        return std::nullopt;
    return value;
}

quint64 SecretStore::read(const QUuid &profileId, const QString &name)
{
    SecretResult r;
    r.requestId = nextId();
    r.operation = SecretResult::Operation::Read;
    r.profileId = profileId;
    r.name = name;
    if (const std::optional<QString> value = fromEnvironment(name)) {
        qCDebug(lcSecrets) << "secret" << name << "taken from" << environmentVariableFor(name);
        LogRedactor::addSecret(*value);
        r.status = SecretStatus::Ok;
        r.value = *value;
        r.fromEnvironment = true;
        deliver(r);
        return r.requestId;
    }
    // The unattended service: the keychain is locked, systemd hands the secret over.
    if (const std::optional<QString> value = ServiceCredentials::read(profileId, name)) {
        qCDebug(lcSecrets) << "secret" << name << "taken from the service's credentials";
        LogRedactor::addSecret(*value);
        r.status = SecretStatus::Ok;
        r.value = *value;
        deliver(r);
        return r.requestId;
    }
    startJob(r, {}, [this](const SecretResult &result) { deliver(result); });
    return r.requestId;
}

quint64 SecretStore::write(const QUuid &profileId, const QString &name, const QString &value)
{
    SecretResult r;
    r.requestId = nextId();
    r.operation = SecretResult::Operation::Write;
    r.profileId = profileId;
    r.name = name;
    LogRedactor::addSecret(value);
    // Indexed before the write: a write that lands after a timeout is still found and deleted
    // with its profile, and an extra name costs only a "not found" on removal.
    addToIndex(profileId, name);
    startJob(r, value, [this](const SecretResult &result) { deliver(result); });
    return r.requestId;
}

quint64 SecretStore::remove(const QUuid &profileId, const QString &name)
{
    SecretResult r;
    r.requestId = nextId();
    r.operation = SecretResult::Operation::Remove;
    r.profileId = profileId;
    r.name = name;
    startJob(r, {}, [this](const SecretResult &result) { deliver(result); });
    return r.requestId;
}

quint64 SecretStore::removeProfileSecrets(const QUuid &profileId)
{
    SecretResult overall;
    overall.requestId = nextId();
    overall.operation = SecretResult::Operation::RemoveProfile;
    overall.profileId = profileId;
    removeNext(overall, knownSecrets(profileId));
    return overall.requestId;
}

void SecretStore::removeNext(SecretResult overall, QStringList names)
{
    if (names.isEmpty()) {
        QHash<QString, QStringList> index = readIndex();
        if (index.remove(overall.profileId.toString(QUuid::WithoutBraces)) > 0)
            writeIndex(index);
        overall.status = SecretStatus::Ok;
        deliver(overall);
        return;
    }
    SecretResult step = overall;
    step.requestId = nextId();
    step.operation = SecretResult::Operation::Remove;
    step.name = names.takeFirst();
    startJob(step, {}, [this, overall, names](const SecretResult &result) mutable {
        if (!result.ok()) {
            overall.status = result.status;
            overall.name = result.name;
            overall.errorText = result.errorText;
            deliver(overall);
            return;
        }
        removeNext(overall, names);
    });
}

void SecretStore::startJob(const SecretResult &base, const QString &value, Done done)
{
    const QString service(kService);
    QKeychain::Job *job = nullptr;
    switch (base.operation) {
    case SecretResult::Operation::Read:
        job = new QKeychain::ReadPasswordJob(service, this);
        break;
    case SecretResult::Operation::Write: {
        auto *writeJob = new QKeychain::WritePasswordJob(service, this);
        writeJob->setTextData(value);
        job = writeJob;
        break;
    }
    case SecretResult::Operation::Remove:
    case SecretResult::Operation::RemoveProfile:
        job = new QKeychain::DeletePasswordJob(service, this);
        break;
    }
    // Plain text on disk is never an option; the flag only matters on the KWallet path.
    job->setInsecureFallback(false);
    // Deleted by jobFinished, after its results have been copied out.
    job->setAutoDelete(false);
    job->setKey(keyFor(base.profileId, base.name));

    const quint64 jobId = base.requestId;
    auto *timer = new QTimer(this);
    timer->setSingleShot(true);
    timer->setInterval(m_timeout);
    connect(timer, &QTimer::timeout, this, [this, jobId] { jobTimedOut(jobId); });
    m_pending.insert(jobId, Pending{base, std::move(done), timer});
    connect(job, &QKeychain::Job::finished, this,
            [this, jobId](QKeychain::Job *finishedJob) { jobFinished(jobId, finishedJob); });
    timer->start();
    job->start();
}

void SecretStore::jobFinished(quint64 jobId, QKeychain::Job *job)
{
    const QKeychain::Error error = job->error();
    const QString detail = job->errorString();
    QString value;
    if (auto *readJob = qobject_cast<QKeychain::ReadPasswordJob *>(job))
        value = readJob->textData();
    job->deleteLater();

    const auto it = m_pending.constFind(jobId);
    if (it == m_pending.constEnd())
        return; // already reported as timed out
    SecretResult result = it->result;
    result.status = classify(error, detail);
    if (result.operation == SecretResult::Operation::Remove &&
        result.status == SecretStatus::NotFound)
        result.status = SecretStatus::Ok;
    if (result.ok() && result.operation == SecretResult::Operation::Read) {
        LogRedactor::addSecret(value);
        result.value = value;
    }
    result.errorText = errorTextFor(result.status, detail, m_timeout);
    if (result.ok() && result.operation == SecretResult::Operation::Remove)
        removeFromIndex(result.profileId, result.name);
    // A missing entry is an ordinary answer (nothing entered yet), not worth the log.
    if (!result.ok() && result.status != SecretStatus::NotFound)
        qCInfo(lcSecrets) << "keychain" << secretStatusName(result.status) << "for"
                          << keyFor(result.profileId, result.name) << "-" << detail;
    complete(jobId, result);
}

void SecretStore::jobTimedOut(quint64 jobId)
{
    const auto it = m_pending.constFind(jobId);
    if (it == m_pending.constEnd())
        return;
    SecretResult result = it->result;
    result.status = SecretStatus::TimedOut;
    result.errorText = errorTextFor(result.status, {}, m_timeout);
    qCWarning(lcSecrets) << "keychain did not answer within" << m_timeout.count() << "ms for"
                         << keyFor(result.profileId, result.name);
    complete(jobId, result);
}

void SecretStore::complete(quint64 jobId, const SecretResult &result)
{
    Pending pending = m_pending.take(jobId);
    pending.timer->stop();
    pending.timer->deleteLater();
    noteAvailability(result);
    pending.done(result);
}

void SecretStore::deliver(const SecretResult &result)
{
    QMetaObject::invokeMethod(
        this, [this, result] { Q_EMIT finished(result); }, Qt::QueuedConnection);
}

void SecretStore::noteAvailability(const SecretResult &result)
{
    Availability now = Availability::Available;
    switch (result.status) {
    case SecretStatus::Ok:
    case SecretStatus::NotFound:
        break;
    case SecretStatus::NoKeychain:
    case SecretStatus::Locked:
    case SecretStatus::TimedOut:
        now = Availability::Unavailable;
        break;
    case SecretStatus::Failed:
        return; // says nothing about the keychain as a whole
    }
    m_unavailableReason = now == Availability::Unavailable ? result.errorText : QString();
    if (now != m_availability) {
        m_availability = now;
        Q_EMIT availabilityChanged(now);
    }
}

QString SecretStore::indexPath() const
{
    return QString(m_indexFolder % u"/secrets.index");
}

QStringList SecretStore::knownSecrets(const QUuid &profileId) const
{
    return readIndex().value(profileId.toString(QUuid::WithoutBraces));
}

QList<QUuid> SecretStore::indexedProfiles() const
{
    QList<QUuid> ids;
    const QHash<QString, QStringList> index = readIndex();
    for (auto it = index.begin(); it != index.end(); ++it) {
        const QUuid id = QUuid::fromString(it.key());
        if (!id.isNull() && !it.value().isEmpty())
            ids << id;
    }
    std::sort(ids.begin(), ids.end());
    return ids;
}

QHash<QString, QStringList> SecretStore::readIndex() const
{
    QHash<QString, QStringList> index;
    QFile f(indexPath());
    if (!f.open(QIODevice::ReadOnly))
        return index;
    const QJsonObject json = QJsonDocument::fromJson(f.readAll()).object();
    for (auto it = json.begin(); it != json.end(); ++it) {
        QStringList names;
        const QJsonArray array = it.value().toArray();
        for (const QJsonValue v : array) {
            if (v.isString())
                names << v.toString();
        }
        index.insert(it.key(), names);
    }
    return index;
}

void SecretStore::writeIndex(const QHash<QString, QStringList> &index) const
{
    QJsonObject json;
    for (auto it = index.begin(); it != index.end(); ++it) {
        if (!it.value().isEmpty())
            json.insert(it.key(), QJsonArray::fromStringList(it.value()));
    }
    PrivateFiles::makeFolder(m_indexFolder);
    QSaveFile f(indexPath());
    if (!f.open(QIODevice::WriteOnly)) {
        qCWarning(lcSecrets) << "secret index" << indexPath()
                             << "could not be written:" << f.errorString();
        return;
    }
    f.write(QJsonDocument(json).toJson(QJsonDocument::Indented));
    if (!f.commit())
        qCWarning(lcSecrets) << "secret index" << indexPath()
                             << "could not be written:" << f.errorString();
    PrivateFiles::restrictFile(indexPath());
}

void SecretStore::addToIndex(const QUuid &profileId, const QString &name) const
{
    QHash<QString, QStringList> index = readIndex();
    QStringList &names = index[profileId.toString(QUuid::WithoutBraces)];
    if (names.contains(name))
        return;
    names << name;
    writeIndex(index);
}

void SecretStore::removeFromIndex(const QUuid &profileId, const QString &name) const
{
    QHash<QString, QStringList> index = readIndex();
    const QString key = profileId.toString(QUuid::WithoutBraces);
    if (!index.contains(key) || !index[key].removeAll(name))
        return;
    writeIndex(index);
}

} // namespace rb
