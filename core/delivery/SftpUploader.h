#pragma once

#include "SftpSettings.h"
#include "TransferResult.h"

#include <QCoreApplication>
#include <QString>

#include <atomic>

namespace rb {

class SftpSession;

// Sends one local file to an SFTP server, the way Apple School Manager's dropbox needs it:
// into `dropbox` when the login folder has one (else the login folder, or the configured
// folder), straight to the final name (the importer takes files away, so there is no temporary
// name and rename), with no setstat and no stat afterwards. A failed upload is never resumed:
// the next attempt sends the whole file again. A partial file is removed at once when the
// connection still works, else at the next connection to the account, before the new upload
// (SftpUploadJournal).
//
// upload() blocks for the whole transfer: call it from a worker thread.
class SftpUploader
{
    Q_DECLARE_TR_FUNCTIONS(rb::SftpUploader)
public:
    // libssh2 pipelines only what one write call hands it; 256 KiB keeps the link full.
    static constexpr qint64 kBufferSize = 256 * 1024;

    SftpUploader(const SftpSettings &settings, SftpSecrets secrets);

    // Checked between writes; may be set from any thread.
    void setCancelFlag(const std::atomic_bool *cancel) { m_cancel = cancel; }
    void setProgress(TransferProgress progress) { m_progress = std::move(progress); }
    // Where unfinished uploads are remembered across processes; default: this process only.
    void setJournalFile(const QString &file) { m_journalFile = file; }

    // remoteName defaults to the local file's name.
    TransferResult upload(const QString &localFile, const QString &remoteName = {});

private:
    // Removes what earlier uploads to this account left half-written. False only when the
    // connection failed.
    bool removeLeftovers(SftpSession &session);

    SftpSettings m_settings;
    SftpSecrets m_secrets;
    const std::atomic_bool *m_cancel = nullptr;
    TransferProgress m_progress;
    QString m_journalFile;
};

} // namespace rb
