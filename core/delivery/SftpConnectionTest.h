#pragma once

#include "SftpSettings.h"
#include "TransferResult.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <atomic>
#include <functional>

namespace rb {

class SftpSession;

// The layers an SFTP connection goes through, in the order they are tested.
enum class SftpLayer { Dns, Tcp, Handshake, HostKey, Authentication, UploadFolder };
enum class SftpLayerStatus { Passed, Failed, Skipped };

struct SftpLayerResult
{
    SftpLayer layer = SftpLayer::Dns;
    SftpLayerStatus status = SftpLayerStatus::Skipped;
    // One or two sentences for the admin; a failure starts with the layer's name.
    QString message;
    TransferError error = TransferError::None;
};

// "Test connection" for an SFTP target: name lookup, TCP, SSH handshake, host key (its
// fingerprint is reported for confirmation), login, and the upload folder. The folder must be
// writable: a small probe file is created and removed, except in Apple's `dropbox`, whose
// importer takes whatever lands there; there it is only checked to be a folder. Layers after a
// failure are skipped.
//
// run() blocks: call it from a worker thread.
class SftpConnectionTest
{
    Q_DECLARE_TR_FUNCTIONS(rb::SftpConnectionTest)
public:
    SftpConnectionTest(const SftpSettings &settings, SftpSecrets secrets);

    void setCancelFlag(const std::atomic_bool *cancel) { m_cancel = cancel; }
    // Called on the running thread after each layer.
    void setLayerCallback(std::function<void(const SftpLayerResult &)> callback)
    {
        m_callback = std::move(callback);
    }

    // True when no layer failed.
    bool run();

    const QList<SftpLayerResult> &results() const { return m_results; }
    const QList<SftpOperation> &operations() const { return m_operations; }
    QString hostKeyFingerprint() const { return m_fingerprint; }
    bool hostKeyTrustedOnFirstUse() const { return m_trustedOnFirstUse; }
    // The folder uploads would go to; "" is the login folder.
    QString uploadFolder() const { return m_uploadFolder; }

    static QString layerName(SftpLayer layer);

private:
    bool step(SftpSession &session, SftpLayer layer, bool ok, const QString &passed);
    bool checkUploadFolder(SftpSession &session);
    void report(SftpLayer layer, SftpLayerStatus status, const QString &message,
                TransferError error = TransferError::None);

    SftpSettings m_settings;
    SftpSecrets m_secrets;
    const std::atomic_bool *m_cancel = nullptr;
    std::function<void(const SftpLayerResult &)> m_callback;
    QList<SftpLayerResult> m_results;
    QList<SftpOperation> m_operations;
    QString m_fingerprint;
    bool m_trustedOnFirstUse = false;
    QString m_uploadFolder;
};

} // namespace rb
