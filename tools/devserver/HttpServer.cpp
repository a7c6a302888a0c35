#include "HttpServer.h"

#include "DevServerLog.h"

#include <QSslServer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

namespace rb::dev {

HttpServer::HttpServer(RequestHandler handler, QObject *parent)
    : QObject(parent)
    , m_handler(std::move(handler))
    , m_server(new QTcpServer(this))
{
    connect(m_server, &QTcpServer::newConnection, this, &HttpServer::acceptConnections);
}

void HttpServer::useTls(const QSslConfiguration &configuration)
{
    auto *server = new QSslServer(this);
    server->setSslConfiguration(configuration);
    // A TLS connection is pending only once its handshake is done.
    connect(server, &QTcpServer::pendingConnectionAvailable, this, &HttpServer::acceptConnections);
    connect(server, &QSslServer::errorOccurred, this,
            [](QSslSocket *, QAbstractSocket::SocketError error) {
                qCWarning(lcDevServer) << "TLS connection failed:" << error;
            });
    delete m_server;
    m_server = server;
}

bool HttpServer::listen(const QHostAddress &address, quint16 port)
{
    return m_server->listen(address, port);
}

quint16 HttpServer::port() const
{
    return m_server->serverPort();
}

QString HttpServer::errorString() const
{
    return m_server->errorString();
}

void HttpServer::acceptConnections()
{
    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
        // Nagle off: a response's head and body must not wait for the client's delayed ACK
        // (unless the splitWrites fault asks for exactly that, see send()).
        socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
        new HttpConnection(socket, m_handler, this);
    }
}

HttpConnection::HttpConnection(QTcpSocket *socket, const RequestHandler &handler, QObject *parent)
    : QObject(parent)
    , m_socket(socket)
    , m_handler(handler)
{
    socket->setParent(this);
    connect(socket, &QTcpSocket::readyRead, this, &HttpConnection::readData);
    connect(socket, &QTcpSocket::disconnected, this, &QObject::deleteLater);
    if (socket->bytesAvailable() > 0)
        readData();
}

void HttpConnection::readData()
{
    if (m_closing) {
        m_socket->readAll();
        return;
    }
    m_parser.feed(m_socket->readAll());
    processNext();
}

void HttpConnection::processNext()
{
    if (m_busy || m_closing)
        return;
    HttpRequest request;
    switch (m_parser.next(&request)) {
    case HttpRequestParser::Result::NeedMore:
        return;
    case HttpRequestParser::Result::Error: {
        qCWarning(lcDevServer) << "bad request:" << m_parser.error();
        HttpResponse bad;
        bad.status = 400;
        bad.body = m_parser.error().toUtf8();
        send(bad, false);
        return;
    }
    case HttpRequestParser::Result::Complete:
        break;
    }
    m_busy = true;
    const HttpResponse response = m_handler(request);
    const bool keepAlive = request.keepAlive();
    if (response.delayMs > 0) {
        QTimer::singleShot(response.delayMs, this,
                           [this, response, keepAlive] { send(response, keepAlive); });
    } else {
        send(response, keepAlive);
    }
}

void HttpConnection::send(const HttpResponse &response, bool keepAlive)
{
    if (m_socket->state() != QAbstractSocket::ConnectedState) {
        close();
        return;
    }
    switch (response.delivery) {
    case Delivery::Drop:
        close();
        return;
    case Delivery::Truncate: {
        // The head promises the whole body; at least one byte is always missing.
        const qint64 declared = response.body.size() + (response.body.size() < 2 ? 16 : 0);
        m_socket->write(response.head(false, declared));
        m_socket->write(response.body.left(response.body.size() / 2));
        close();
        return;
    }
    case Delivery::Normal:
        break;
    }
    // Set for each response, so that the fault switch can be turned on and off at run time.
    m_socket->setSocketOption(QAbstractSocket::LowDelayOption, response.splitWrites ? 0 : 1);
    m_socket->write(response.head(keepAlive, response.body.size()));
    if (response.splitWrites) {
        // Two writes to the kernel: the head leaves at once, and with Nagle on a body shorter
        // than a segment waits until the head is acknowledged.
        m_socket->flush();
    }
    m_socket->write(response.body);
    if (response.splitWrites)
        m_socket->flush();
    if (!keepAlive) {
        close();
        return;
    }
    m_busy = false;
    // Pipelined requests may already be waiting in the buffer.
    QTimer::singleShot(0, this, &HttpConnection::processNext);
}

void HttpConnection::close()
{
    m_closing = true;
    m_socket->disconnectFromHost();
}

} // namespace rb::dev
