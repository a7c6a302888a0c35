#include "ServiceEndpoint.h"

#include "ServiceProtocol.h"
#include "pipeline/RunControl.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocalSocket>
#include <QLoggingCategory>

namespace rb {

Q_LOGGING_CATEGORY(lcEndpoint, "rosterbridge.service.endpoint", QtInfoMsg)

namespace {
QJsonObject profileEvent(const QString &name, const QString &profileId)
{
    return {{QStringLiteral("event"), name}, {QStringLiteral("profile"), profileId}};
}

QString isoOrEmpty(const QDateTime &utc)
{
    return utc.isValid() ? utc.toUTC().toString(Qt::ISODate) : QString();
}
} // namespace

ServiceEndpoint::ServiceEndpoint(RunControl *control, ProfileStore profiles, QObject *parent)
    : QObject(parent)
    , m_control(control)
    , m_profiles(std::move(profiles))
{
    m_server.setSocketOptions(QLocalServer::UserAccessOption);
    connect(&m_server, &QLocalServer::newConnection, this, &ServiceEndpoint::onConnection);
    connect(control, &RunControl::runQueued, this,
            [this](const QString &id) { broadcast(profileEvent(QStringLiteral("queued"), id)); });
    connect(control, &RunControl::runStarted, this,
            [this](const QString &id) { broadcast(profileEvent(QStringLiteral("started"), id)); });
    connect(control, &RunControl::stepStarted, this,
            [this](const QString &id, qint64 runId, RunStep step) {
                QJsonObject e = profileEvent(QStringLiteral("step"), id);
                e.insert(QStringLiteral("runId"), runId);
                e.insert(QStringLiteral("step"), runStepName(step));
                broadcast(e);
            });
    connect(
        control, &RunControl::progress, this,
        [this](const QString &id, RunStep step, qint64 done, qint64 total, const QString &text) {
            QJsonObject e = profileEvent(QStringLiteral("progress"), id);
            e.insert(QStringLiteral("step"), runStepName(step));
            e.insert(QStringLiteral("done"), done);
            e.insert(QStringLiteral("total"), total);
            e.insert(QStringLiteral("text"), text);
            broadcast(e);
        });
    connect(control, &RunControl::runFinished, this, [this](const RunResult &result) {
        broadcast({{QStringLiteral("event"), QStringLiteral("finished")},
                   {QStringLiteral("result"), ServiceProtocol::resultToJson(result)}});
    });
    connect(control, &RunControl::notificationRaised, this, [this](const Notification &n) {
        broadcast({{QStringLiteral("event"), QStringLiteral("notification")},
                   {QStringLiteral("notification"), n.toJson()}});
    });
    connect(control, &RunControl::nextDueChanged, this,
            [this](const QString &id, const QDateTime &utc) {
                QJsonObject e = profileEvent(QStringLiteral("nextDue"), id);
                e.insert(QStringLiteral("at"), isoOrEmpty(utc));
                broadcast(e);
            });
}

ServiceEndpoint::~ServiceEndpoint()
{
    m_server.close();
}

Result<void> ServiceEndpoint::listen(const QString &name)
{
    // Only the holder of the data folder's run lock serves it, so a socket left here is a
    // crashed service's.
    QLocalServer::removeServer(name);
    if (!m_server.listen(name)) {
        return Failure{tr("The service cannot listen on %1 for the desktop app: %2")
                           .arg(name, m_server.errorString())};
    }
    qCInfo(lcEndpoint).noquote() << "listening on" << m_server.fullServerName();
    return {};
}

void ServiceEndpoint::onConnection()
{
    while (QLocalSocket *socket = m_server.nextPendingConnection()) {
        m_clients.append(socket);
        connect(socket, &QLocalSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
        connect(socket, &QLocalSocket::disconnected, this, [this, socket] {
            m_clients.removeAll(socket);
            socket->deleteLater();
        });
        socket->write(ServiceProtocol::encode(greeting()));
        qCInfo(lcEndpoint) << "an app connected;" << m_clients.size() << "connected";
    }
}

void ServiceEndpoint::onReadyRead(QLocalSocket *socket)
{
    while (socket->canReadLine()) {
        const QByteArray line = socket->readLine(ServiceProtocol::kMaxLine);
        const QJsonObject request = QJsonDocument::fromJson(line).object();
        handle(socket, request);
    }
    if (socket->bytesAvailable() > ServiceProtocol::kMaxLine) {
        qCWarning(lcEndpoint) << "a request longer than" << ServiceProtocol::kMaxLine
                              << "bytes; closing that connection";
        socket->abort();
    }
}

void ServiceEndpoint::handle(QLocalSocket *socket, const QJsonObject &request)
{
    const QString op = request.value(QStringLiteral("op")).toString();
    const QString profileId = request.value(QStringLiteral("profile")).toString();
    if (op == QStringLiteral("run")) {
        if (const std::optional<ServiceProtocol::Run> run =
                ServiceProtocol::readRunRequest(request)) {
            m_control->trigger(run->profileId, run->trigger, run->options);
            return;
        }
    } else if (op == QStringLiteral("cancel") && !profileId.isEmpty()) {
        m_control->cancel(profileId);
        return;
    } else if (op == QStringLiteral("reload")) {
        m_control->reloadAutomatic();
        return;
    }
    qCWarning(lcEndpoint).noquote() << "a request the service does not know:" << op;
    socket->write(ServiceProtocol::encode(
        {{QStringLiteral("event"), QStringLiteral("error")},
         {QStringLiteral("message"),
          tr("The service does not understand the request \"%1\"; the app and the "
             "service may be different versions.")
              .arg(op)}}));
}

void ServiceEndpoint::broadcast(const QJsonObject &event)
{
    const QByteArray line = ServiceProtocol::encode(event);
    // A copy: closing a connection removes it from m_clients.
    const QList<QLocalSocket *> clients = m_clients;
    for (QLocalSocket *socket : clients) {
        // An app that stopped reading must not make the service hold its events without end;
        // it reconnects and is greeted afresh.
        if (socket->bytesToWrite() > ServiceProtocol::kMaxLine) {
            qCWarning(lcEndpoint) << "an app stopped reading; closing that connection";
            socket->abort();
            continue;
        }
        socket->write(line);
    }
}

QJsonObject ServiceEndpoint::greeting() const
{
    QJsonArray profiles;
    for (const Profile &p : m_profiles.loadAll().profiles) {
        const QString id = p.id.toString(QUuid::WithoutBraces);
        profiles.append(
            QJsonObject{{QStringLiteral("profile"), id},
                        {QStringLiteral("running"), m_control->isRunning(id)},
                        {QStringLiteral("queued"), m_control->isQueued(id)},
                        {QStringLiteral("nextDue"), isoOrEmpty(m_control->nextDue(id))}});
    }
    return {{QStringLiteral("event"), QStringLiteral("hello")},
            {QStringLiteral("version"), ServiceProtocol::kVersion},
            {QStringLiteral("pid"), QCoreApplication::applicationPid()},
            {QStringLiteral("profiles"), profiles}};
}

} // namespace rb
