#include "ServiceClient.h"

#include "ServiceProtocol.h"
#include "pipeline/RunHost.h"

#include <QDeadlineTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>

namespace rb {

Q_LOGGING_CATEGORY(lcServiceClient, "rosterbridge.service.client", QtInfoMsg)

namespace {
QDateTime utcFrom(const QJsonValue &value)
{
    QDateTime at = QDateTime::fromString(value.toString(), Qt::ISODate);
    return at.isValid() ? at.toUTC() : QDateTime();
}
} // namespace

ServiceClient::ServiceClient(QString serverName, QObject *parent)
    : RunControl(parent)
    , m_name(std::move(serverName))
{
    m_retry.setInterval(5000);
    connect(&m_retry, &QTimer::timeout, this, [this] {
        if (m_socket.state() == QLocalSocket::UnconnectedState)
            m_socket.connectToServer(m_name);
    });
    connect(&m_socket, &QLocalSocket::readyRead, this, &ServiceClient::onReadyRead);
    connect(&m_socket, &QLocalSocket::disconnected, this, &ServiceClient::onDisconnected);
    connect(&m_socket, &QLocalSocket::errorOccurred, this, [this](QLocalSocket::LocalSocketError) {
        if (m_socket.state() == QLocalSocket::UnconnectedState)
            onDisconnected();
    });
}

ServiceClient::~ServiceClient()
{
    m_socket.disconnect(this);
    m_socket.abort();
}

Result<void> ServiceClient::openOrConnect(RunHost *host, int connectMs)
{
    Result<void> opened = host->open();
    if (opened || !host->lockedElsewhere())
        return opened;
    auto client =
        std::make_unique<ServiceClient>(ServiceProtocol::socketName(host->paths().dataFolder));
    // Another process that is not a service (the app, `run`) keeps the lock's message.
    if (!client->connectNow(connectMs))
        return opened;
    return host->openAsWindow(std::move(client));
}

bool ServiceClient::connectNow(int timeoutMs)
{
    const QDeadlineTimer deadline(timeoutMs);
    m_socket.connectToServer(m_name);
    if (!m_socket.waitForConnected(int(deadline.remainingTime())))
        return false;
    while (!m_greeted && m_socket.waitForReadyRead(int(deadline.remainingTime()))) {
    }
    return m_greeted;
}

void ServiceClient::send(const QJsonObject &request)
{
    m_socket.write(ServiceProtocol::encode(request));
}

void ServiceClient::trigger(const QString &profileId, RunTrigger trigger,
                            const RunCoordinator::Options &options)
{
    if (m_greeted) {
        send(ServiceProtocol::runRequest(profileId, trigger, options));
        return;
    }
    RunResult refused;
    refused.profileId = profileId;
    refused.trigger = trigger;
    refused.status = RunStatus::Failed;
    refused.message = tr("The RosterBridge service that runs this data folder's profiles cannot "
                         "be reached, so nothing was run. Start it again (Settings → "
                         "Preferences…), or quit RosterBridge and open it again to run profiles "
                         "here.");
    // Like a local trigger, the answer comes after the call returns.
    QMetaObject::invokeMethod(
        this, [this, refused] { Q_EMIT runFinished(refused); }, Qt::QueuedConnection);
}

void ServiceClient::cancel(const QString &profileId)
{
    if (m_greeted)
        send(ServiceProtocol::profileRequest(QStringLiteral("cancel"), profileId));
}

void ServiceClient::reloadAutomatic()
{
    if (m_greeted)
        send({{QStringLiteral("op"), QStringLiteral("reload")}});
}

bool ServiceClient::isRunning(const QString &profileId) const
{
    return m_running.contains(profileId);
}

bool ServiceClient::isQueued(const QString &profileId) const
{
    return m_queued.contains(profileId);
}

QDateTime ServiceClient::nextDue(const QString &profileId) const
{
    return m_nextDue.value(profileId);
}

void ServiceClient::onReadyRead()
{
    while (m_socket.canReadLine()) {
        const QByteArray line = m_socket.readLine(ServiceProtocol::kMaxLine);
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(line, &error);
        if (!doc.isObject()) {
            qCWarning(lcServiceClient).noquote()
                << "the service sent a line that is not a JSON object:" << error.errorString();
            continue;
        }
        handle(doc.object());
    }
    if (m_socket.bytesAvailable() > ServiceProtocol::kMaxLine)
        m_socket.abort();
}

void ServiceClient::handle(const QJsonObject &event)
{
    const QString name = event.value(QStringLiteral("event")).toString();
    const QString id = event.value(QStringLiteral("profile")).toString();
    if (name == QStringLiteral("hello")) {
        if (event.value(QStringLiteral("version")).toInt() != ServiceProtocol::kVersion) {
            qCWarning(lcServiceClient) << "the service speaks protocol version"
                                       << event.value(QStringLiteral("version")).toInt();
            m_socket.abort();
            return;
        }
        m_pid = event.value(QStringLiteral("pid")).toInteger();
        m_running.clear();
        m_queued.clear();
        m_nextDue.clear();
        const QJsonArray profiles = event.value(QStringLiteral("profiles")).toArray();
        for (const QJsonValue v : profiles) {
            const QJsonObject p = v.toObject();
            const QString profile = p.value(QStringLiteral("profile")).toString();
            if (p.value(QStringLiteral("running")).toBool())
                m_running.insert(profile);
            if (p.value(QStringLiteral("queued")).toBool())
                m_queued.insert(profile);
            if (const QDateTime at = utcFrom(p.value(QStringLiteral("nextDue"))); at.isValid())
                m_nextDue.insert(profile, at);
        }
        m_greeted = true;
        m_retry.stop();
        qCInfo(lcServiceClient) << "connected to the service, process" << m_pid;
        Q_EMIT connectionChanged(true);
    } else if (name == QStringLiteral("queued")) {
        m_queued.insert(id);
        Q_EMIT runQueued(id);
    } else if (name == QStringLiteral("started")) {
        m_queued.remove(id);
        m_running.insert(id);
        Q_EMIT runStarted(id);
    } else if (name == QStringLiteral("step")) {
        if (const auto step =
                ServiceProtocol::stepFromName(event.value(QStringLiteral("step")).toString()))
            Q_EMIT stepStarted(id, event.value(QStringLiteral("runId")).toInteger(), *step);
    } else if (name == QStringLiteral("progress")) {
        if (const auto step =
                ServiceProtocol::stepFromName(event.value(QStringLiteral("step")).toString()))
            Q_EMIT progress(id, *step, event.value(QStringLiteral("done")).toInteger(),
                            event.value(QStringLiteral("total")).toInteger(),
                            event.value(QStringLiteral("text")).toString());
    } else if (name == QStringLiteral("finished")) {
        const RunResult result =
            ServiceProtocol::resultFromJson(event.value(QStringLiteral("result")).toObject());
        m_running.remove(result.profileId);
        Q_EMIT runFinished(result);
    } else if (name == QStringLiteral("notification")) {
        Q_EMIT notificationRaised(ServiceProtocol::notificationFromJson(
            event.value(QStringLiteral("notification")).toObject()));
    } else if (name == QStringLiteral("nextDue")) {
        const QDateTime at = utcFrom(event.value(QStringLiteral("at")));
        if (at.isValid())
            m_nextDue.insert(id, at);
        else
            m_nextDue.remove(id);
        Q_EMIT nextDueChanged(id, at);
    } else if (name == QStringLiteral("error")) {
        qCWarning(lcServiceClient).noquote()
            << "the service says:" << event.value(QStringLiteral("message")).toString();
    }
}

void ServiceClient::onDisconnected()
{
    if (!m_retry.isActive())
        m_retry.start();
    if (!m_greeted)
        return;
    m_greeted = false;
    m_running.clear();
    m_queued.clear();
    qCWarning(lcServiceClient) << "the service closed the connection; trying again every"
                               << m_retry.interval() << "ms";
    Q_EMIT connectionChanged(false);
}

} // namespace rb
