#pragma once

// A tiny HTTP/1.1 server on 127.0.0.1 for unit tests of the REST client: each request is
// answered by a handler with a canned response, a delay, or a dropped connection.

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <QUrl>
#include <QUrlQuery>

#include <functional>
#include <utility>

namespace rb::test {

struct CannedRequest
{
    QByteArray method;
    QByteArray target;                     // path and query, as sent
    QHash<QByteArray, QByteArray> headers; // names in lower case
    QByteArray body;

    QByteArray path() const
    {
        const qsizetype q = target.indexOf('?');
        return q < 0 ? target : target.left(q);
    }
    QString query(const QString &name) const
    {
        return QUrlQuery(QUrl::fromEncoded("http://x" + target)).queryItemValue(name);
    }
    int offset() const { return query(QStringLiteral("offset")).toInt(); }
    int limit() const { return query(QStringLiteral("limit")).toInt(); }
};

struct CannedResponse
{
    int status = 200;
    QList<std::pair<QByteArray, QByteArray>> headers;
    QByteArray body;
    // Close the connection without answering.
    bool drop = false;
    int delayMs = 0;

    void addHeader(const QByteArray &name, const QByteArray &value)
    {
        headers.append(std::pair{name, value});
    }
    static CannedResponse json(const QByteArray &body, int status = 200)
    {
        CannedResponse r;
        r.status = status;
        r.body = body;
        r.addHeader("Content-Type", "application/json");
        return r;
    }
};

class CannedHttpServer
{
public:
    using Handler = std::function<CannedResponse(const CannedRequest &)>;

    CannedHttpServer()
    {
        QObject::connect(&m_server, &QTcpServer::newConnection, &m_context, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection())
                accept(socket);
        });
        m_server.listen(QHostAddress::LocalHost, 0);
    }
    ~CannedHttpServer()
    {
        // Sockets are children of the server; stop them from calling back first.
        m_context.disconnect();
    }

    QString baseUrl() const
    {
        return QStringLiteral("http://127.0.0.1:%1").arg(m_server.serverPort());
    }
    void setHandler(Handler handler) { m_handler = std::move(handler); }
    QList<CannedRequest> requests;

private:
    void accept(QTcpSocket *socket)
    {
        QObject::connect(socket, &QTcpSocket::readyRead, &m_context,
                         [this, socket] { onReadyRead(socket); });
        QObject::connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    }

    void onReadyRead(QTcpSocket *socket)
    {
        QByteArray &buffer = m_buffers[socket];
        buffer += socket->readAll();
        const qsizetype end = buffer.indexOf("\r\n\r\n");
        if (end < 0)
            return;
        CannedRequest request;
        const QList<QByteArray> lines = buffer.left(end).split('\n');
        const QList<QByteArray> first = lines.value(0).trimmed().split(' ');
        request.method = first.value(0);
        request.target = first.value(1);
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const qsizetype colon = lines[i].indexOf(':');
            if (colon > 0)
                request.headers.insert(lines[i].left(colon).trimmed().toLower(),
                                       lines[i].mid(colon + 1).trimmed());
        }
        const qsizetype length = request.headers.value("content-length", "0").toLongLong();
        if (buffer.size() < end + 4 + length)
            return;
        request.body = buffer.mid(end + 4, length);
        buffer = buffer.mid(end + 4 + length);
        requests.append(request);
        const CannedResponse response =
            m_handler ? m_handler(request) : CannedResponse::json("{}", 404);
        QPointer<QTcpSocket> guard(socket);
        auto send = [guard, response] {
            if (!guard)
                return;
            if (response.drop) {
                guard->abort();
                return;
            }
            QByteArray out = "HTTP/1.1 " + QByteArray::number(response.status) + " Canned\r\n";
            out += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\n";
            out += "Connection: close\r\n";
            for (const auto &[name, value] : response.headers)
                out += name + ": " + value + "\r\n";
            out += "\r\n" + response.body;
            guard->write(out);
            guard->disconnectFromHost();
        };
        if (response.delayMs > 0)
            QTimer::singleShot(response.delayMs, &m_context, send);
        else
            send();
    }

    QTcpServer m_server;
    QObject m_context;
    Handler m_handler;
    QHash<QTcpSocket *, QByteArray> m_buffers;
};

} // namespace rb::test
