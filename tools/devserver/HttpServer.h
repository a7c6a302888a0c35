#pragma once

#include "HttpRequest.h"
#include "HttpResponse.h"

#include <QHostAddress>
#include <QObject>

#include <functional>

class QSslConfiguration;
class QTcpServer;
class QTcpSocket;

namespace rb::dev {

using RequestHandler = std::function<HttpResponse(const HttpRequest &)>;

// A small HTTP/1.1 server on QTcpServer (QSslServer for https): keep-alive, many connections,
// requests on one connection answered in order. It owns the sockets so that responses can be
// delayed, cut short or dropped on purpose (see Delivery).
class HttpServer : public QObject
{
    Q_OBJECT
public:
    explicit HttpServer(RequestHandler handler, QObject *parent = nullptr);

    // Before listen(): speak https with this configuration (certificate and key).
    void useTls(const QSslConfiguration &configuration);
    bool listen(const QHostAddress &address, quint16 port);
    quint16 port() const;
    QString errorString() const;

private:
    void acceptConnections();

    RequestHandler m_handler;
    QTcpServer *m_server;
};

// One client connection.
class HttpConnection : public QObject
{
    Q_OBJECT
public:
    HttpConnection(QTcpSocket *socket, const RequestHandler &handler, QObject *parent);

private:
    void readData();
    void processNext();
    void send(const HttpResponse &response, bool keepAlive);
    void close();

    QTcpSocket *m_socket;
    const RequestHandler &m_handler;
    HttpRequestParser m_parser;
    bool m_busy = false;
    bool m_closing = false;
};

} // namespace rb::dev
