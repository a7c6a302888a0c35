#include "SftpUploader.h"

#include "SftpRemote.h"
#include "SftpSession.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>

#include <libssh2.h>
#include <libssh2_sftp.h>

using namespace Qt::StringLiterals;

namespace rb {

SftpUploader::SftpUploader(const SftpSettings &settings, SftpSecrets secrets)
    : m_settings(settings)
    , m_secrets(std::move(secrets))
{
}

TransferResult SftpUploader::upload(const QString &localFile, const QString &remoteName)
{
    TransferResult result;
    QFile file(localFile);
    if (!file.open(QIODevice::ReadOnly)) {
        result.error = TransferError::LocalFile;
        result.message = tr("The file %1 cannot be read: %2.").arg(localFile, file.errorString());
        return result;
    }
    const qint64 total = file.size();
    const QString name = remoteName.isEmpty() ? QFileInfo(localFile).fileName() : remoteName;

    SftpSession session(m_settings, m_secrets);
    session.setCancelFlag(m_cancel);
    QString folder;
    if (!session.open() || !SftpRemote::chooseUploadFolder(session, &folder)) {
        session.close();
        session.fillResult(&result);
        return result;
    }
    const QString path = SftpSession::joinPath(folder, name);
    result.target = path;
    const QByteArray remotePath = path.toUtf8();

    QElapsedTimer timer;
    timer.start();
    LIBSSH2_SFTP_HANDLE *handle = libssh2_sftp_open_ex(
        session.rawSftp(), remotePath.constData(), static_cast<unsigned>(remotePath.size()),
        LIBSSH2_FXF_WRITE | LIBSSH2_FXF_CREAT | LIBSSH2_FXF_TRUNC,
        LIBSSH2_SFTP_S_IRUSR | LIBSSH2_SFTP_S_IWUSR | LIBSSH2_SFTP_S_IRGRP | LIBSSH2_SFTP_S_IROTH,
        LIBSSH2_SFTP_OPENFILE);
    session.record(u"open"_s, path, handle != nullptr, timer);
    if (!handle) {
        session.failFromLibssh2(libssh2_session_last_errno(session.rawSession()),
                                TransferError::RemoteFile, tr("creating %1").arg(path));
        session.close();
        session.fillResult(&result);
        return result;
    }

    timer.restart();
    QByteArray buffer(kBufferSize, Qt::Uninitialized);
    qint64 sent = 0;
    bool ok = true;
    if (m_progress)
        m_progress(0, total);
    while (ok) {
        if (session.checkCancelled()) {
            ok = false;
            break;
        }
        const qint64 got = file.read(buffer.data(), buffer.size());
        if (got < 0) {
            ok = session.fail(TransferError::LocalFile,
                              tr("Reading %1 failed: %2.").arg(localFile, file.errorString()));
            break;
        }
        if (got == 0)
            break;
        // libssh2 may take less than it was given: send the rest of the chunk.
        qint64 offset = 0;
        while (offset < got) {
            const ssize_t rc =
                libssh2_sftp_write(handle, buffer.constData() + offset, size_t(got - offset));
            if (rc < 0) {
                ok = session.failFromLibssh2(
                    int(rc), TransferError::RemoteFile,
                    tr("writing %1 (after %2 of %3 bytes)").arg(path).arg(sent).arg(total));
                break;
            }
            offset += rc;
            sent += rc;
        }
        if (ok && m_progress)
            m_progress(sent, total);
    }
    session.record(u"write"_s, path, ok, timer, sent);

    timer.restart();
    if (session.error() == TransferError::Timeout ||
        session.error() == TransferError::ConnectionLost) {
        // The handle dies with the connection: free it without waiting, nothing to report.
        session.closeHandle(handle);
        session.close();
    } else {
        const int rc = session.closeHandle(handle);
        session.record(u"close"_s, path, rc == 0, timer);
        if (rc != 0 && ok)
            ok = session.failFromLibssh2(rc, TransferError::RemoteFile,
                                         tr("finishing %1").arg(path));
        if (!ok && session.error() == TransferError::Cancelled) {
            // A partial file must not be imported; best effort, the importer may be quicker.
            QElapsedTimer removeTimer;
            removeTimer.start();
            const int removed = libssh2_sftp_unlink_ex(session.rawSftp(), remotePath.constData(),
                                                       static_cast<unsigned>(remotePath.size()));
            session.record(u"remove"_s, tr("partial %1").arg(path), removed == 0, removeTimer);
        }
        session.close();
    }
    session.fillResult(&result);
    result.bytes = sent;
    result.ok = ok && !session.failed();
    if (result.ok)
        qCInfo(lcSftp).noquote() << "uploaded" << sent << "bytes to" << path << "on"
                                 << m_settings.displayHost();
    return result;
}

} // namespace rb
