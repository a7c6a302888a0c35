#pragma once

#include "SftpSettings.h"
#include "TransferResult.h"

#include <QCoreApplication>
#include <QString>

#include <atomic>

namespace rb {

class SftpSession;

// Fetches a SIS export from an SFTP server for the CSV source: one file (a OneRoster zip) or
// every *.csv of a remote folder. Each local file is written under a temporary name and renamed
// into place, so a failed download never leaves a half file that looks complete. A file name
// that could reach outside the local folder is refused (ServerFileName) before anything is
// written.
//
// Blocks for the whole transfer: call it from a worker thread.
class SftpDownloader
{
    Q_DECLARE_TR_FUNCTIONS(rb::SftpDownloader)
public:
    SftpDownloader(const SftpSettings &settings, SftpSecrets secrets);

    void setCancelFlag(const std::atomic_bool *cancel) { m_cancel = cancel; }
    void setProgress(TransferProgress progress) { m_progress = std::move(progress); }

    // remotePath is relative to the login folder unless it starts with '/'. The file keeps its
    // name in localFolder, which must exist.
    TransferResult downloadFile(const QString &remotePath, const QString &localFolder);
    // Every regular file whose name ends in .csv (any case). Fails when there is none.
    TransferResult downloadCsvFolder(const QString &remoteFolder, const QString &localFolder);

private:
    // The local path for a remote name, or "" after recording why it is refused.
    QString checkedLocalPath(SftpSession &session, const QString &remoteFolder, const QString &name,
                             const QString &localFolder);
    bool fetch(SftpSession &session, const QString &remotePath, const QString &localPath,
               TransferResult *result);

    SftpSettings m_settings;
    SftpSecrets m_secrets;
    const std::atomic_bool *m_cancel = nullptr;
    TransferProgress m_progress;
};

} // namespace rb
