#include "SingleInstance.h"

#include <QDir>
#include <QLocalSocket>
#include <QLoggingCategory>
#include <QStandardPaths>

namespace rb {

Q_LOGGING_CATEGORY(lcInstance, "rosterbridge.app.instance")

namespace {
const QByteArray kActivate = QByteArrayLiteral("activate\n");
// The running instance's answer: only a RosterBridge that handled the request sends it.
const QByteArray kActivated = QByteArrayLiteral("rosterbridge-activated\n");
constexpr int kAnswerMs = 2000;
} // namespace

SingleInstance::SingleInstance(const QString &name, QObject *parent)
    : QObject(parent)
    , m_name(name)
{
    m_server.setSocketOptions(QLocalServer::UserAccessOption);
    connect(&m_server, &QLocalServer::newConnection, this, [this] {
        while (QLocalSocket *socket = m_server.nextPendingConnection()) {
            connect(socket, &QLocalSocket::readyRead, this, [this, socket] {
                if (socket->readAll().contains(kActivate.trimmed())) {
                    socket->write(kActivated);
                    socket->flush();
                    Q_EMIT activationRequested();
                }
                socket->disconnectFromServer();
            });
            connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
        }
    });
}

QString SingleInstance::defaultName()
{
    const QString user = qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME"));
#if defined(Q_OS_UNIX)
    // XDG_RUNTIME_DIR (or Qt's fallback) is owned by the user with mode 0700: nobody else can
    // put a socket there or reach ours. /tmp, QLocalServer's default, is shared.
    const QString runtime = QStandardPaths::writableLocation(QStandardPaths::RuntimeLocation);
    if (!runtime.isEmpty() && QDir().mkpath(runtime))
        return QDir(runtime).filePath(QStringLiteral("rosterbridge-instance"));
#endif
    return QStringLiteral("RosterBridge-") + user;
}

SingleInstance::Found SingleInstance::activateRunning()
{
    // A short, bounded wait before any window exists: the other instance answers at once.
    QLocalSocket socket;
    socket.connectToServer(m_name);
    if (!socket.waitForConnected(500))
        return Found::None;
    socket.write(kActivate);
    socket.waitForBytesWritten(500);
    QByteArray answer;
    while (answer.size() < kActivated.size() && socket.waitForReadyRead(kAnswerMs))
        answer += socket.readAll();
    socket.disconnectFromServer();
    if (answer.startsWith(kActivated))
        return Found::Activated;
    qCWarning(lcInstance).noquote()
        << "the socket" << m_name << "answered but not as RosterBridge; starting anyway";
    return Found::Foreign;
}

bool SingleInstance::listen()
{
    if (m_server.listen(m_name))
        return true;
    // A socket left by a crashed instance, or one that is not ours (see activateRunning()).
    QLocalServer::removeServer(m_name);
    if (m_server.listen(m_name))
        return true;
    qCWarning(lcInstance).noquote()
        << "cannot listen on" << m_name << "for a second launch:" << m_server.errorString();
    return false;
}

} // namespace rb
