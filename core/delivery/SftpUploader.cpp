#include "SftpUploader.h"

#include "SftpRemote.h"
#include "SftpSession.h"
#include "SftpUploadJournal.h"

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

bool SftpUploader::removeLeftovers(SftpSession &session)
{
    SftpUploadJournal journal(m_journalFile);
    const QStringList paths = journal.pending(m_settings);
    for (const QString &path : paths) {
        QElapsedTimer timer;
        timer.start();
        const QByteArray p = path.toUtf8();
        const int rc = libssh2_sftp_unlink_ex(session.rawSftp(), p.constData(),
                                              static_cast<unsigned>(p.size()));
        const unsigned long status =
            rc == LIBSSH2_ERROR_SFTP_PROTOCOL ? libssh2_sftp_last_error(session.rawSftp()) : 0;
        const bool gone = rc == 0 || status == LIBSSH2_FX_NO_SUCH_FILE;
        session.record(u"remove"_s,
                       rc == 0 ? tr("partial %1 of an earlier upload").arg(path)
                               : tr("partial %1 of an earlier upload: already gone").arg(path),
                       gone, timer);
        if (gone) {
            journal.remove(m_settings, path);
            continue;
        }
        if (rc != LIBSSH2_ERROR_SFTP_PROTOCOL)
            return session.failFromLibssh2(rc, TransferError::RemoteFile,
                                           tr("removing the partial %1").arg(path));
        // Refused (permissions): the new upload still goes; the next connection tries again.
        qCWarning(lcSftp).noquote() << "cannot remove the partial" << path << "status" << status;
    }
    return true;
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
    if (!session.open() || !removeLeftovers(session) ||
        !SftpRemote::chooseUploadFolder(session, &folder)) {
        session.close();
        session.fillResult(&result);
        return result;
    }
    const QString path = SftpSession::joinPath(folder, name);
    result.target = path;
    const QByteArray remotePath = path.toUtf8();

    // Remembered before the file exists, so that no cut can leave it unaccounted for.
    SftpUploadJournal journal(m_journalFile);
    journal.add(m_settings, path);
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
        // Refused by a working server: nothing was created.
        if (session.error() != TransferError::Timeout &&
            session.error() != TransferError::ConnectionLost)
            journal.remove(m_settings, path);
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
        if (ok) {
            journal.remove(m_settings, path);
        } else if (session.error() != TransferError::Timeout &&
                   session.error() != TransferError::ConnectionLost) {
            // A partial file must not be imported; best effort, the importer may be quicker.
            // When it cannot be removed now, the next connection tries again.
            QElapsedTimer removeTimer;
            removeTimer.start();
            const int removed = libssh2_sftp_unlink_ex(session.rawSftp(), remotePath.constData(),
                                                       static_cast<unsigned>(remotePath.size()));
            session.record(u"remove"_s, tr("partial %1").arg(path), removed == 0, removeTimer);
            if (removed == 0)
                journal.remove(m_settings, path);
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
