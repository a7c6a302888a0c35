#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace rb {

class SftpSession;

// Questions about the remote side of an open session: what a path is, where uploads go, what a
// folder holds. Failures are recorded on the session. Blocking, like the session itself.
class SftpRemote
{
    Q_DECLARE_TR_FUNCTIONS(rb::SftpRemote)
public:
    enum class Type { Missing, Directory, File, Other, Failed };

    // Paths without a leading '/' are relative to the login folder.
    static Type type(SftpSession &session, const QString &path);
    // The folder uploads go to: the configured one, else `dropbox` when present, else "" (the
    // login folder). Records a RemoteFolder failure when a configured folder is missing.
    static bool chooseUploadFolder(SftpSession &session, QString *folder);
    // Names of the regular files in a folder, sorted.
    static bool listFiles(SftpSession &session, const QString &folder, QStringList *names);
    static bool removeFile(SftpSession &session, const QString &path);
};

} // namespace rb
