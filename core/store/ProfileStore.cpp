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

Result<void> ProfileStore::writeFile(const Profile &profile, const QString &path)
{
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return Failure{tr("%1 could not be written: %2").arg(path, f.errorString())};
    const QByteArray data = QJsonDocument(profile.toJson()).toJson(QJsonDocument::Indented);
    // A failed flush is not always remembered by commit(), so check it here; the temporary
    // file is discarded when `f` goes out of scope and the old file stays.
    if (f.write(data) != data.size() || !f.flush()) {
        const QString why = f.errorString();
        f.cancelWriting();
        return Failure{tr("%1 could not be written: %2").arg(path, why)};
    }
    // commit() renames the finished temporary file over the old one, or leaves the old one.
    if (!f.commit())
        return Failure{tr("%1 could not be written: %2").arg(path, f.errorString())};
    return {};
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

Result<void> ProfileStore::save(const Profile &profile) const
{
    if (profile.id.isNull())
        return Failure{tr("the profile has no id")};
    if (!PrivateFiles::makeFolder(m_folder))
        return Failure{tr("the folder %1 could not be created").arg(m_folder)};
    const QString path = filePath(profile.id);
    if (Result<void> written = writeFile(profile, path); !written)
        return written;
    // QSaveFile gives a new file the umask's mode; an exported copy (exportTo) keeps that.
    PrivateFiles::restrictFile(path);
    qCInfo(lcProfiles) << "saved profile" << profile.id.toString(QUuid::WithoutBraces);
    return {};
}

Result<Profile> ProfileStore::duplicate(const QUuid &id, const QString &newName) const
{
    Findings findings;
    std::optional<Profile> p = load(id, &findings);
    if (!p)
        return Failure{findings.lines().join(u'\n')};
    p->id = QUuid::createUuid();
    p->name = newName;
    p->needsFirstRunApproval = true;
    if (const Result<void> saved = save(*p); !saved)
        return saved.failure();
    return *p;
}

Result<void> ProfileStore::setSchedulePaused(const QUuid &id, bool paused) const
{
    Findings findings;
    auto profile = load(id, &findings);
    if (!profile)
        return Failure{findings.lines().join(u' ')};
    if (!profile->schedule)
        return Failure{tr("\"%1\" has no schedule to pause or resume.").arg(profile->name)};
    profile->schedule->paused = paused;
    return save(*profile);
}

Result<void> ProfileStore::remove(const QUuid &id) const
{
    QFile f(filePath(id));
    if (!f.exists())
        return {};
    if (!f.remove())
        return Failure{tr("%1 could not be deleted: %2").arg(f.fileName(), f.errorString())};
    qCInfo(lcProfiles) << "removed profile" << id.toString(QUuid::WithoutBraces);
    return {};
}

Result<void> ProfileStore::exportTo(const QUuid &id, const QString &path) const
{
    Findings findings;
    const std::optional<Profile> p = load(id, &findings);
    if (!p)
        return Failure{findings.lines().join(u'\n')};
    return writeFile(*p, path);
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
    if (const Result<void> saved = save(*p); !saved) {
        result.findings.error(QFileInfo(path).fileName(), 0, {}, saved.error(), u"profile.write"_s);
        return result;
    }
    result.secretsToEnter = p->requiredSecrets();
    result.profile = std::move(p);
    return result;
}

} // namespace rb
