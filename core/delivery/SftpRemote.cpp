#include "SftpRemote.h"

#include "SftpSession.h"

#include <QElapsedTimer>

#include <libssh2.h>
#include <libssh2_sftp.h>

using namespace Qt::StringLiterals;

namespace rb {

SftpRemote::Type SftpRemote::type(SftpSession &session, const QString &path)
{
    const QByteArray p = path.toUtf8();
    LIBSSH2_SFTP_ATTRIBUTES attrs{};
    const int rc = libssh2_sftp_stat_ex(session.rawSftp(), p.constData(),
                                        static_cast<unsigned>(p.size()), LIBSSH2_SFTP_STAT, &attrs);
    if (rc == 0) {
        if (!(attrs.flags & LIBSSH2_SFTP_ATTR_PERMISSIONS))
            return Type::Other;
        if (LIBSSH2_SFTP_S_ISDIR(attrs.permissions))
            return Type::Directory;
        if (LIBSSH2_SFTP_S_ISREG(attrs.permissions))
            return Type::File;
        return Type::Other;
    }
    if (rc != LIBSSH2_ERROR_SFTP_PROTOCOL) {
        session.failFromLibssh2(rc, TransferError::Sftp, tr("looking for %1").arg(path));
        return Type::Failed;
    }
    const unsigned long status = libssh2_sftp_last_error(session.rawSftp());
    if (status == LIBSSH2_FX_NO_SUCH_FILE || status == LIBSSH2_FX_NO_SUCH_PATH)
        return Type::Missing;
    // Some upload-only servers refuse stat but allow listing: try that.
    LIBSSH2_SFTP_HANDLE *dir =
        libssh2_sftp_open_ex(session.rawSftp(), p.constData(), static_cast<unsigned>(p.size()), 0,
                             0, LIBSSH2_SFTP_OPENDIR);
    if (dir) {
        libssh2_sftp_close_handle(dir);
        return Type::Directory;
    }
    return Type::Missing;
}

bool SftpRemote::chooseUploadFolder(SftpSession &session, QString *folder)
{
    QElapsedTimer timer;
    timer.start();
    const QString configured = session.settings().remoteFolder;
    const QString probe = configured.isEmpty() ? u"dropbox"_s : configured;
    const Type found = type(session, probe);
    if (found == Type::Failed) {
        session.record(u"stat"_s, probe, false, timer);
        return false;
    }
    session.record(u"stat"_s,
                   QString(probe % u": " %
                           (found == Type::Directory ? u"folder"_s
                            : found == Type::Missing ? u"missing"_s
                                                     : u"not a folder"_s)),
                   true, timer);
    if (found == Type::Directory) {
        *folder = probe;
        return true;
    }
    if (configured.isEmpty()) {
        folder->clear();
        return true;
    }
    return session.fail(TransferError::RemoteFolder,
                        tr("The folder %1 does not exist on %2 (or is not a folder).")
                            .arg(configured, session.settings().displayHost()));
}

bool SftpRemote::listFiles(SftpSession &session, const QString &folder, QStringList *names)
{
    QElapsedTimer timer;
    timer.start();
    const QByteArray p = (folder.isEmpty() ? u"."_s : folder).toUtf8();
    LIBSSH2_SFTP_HANDLE *dir =
        libssh2_sftp_open_ex(session.rawSftp(), p.constData(), static_cast<unsigned>(p.size()), 0,
                             0, LIBSSH2_SFTP_OPENDIR);
    if (!dir) {
        session.record(u"opendir"_s, folder, false, timer);
        return session.failFromLibssh2(libssh2_session_last_errno(session.rawSession()),
                                       TransferError::RemoteFolder,
                                       tr("listing the folder %1").arg(folder));
    }
    char buffer[1024];
    int rc = 0;
    for (;;) {
        LIBSSH2_SFTP_ATTRIBUTES attrs{};
        rc = libssh2_sftp_readdir_ex(dir, buffer, sizeof(buffer), nullptr, 0, &attrs);
        if (rc <= 0)
            break;
        const QString name = QString::fromUtf8(buffer, rc);
        if (name == u"." || name == u"..")
            continue;
        if ((attrs.flags & LIBSSH2_SFTP_ATTR_PERMISSIONS) &&
            !LIBSSH2_SFTP_S_ISREG(attrs.permissions))
            continue;
        names->append(name);
    }
    libssh2_sftp_close_handle(dir);
    session.record(u"opendir"_s, QString(folder % u": " % QString::number(names->size())), rc == 0,
                   timer);
    if (rc < 0)
        return session.failFromLibssh2(rc, TransferError::RemoteFolder,
                                       tr("listing the folder %1").arg(folder));
    names->sort();
    return true;
}

bool SftpRemote::removeFile(SftpSession &session, const QString &path)
{
    QElapsedTimer timer;
    timer.start();
    const QByteArray p = path.toUtf8();
    const int rc =
        libssh2_sftp_unlink_ex(session.rawSftp(), p.constData(), static_cast<unsigned>(p.size()));
    session.record(u"remove"_s, path, rc == 0, timer);
    if (rc != 0)
        return session.failFromLibssh2(rc, TransferError::RemoteFile, tr("removing %1").arg(path));
    return true;
}

} // namespace rb
