#pragma once

#include "delivery/SftpConnectionTest.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;

namespace rb {

class BackgroundJob;
class FingerprintConfirm;
class LayerList;

// "Test connection" for an SFTP server. SftpConnectionTest blocks, so it runs on its own
// thread and reports each layer back queued. Only a pinned host key is accepted: the test
// stops after the handshake at a new or changed key, before the password is sent, and shows
// it (FingerprintConfirm). Once the admin confirms it, pinChosen() names it and the test runs
// again (testRequested()), now signing in.
class SftpTestPanel : public QWidget
{
    Q_OBJECT
public:
    explicit SftpTestPanel(QWidget *parent = nullptr);
    ~SftpTestPanel() override;

    void start(const SftpSettings &settings, const SftpSecrets &secrets);
    void cancel();
    bool isRunning() const { return m_running; }
    QString summary() const;
    void clear();

Q_SIGNALS:
    void testRequested();
    void finished(bool ok);
    // The key to pin, chosen by the admin (see FingerprintConfirm::pinChosen()).
    void pinChosen(const QString &fingerprint);

private:
    void testFinished(bool ok, const QString &host, const QString &fingerprint,
                      const QString &pinned, TransferError hostKeyError);

    QPushButton *m_button;
    QProgressBar *m_busy;
    LayerList *m_layers;
    QLabel *m_summary;
    FingerprintConfirm *m_fingerprint;
    QPointer<BackgroundJob> m_task;
    QString m_failure;
    bool m_running = false;
};

} // namespace rb
