#include "ServiceInstaller.h"

#include "ServiceFiles.h"
#include "common/PrivateFiles.h"

#include <QDir>
#include <QFile>
#include <QLoggingCategory>
#include <QSaveFile>
#include <QStandardPaths>

namespace rb {

Q_LOGGING_CATEGORY(lcServiceInstaller, "rosterbridge.service.installer", QtInfoMsg)

namespace {
const QString kUnit = QStringLiteral("rosterbridge.service");
const QString kSystemctl = QStringLiteral("systemctl");
} // namespace

ServiceInstaller::ServiceInstaller(QString unitFolder, QString credentialFolder,
                                   CommandRunner *runner)
    : m_unitFolder(std::move(unitFolder))
    , m_credentialFolder(std::move(credentialFolder))
    , m_runner(runner)
{
}

QString ServiceInstaller::defaultUnitFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation) +
           QStringLiteral("/systemd/user");
}

QString ServiceInstaller::defaultCredentialFolder(const QString &configFolder)
{
    return QDir(configFolder).filePath(QStringLiteral("service-credentials"));
}

QString ServiceInstaller::unitFile() const
{
    return QDir(m_unitFolder).filePath(kUnit);
}

Result<void> ServiceInstaller::command(const QString &what, const QString &program,
                                       const QStringList &args, const QByteArray &input)
{
    const CommandRunner::Outcome outcome = m_runner->run(program, args, input);
    if (outcome.ok())
        return {};
    const QString said = QString::fromUtf8(outcome.err).trimmed();
    qCWarning(lcServiceInstaller) << program << args.value(0) << "failed:" << outcome.exitCode
                                  << said;
    return Failure{tr("Could not %1: \"%2 %3\" %4%5")
                       .arg(what, program, args.join(u' '),
                            outcome.exitCode < 0 ? tr("did not run")
                                                 : tr("exited with %1").arg(outcome.exitCode),
                            said.isEmpty() ? QString() : QStringLiteral(": ") + said)};
}

void ServiceInstaller::takeBack(const QStringList &files)
{
    for (const QString &file : files)
        QFile::remove(file);
}

Result<void> ServiceInstaller::install(ServiceDescription description,
                                       const QHash<QString, QString> &secrets)
{
    if (!QDir().mkpath(m_unitFolder) || !PrivateFiles::makeFolder(m_credentialFolder))
        return Failure{tr("Could not create %1 or %2.").arg(m_unitFolder, m_credentialFolder)};
    QStringList written;
    description.credentials.clear();
    for (auto it = secrets.begin(); it != secrets.end(); ++it) {
        const QString file = QDir(m_credentialFolder).filePath(it.key() + QStringLiteral(".cred"));
        // Sealed for this user by systemd (256 or later); the value goes through stdin only.
        if (Result<void> sealed =
                command(tr("seal the secret %1").arg(it.key()), QStringLiteral("systemd-creds"),
                        {QStringLiteral("encrypt"), QStringLiteral("--user"),
                         QStringLiteral("--name=") + it.key(), QStringLiteral("-"), file},
                        it.value().toUtf8());
            !sealed) {
            takeBack(written);
            return sealed;
        }
        written << file;
        description.credentials.append({it.key(), file});
    }
    QSaveFile unit(unitFile());
    const QByteArray text = ServiceFiles::systemdUnit(description);
    if (!unit.open(QIODevice::WriteOnly) || unit.write(text) != text.size() || !unit.commit()) {
        takeBack(written);
        return Failure{tr("Could not write %1: %2").arg(unitFile(), unit.errorString())};
    }
    written << unitFile();
    // Lingering starts the user's services at boot, before anyone logs in.
    for (const auto &[what, program, args] :
         {std::tuple{tr("start this user's services at boot"), QStringLiteral("loginctl"),
                     QStringList{QStringLiteral("enable-linger")}},
          std::tuple{tr("reload the service definitions"), kSystemctl,
                     QStringList{QStringLiteral("--user"), QStringLiteral("daemon-reload")}},
          std::tuple{tr("start the service"), kSystemctl,
                     QStringList{QStringLiteral("--user"), QStringLiteral("enable"),
                                 QStringLiteral("--now"), kUnit}}}) {
        if (Result<void> done = command(what, program, args); !done) {
            takeBack(written);
            m_runner->run(kSystemctl, {QStringLiteral("--user"), QStringLiteral("daemon-reload")});
            return done;
        }
    }
    qCInfo(lcServiceInstaller) << "service installed:" << unitFile();
    return {};
}

Result<void> ServiceInstaller::remove()
{
    if (!QFile::exists(unitFile())) {
        QDir(m_credentialFolder).removeRecursively();
        return {};
    }
    // Not running is fine; a unit that cannot be stopped is not.
    if (Result<void> stopped = command(
            tr("stop the service"), kSystemctl,
            {QStringLiteral("--user"), QStringLiteral("disable"), QStringLiteral("--now"), kUnit});
        !stopped)
        return stopped;
    if (!QFile::remove(unitFile()))
        return Failure{tr("Could not delete %1.").arg(unitFile())};
    QDir(m_credentialFolder).removeRecursively();
    // Lingering stays: other services of this user may rely on it.
    return command(tr("reload the service definitions"), kSystemctl,
                   {QStringLiteral("--user"), QStringLiteral("daemon-reload")});
}

ServiceInstaller::Status ServiceInstaller::status()
{
    if (!QFile::exists(unitFile()))
        return Status::NotInstalled;
    const CommandRunner::Outcome active =
        m_runner->run(kSystemctl, {QStringLiteral("--user"), QStringLiteral("is-active"),
                                   QStringLiteral("--quiet"), kUnit});
    return active.ok() ? Status::Running : Status::Stopped;
}

} // namespace rb
