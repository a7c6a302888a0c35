#pragma once

#include <QString>

namespace rb {

// Where RosterBridge keeps its files. Profiles and the secrets index are settings (the config
// folder); the run history, held packages and run scratch space are data (the data folder).
// The command line can point both elsewhere (--profiles-dir, --data-dir); tests do.
class AppPaths
{
public:
    // QStandardPaths' AppConfigLocation and AppDataLocation.
    static QString configFolder();
    static QString dataFolder();

    static QString profilesFolder(const QString &configFolder = AppPaths::configFolder());
    // The folder of the keychain's name index (names only, never values).
    static QString secretsIndexFolder(const QString &configFolder = AppPaths::configFolder());
    static QString historyDatabase(const QString &dataFolder = AppPaths::dataFolder());
    // Packages held for review, one per profile, kept until approved or discarded.
    static QString heldFolder(const QString &dataFolder = AppPaths::dataFolder());
    // The app's preferences (language, debug logging).
    static QString settingsFile(const QString &configFolder = AppPaths::configFolder());
    // The rotating log files.
    // Uploads started and not finished (SftpUploadJournal), for the next run to clean up.
    static QString uploadJournal(const QString &dataFolder = AppPaths::dataFolder());
    static QString logFolder(const QString &dataFolder = AppPaths::dataFolder());
};

} // namespace rb
