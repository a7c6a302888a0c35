#pragma once

#include <QFile>
#include <QString>
#include <QStringList>

namespace rb {

// RosterBridge's own files are for their owner only: profiles, the preferences, the secrets
// index, the run history (with SQLite's -wal and -shm), held packages, the run lock and the
// logs. On Unix their folders get 0700 and their files 0600, set explicitly rather than left to
// the umask or to what an older version left behind. What the admin asks to be written
// elsewhere (a convert output, a delivery folder, an exported profile) never goes through here
// and keeps the usual permissions.
//
// On Windows these calls change nothing: the per-user folders' ACLs apply (docs/security.md).
class PrivateFiles
{
public:
    static constexpr QFileDevice::Permissions kFolderPermissions =
        QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner;
    static constexpr QFileDevice::Permissions kFilePermissions =
        QFileDevice::ReadOwner | QFileDevice::WriteOwner;

    // Creates the folder and any missing parent, all owner-only; an existing folder is made
    // owner-only too. Parents that already existed are left as they are. False only when the
    // folder cannot be created: a mode that cannot be set (a read-only disk, a share without
    // Unix modes) is logged, as in the functions below.
    static bool makeFolder(const QString &path);
    // Makes the folder (created if missing, as makeFolder) and the files directly in it that
    // match nameFilters (all when empty) owner-only: for a folder whose files are written by
    // code that does not call restrictFile, or were left by an older version.
    static bool restrictFolder(const QString &path, const QStringList &nameFilters = {});
    // Makes an existing file owner-only; true when the file is not there.
    static bool restrictFile(const QString &path);
    // Creates an empty owner-only file unless it exists, which is then made owner-only: for
    // files another library creates with its own default mode (SQLite).
    static bool createFile(const QString &path);
    // Opens the file, a new one created owner-only and an existing one made owner-only: for
    // files the app writes itself (the log).
    static bool open(QFile *file, QIODevice::OpenMode mode);
};

} // namespace rb
