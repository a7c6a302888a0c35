#include "SftpDownloader.h"

#include "ServerFileName.h"
#include "SftpRemote.h"
#include "SftpSession.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QSaveFile>

#include <libssh2.h>
#include <libssh2_sftp.h>

using namespace Qt::StringLiterals;

namespace rb {

namespace {
constexpr qint64 kBufferSize = 256 * 1024;

QString baseName(const QString &remotePath)
{
    const qsizetype slash = remotePath.lastIndexOf(u'/');
    return slash < 0 ? remotePath : remotePath.mid(slash + 1);
}
} // namespace

SftpDownloader::SftpDownloader(const SftpSettings &settings, SftpSecrets secrets)
    : m_settings(settings)
    , m_secrets(std::move(secrets))
{
}

bool SftpDownloader::fetch(SftpSession &session, const QString &remotePath,
                           const QString &localPath, TransferResult *result)
{
    const QByteArray p = remotePath.toUtf8();
    QElapsedTimer timer;
    timer.start();
    LIBSSH2_SFTP_HANDLE *handle =
        libssh2_sftp_open_ex(session.rawSftp(), p.constData(), static_cast<unsigned>(p.size()),
                             LIBSSH2_FXF_READ, 0, LIBSSH2_SFTP_OPENFILE);
    session.record(u"open"_s, remotePath, handle != nullptr, timer);
    if (!handle)
        return session.failFromLibssh2(libssh2_session_last_errno(session.rawSession()),
                                       TransferError::RemoteFile, tr("opening %1").arg(remotePath));
    LIBSSH2_SFTP_ATTRIBUTES attrs{};
    const qint64 total =
        libssh2_sftp_fstat_ex(handle, &attrs, 0) == 0 && (attrs.flags & LIBSSH2_SFTP_ATTR_SIZE)
            ? qint64(attrs.filesize)
            : -1;

    QSaveFile out(localPath);
    if (!out.open(QIODevice::WriteOnly)) {
        session.closeHandle(handle);
        return session.fail(TransferError::LocalFile,
                            tr("Cannot write %1: %2.").arg(localPath, out.errorString()));
    }
    timer.restart();
    QByteArray buffer(kBufferSize, Qt::Uninitialized);
    qint64 got = 0;
    bool ok = true;
    for (;;) {
        if (session.checkCancelled()) {
            ok = false;
            break;
        }
        const ssize_t rc = libssh2_sftp_read(handle, buffer.data(), size_t(buffer.size()));
        if (rc == 0)
            break;
        if (rc < 0) {
            ok =
                session.failFromLibssh2(int(rc), TransferError::RemoteFile,
                                        tr("reading %1 (after %2 bytes)").arg(remotePath).arg(got));
            break;
        }
        if (out.write(buffer.constData(), rc) != rc) {
            ok = session.fail(TransferError::LocalFile,
                              tr("Writing %1 failed: %2.").arg(localPath, out.errorString()));
            break;
        }
        got += rc;
        if (m_progress)
            m_progress(result->bytes + got, total);
    }
    session.record(u"read"_s, remotePath, ok, timer, got);
    // On a lost or stalled connection this only frees the handle.
    session.closeHandle(handle);
    if (!ok) {
        out.cancelWriting();
        return false;
    }
    timer.restart();
    const bool committed = out.commit();
    session.record(u"rename"_s, localPath, committed, timer);
    if (!committed)
        return session.fail(
            TransferError::LocalFile,
            tr("Could not move %1 into place: %2.").arg(localPath, out.errorString()));
    result->bytes += got;
    result->localFiles.append(localPath);
    return true;
}

QString SftpDownloader::checkedLocalPath(SftpSession &session, const QString &remoteFolder,
                                         const QString &name, const QString &localFolder)
{
    const QString shown = ServerFileName::printable(name);
    const QString where = remoteFolder.isEmpty() ? QStringLiteral(".") : remoteFolder;
    QString why = ServerFileName::problem(name);
    if (!why.isEmpty()) {
        session.fail(TransferError::RemoteFile,
                     tr("The server %1 has a file named \"%2\" in %3, which cannot be saved: %4. "
                        "Nothing outside the download folder is written; ask the server's "
                        "operator to rename it.")
                         .arg(m_settings.displayHost(), shown, where, why));
        return {};
    }
    const Result<QString> path = ServerFileName::localPath(localFolder, name);
    if (!path) {
        session.fail(TransferError::LocalFile,
                     tr("The file \"%1\" from %2 cannot be saved: %3.")
                         .arg(shown, m_settings.displayHost(), path.error()));
        return {};
    }
    return *path;
}

TransferResult SftpDownloader::downloadFile(const QString &remotePath, const QString &localFolder)
{
    TransferResult result;
    const qsizetype slash = remotePath.lastIndexOf(u'/');
    const QString remoteFolder = slash < 0 ? QString() : remotePath.left(slash);
    SftpSession session(m_settings, m_secrets);
    session.setCancelFlag(m_cancel);
    // The name is checked before connecting: it comes from the settings, not the server.
    result.target = checkedLocalPath(session, remoteFolder, baseName(remotePath), localFolder);
    result.ok = !result.target.isEmpty() && session.open() &&
                fetch(session, remotePath, result.target, &result);
    session.close();
    session.fillResult(&result);
    return result;
}

TransferResult SftpDownloader::downloadCsvFolder(const QString &remoteFolder,
                                                 const QString &localFolder)
{
    TransferResult result;
    result.target = localFolder;
    SftpSession session(m_settings, m_secrets);
    session.setCancelFlag(m_cancel);
    QStringList names;
    bool ok = session.open() && SftpRemote::listFiles(session, remoteFolder, &names);
    if (ok) {
        names.removeIf([](const QString &n) { return !n.endsWith(u".csv", Qt::CaseInsensitive); });
        if (names.isEmpty())
            ok = session.fail(
                TransferError::RemoteFolder,
                tr("The folder %1 on %2 holds no .csv files.")
                    .arg(remoteFolder.isEmpty() ? u"."_s : remoteFolder, m_settings.displayHost()));
    }
    // Every name is checked before anything is written.
    QStringList paths;
    for (const QString &name : std::as_const(names)) {
        if (!ok)
            break;
        paths.append(checkedLocalPath(session, remoteFolder, name, localFolder));
        ok = !paths.constLast().isEmpty();
    }
    for (qsizetype i = 0; ok && i < names.size(); ++i)
        ok = fetch(session, SftpSession::joinPath(remoteFolder, names.at(i)), paths.at(i), &result);
    session.close();
    session.fillResult(&result);
    result.ok = ok && !session.failed();
    return result;
}

} // namespace rb
