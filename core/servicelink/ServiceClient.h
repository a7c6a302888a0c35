#pragma once

#include "common/Result.h"
#include "pipeline/RunControl.h"

#include <QHash>
#include <QLocalSocket>
#include <QSet>
#include <QTimer>

namespace rb {

class RunHost;

// The app's side of docs/service-protocol.md: runs are asked of the service over its socket,
// and what the service says about them comes back as RunControl's signals. When the service
// goes away, requests end at once as failed runs that say so, and the client keeps trying to
// reconnect.
class ServiceClient : public RunControl
{
    Q_OBJECT
public:
    explicit ServiceClient(QString serverName, QObject *parent = nullptr);
    ~ServiceClient() override;

    // host->open(), or when `rosterbridge serve` holds the data folder, host->openAsWindow()
    // with a client connected to its socket (waiting at most connectMs for its greeting).
    static Result<void> openOrConnect(RunHost *host, int connectMs = 3000);

    // Connects and waits for the service's greeting, at most timeoutMs. Only at start-up,
    // before any window exists; afterwards reconnecting does not wait.
    bool connectNow(int timeoutMs = 3000);
    // The service's process id, from its greeting.
    qint64 servicePid() const { return m_pid; }
    // How often a lost connection is tried again.
    void setRetryMs(int ms) { m_retry.setInterval(ms); }

    void trigger(const QString &profileId, RunTrigger trigger,
                 const RunCoordinator::Options &options) override;
    void cancel(const QString &profileId) override;
    void reloadAutomatic() override;
    bool isRunning(const QString &profileId) const override;
    bool isQueued(const QString &profileId) const override;
    QDateTime nextDue(const QString &profileId) const override;
    bool isRemote() const override { return true; }
    bool isConnected() const override { return m_greeted; }

private:
    void onReadyRead();
    void onDisconnected();
    void handle(const QJsonObject &event);
    void send(const QJsonObject &request);

    QString m_name;
    QLocalSocket m_socket;
    QTimer m_retry;
    bool m_greeted = false;
    qint64 m_pid = 0;
    QSet<QString> m_running;
    QSet<QString> m_queued;
    QHash<QString, QDateTime> m_nextDue;
};

} // namespace rb
