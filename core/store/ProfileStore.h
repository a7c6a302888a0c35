#pragma once

#include "Profile.h"
#include "common/Findings.h"
#include "common/Result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUuid>

#include <optional>

namespace rb {

// The profiles on disk: one "<id>.json" per profile in one folder. Every write goes to a
// temporary file that replaces the old one only once complete, so a crash or a full disk
// never leaves a half-written profile. A file that cannot be read is reported by name and left
// as it is; the others still load.
class ProfileStore
{
    Q_DECLARE_TR_FUNCTIONS(rb::ProfileStore)
public:
    // AppConfigLocation + "/profiles".
    static QString defaultFolder();

    explicit ProfileStore(const QString &folder = defaultFolder());

    QString folder() const { return m_folder; }
    QString filePath(const QUuid &id) const;

    struct LoadResult
    {
        QList<Profile> profiles;     // sorted by name, then id
        QStringList unreadableFiles; // file names, not paths
        // Per file: errors make the file unreadable; warnings and migration notes do not.
        Findings findings{1000};

        // A profile by its id, or by its name when exactly one profile has it.
        std::optional<Profile> find(const QString &idOrName) const;
    };
    // Every profile in the folder. A missing folder is an empty store.
    LoadResult loadAll() const;
    // One profile; nullopt (with findings naming the file) when missing or not usable.
    std::optional<Profile> load(const QUuid &id, Findings *findings) const;

    // Creates the folder if needed. On failure the old file stays as it was.
    Result<void> save(const Profile &profile) const;
    // A copy under a new id and name that waits for first-run approval. Secrets are not
    // copied: they belong to the original's id.
    Result<Profile> duplicate(const QUuid &id, const QString &newName) const;
    // Pauses or resumes the profile's schedule (kept in the profile, so it lasts across
    // restarts). A failure when it has no schedule or cannot be saved.
    Result<void> setSchedulePaused(const QUuid &id, bool paused) const;
    // Deletes the profile's file. Its keychain entries go through SecretStore.
    Result<void> remove(const QUuid &id) const;

    // Writes the profile's JSON as it is: there is no secret in it to strip.
    Result<void> exportTo(const QUuid &id, const QString &path) const;

    struct ImportResult
    {
        std::optional<Profile> profile; // saved in the store when set
        bool idChanged = false;         // the id was taken (or missing), a new one was given
        QStringList secretsToEnter;     // Profile::requiredSecrets() of the imported profile
        Findings findings;
    };
    // Reads an exported profile and saves it. An imported profile always waits for first-run
    // approval, since it has never run on this machine.
    ImportResult importFrom(const QString &path) const;

    // Reads and parses a profile file; errors go to findings against the file's name.
    static std::optional<Profile> readFile(const QString &path, Findings *findings);
    static Result<void> writeFile(const Profile &profile, const QString &path);

private:
    static std::optional<QJsonObject> readJson(const QString &path, Findings *findings);
    static std::optional<Profile> parse(const QJsonObject &json, const QString &path,
                                        Findings *findings);

    QString m_folder;
};

} // namespace rb
