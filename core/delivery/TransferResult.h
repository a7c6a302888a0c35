#pragma once

#include "SftpOperation.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace rb {

// What went wrong, so the UI can offer the right action (re-enter credentials, confirm a host
// key, check the firewall...).
enum class TransferError {
    None,
    Settings,
    Dns,
    Tcp,
    Handshake,
    HostKeyUnknown,
    HostKeyChanged,
    Authentication,
    Sftp,
    RemoteFolder,
    RemoteFile,
    LocalFile,
    Timeout,
    ConnectionLost,
    Cancelled,
};

QString transferErrorName(TransferError error);

// Called from the worker thread with bytes done and the total (-1 when unknown).
using TransferProgress = std::function<void(qint64 done, qint64 total)>;

// The outcome of an upload, a folder delivery or a download.
struct TransferResult
{
    bool ok = false;
    TransferError error = TransferError::None;
    // One or two sentences for the admin; empty when ok.
    QString message;
    // Where the file went: the remote path, or the local path of a folder delivery.
    QString target;
    qint64 bytes = 0;
    // Files written locally by a download.
    QStringList localFiles;
    // The server's host key, "SHA256:..."; set once the handshake got that far.
    QString hostKeyFingerprint;
    // The key was accepted only because trust on first use was allowed: pin it now.
    bool hostKeyTrustedOnFirstUse = false;
    QList<SftpOperation> operations;

    QJsonObject toJson() const;
};

} // namespace rb
