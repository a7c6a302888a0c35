#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QPair>

namespace rb::dev {

// What the server does with the socket when it sends a response; the last two exist so that
// clients can be tested against broken transfers.
enum class Delivery {
    Normal,
    Truncate, // announce the full Content-Length, send half the body, close
    Drop,     // close the connection without answering
};

struct HttpResponse
{
    int status = 200;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    Delivery delivery = Delivery::Normal;
    int delayMs = 0;
    // Nagle on and head and body in two writes (the splitWrites fault switch).
    bool splitWrites = false;

    void setHeader(const QByteArray &name, const QByteArray &value);
    void addHeader(const QByteArray &name, const QByteArray &value)
    {
        headers.append({name, value});
    }
    QByteArray header(QByteArrayView name) const;
    void removeHeader(QByteArrayView name);

    // Status line and headers, Content-Length included; keepAlive decides Connection.
    QByteArray head(bool keepAlive, qint64 contentLength) const;

    static HttpResponse json(int status, const QJsonObject &object);
    static QByteArray reasonPhrase(int status);
};

} // namespace rb::dev
