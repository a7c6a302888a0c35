#include "ProfileStore.h"

#include "AppPaths.h"
#include "common/PrivateFiles.h"
#include "schedule/ScheduleRule.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QSaveFile>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace rb {

Q_LOGGING_CATEGORY(lcProfiles, "rosterbridge.store.profiles", QtInfoMsg)

QString ProfileStore::defaultFolder()
{
    return AppPaths::profilesFolder();
}

std::optional<Profile> ProfileStore::LoadResult::find(const QString &idOrName) const
{
    std::optional<Profile> match;
    for (const Profile &p : profiles) {
        if (p.id.toString(QUuid::WithoutBraces) == idOrName)
            return p;
        if (p.name == idOrName) {
            if (match)
                return std::nullopt;
            match = p;
        }
    }
    return match;
}

ProfileStore::ProfileStore(const QString &folder)
    : m_folder(folder)
{
}

QString ProfileStore::filePath(const QUuid &id) const
{
    return QString(m_folder % u'/' % id.toString(QUuid::WithoutBraces) % u".json");
}

std::optional<QJsonObject> ProfileStore::readJson(const QString &path, Findings *findings)
{
    const QString shown = QFileInfo(path).fileName();
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        findings->error(shown, 0, {}, tr("could not be read: %1").arg(f.errorString()),
                        u"profile.unreadable"_s);
        return std::nullopt;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        findings->error(shown, 0, {},
                        parseError.error != QJsonParseError::NoError
                            ? tr("is not valid JSON: %1 at byte %2")
                                  .arg(parseError.errorString())
                                  .arg(parseError.offset)
                            : tr("must hold a JSON object"),
                        u"profile.json"_s);
        return std::nullopt;
    }
    return doc.object();
}

std::optional<Profile> ProfileStore::parse(const QJsonObject &json, const QString &path,
                                           Findings *findings)
{
    const qint64 errorsBefore = findings->errorCount();
    Profile p = Profile::fromJson(json, findings, QFileInfo(path).fileName());
    if (findings->errorCount() > errorsBefore)
        return std::nullopt;
    return p;
}

std::optional<Profile> ProfileStore::readFile(const QString &path, Findings *findings)
{
    const std::optional<QJsonObject> json = readJson(path, findings);
    return json ? parse(*json, path, findings) : std::nullopt;
}

bool ProfileStore::writeFile(const Profile &profile, const QString &path, QString *error)
{
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly)) {
        *error = tr("%1 could not be written: %2").arg(path, f.errorString());
        return false;
    }
    const QByteArray data = QJsonDocument(profile.toJson()).toJson(QJsonDocument::Indented);
    // A failed flush is not always remembered by commit(), so check it here; the temporary
    // file is discarded when `f` goes out of scope and the old file stays.
    if (f.write(data) != data.size() || !f.flush()) {
        *error = tr("%1 could not be written: %2").arg(path, f.errorString());
        f.cancelWriting();
        return false;
    }
    // commit() renames the finished temporary file over the old one, or leaves the old one.
    if (!f.commit()) {
        *error = tr("%1 could not be written: %2").arg(path, f.errorString());
        return false;
    }
    return true;
}

ProfileStore::LoadResult ProfileStore::loadAll() const
{
    LoadResult result;
    const QDir dir(m_folder);
    const QStringList names = dir.entryList({u"*.json"_s}, QDir::Files, QDir::Name);
    for (const QString &name : names) {
        std::optional<Profile> p = readFile(dir.filePath(name), &result.findings);
        if (!p) {
            qCWarning(lcProfiles) << "profile file" << name << "cannot be used; left as it is";
            result.unreadableFiles << name;
            continue;
        }
        result.profiles << *p;
    }
    std::sort(result.profiles.begin(), result.profiles.end(),
              [](const Profile &a, const Profile &b) {
                  const int byName = a.name.localeAwareCompare(b.name);
                  return byName != 0 ? byName < 0 : a.id < b.id;
              });
    return result;
}

std::optional<Profile> ProfileStore::load(const QUuid &id, Findings *findings) const
{
    return readFile(filePath(id), findings);
}

bool ProfileStore::save(const Profile &profile, QString *error) const
{
    if (profile.id.isNull()) {
        *error = tr("the profile has no id");
        return false;
    }
    if (!PrivateFiles::makeFolder(m_folder)) {
        *error = tr("the folder %1 could not be created").arg(m_folder);
        return false;
    }
    const QString path = filePath(profile.id);
    if (!writeFile(profile, path, error))
        return false;
    // QSaveFile gives a new file the umask's mode; an exported copy (exportTo) keeps that.
    PrivateFiles::restrictFile(path);
    qCInfo(lcProfiles) << "saved profile" << profile.id.toString(QUuid::WithoutBraces);
    return true;
}

std::optional<Profile> ProfileStore::duplicate(const QUuid &id, const QString &newName,
                                               QString *error) const
{
    Findings findings;
    std::optional<Profile> p = load(id, &findings);
    if (!p) {
        *error = findings.lines().join(u'\n');
        return std::nullopt;
    }
    p->id = QUuid::createUuid();
    p->name = newName;
    p->needsFirstRunApproval = true;
    if (!save(*p, error))
        return std::nullopt;
    return p;
}

bool ProfileStore::setSchedulePaused(const QUuid &id, bool paused, QString *error) const
{
    Findings findings;
    auto profile = load(id, &findings);
    if (!profile) {
        *error = findings.lines().join(u' ');
        return false;
    }
    if (!profile->schedule) {
        *error = tr("\"%1\" has no schedule to pause or resume.").arg(profile->name);
        return false;
    }
    profile->schedule->paused = paused;
    return save(*profile, error);
}

bool ProfileStore::remove(const QUuid &id, QString *error) const
{
    QFile f(filePath(id));
    if (!f.exists())
        return true;
    if (!f.remove()) {
        *error = tr("%1 could not be deleted: %2").arg(f.fileName(), f.errorString());
        return false;
    }
    qCInfo(lcProfiles) << "removed profile" << id.toString(QUuid::WithoutBraces);
    return true;
}

bool ProfileStore::exportTo(const QUuid &id, const QString &path, QString *error) const
{
    Findings findings;
    const std::optional<Profile> p = load(id, &findings);
    if (!p) {
        *error = findings.lines().join(u'\n');
        return false;
    }
    return writeFile(*p, path, error);
}

ProfileStore::ImportResult ProfileStore::importFrom(const QString &path) const
{
    ImportResult result;
    std::optional<QJsonObject> json = readJson(path, &result.findings);
    if (!json)
        return result;
    // A hand-written or stripped profile may have no id; it gets one like a taken id does.
    const QJsonValue id = json->value(u"id"_s);
    const bool noId = id.isUndefined() || id.isNull() || id.toString().trimmed().isEmpty();
    if (noId)
        json->insert(u"id"_s, QUuid::createUuid().toString(QUuid::WithoutBraces));
    std::optional<Profile> p = parse(*json, path, &result.findings);
    if (!p)
        return result;
    if (noId || QFileInfo::exists(filePath(p->id))) {
        p->id = QUuid::createUuid();
        result.idChanged = true;
    }
    p->needsFirstRunApproval = true;
    QString error;
    if (!save(*p, &error)) {
        result.findings.error(QFileInfo(path).fileName(), 0, {}, error, u"profile.write"_s);
        return result;
    }
    result.secretsToEnter = p->requiredSecrets();
    result.profile = std::move(p);
    return result;
}

} // namespace rb
