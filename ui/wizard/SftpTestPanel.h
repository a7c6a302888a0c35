#pragma once

#include "delivery/SftpConnectionTest.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;

namespace rb {

class BackgroundTask;
class FingerprintConfirm;
class LayerList;

// "Test connection" for an SFTP server. SftpConnectionTest blocks, so it runs on its own
// thread and reports each layer back queued. An unknown host key is accepted for the test
// only; its fingerprint is shown for the admin to confirm before it is pinned.
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
    // The fingerprint to pin: the tested server's key once the admin confirmed it.
    QString confirmedFingerprint() const;

Q_SIGNALS:
    void testRequested();
    void finished(bool ok);
    void confirmationChanged();

private:
    void testFinished(bool ok, const QString &fingerprint, bool matchesPin);

    QPushButton *m_button;
    QProgressBar *m_busy;
    LayerList *m_layers;
    QLabel *m_summary;
    FingerprintConfirm *m_fingerprint;
    QPointer<BackgroundTask> m_task;
    QString m_failure;
    bool m_running = false;
};

} // namespace rb
