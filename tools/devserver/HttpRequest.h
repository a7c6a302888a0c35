#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

namespace rb::dev {

using QueryItems = QList<QPair<QString, QString>>;

// One parsed HTTP/1.1 request. Header names keep their case; look-ups ignore it.
struct HttpRequest
{
    QByteArray method;
    QByteArray target;   // path and query as sent
    QByteArray path;     // still percent-encoded
    QByteArray rawQuery; // without '?'
    QByteArray version;  // "HTTP/1.1"
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;

    QByteArray header(QByteArrayView name) const;
    bool hasHeader(QByteArrayView name) const;
    // Decoded path ("/a b" for "/a%20b").
    QString decodedPath() const;
    // Query parameters in order, decoded as application/x-www-form-urlencoded.
    QueryItems queryItems() const { return parseForm(rawQuery); }
    QString queryValue(const QString &name) const;
    bool keepAlive() const;
    // Value of one cookie from the Cookie header, or a null string.
    QString cookie(const QString &name) const;

    // "+" becomes a space, then percent-escapes are decoded (RFC 1866 form encoding).
    static QueryItems parseForm(QByteArrayView form);
    static QString formDecode(QByteArrayView text);
};

// Incremental parser: feed it bytes as they arrive and take complete requests out.
class HttpRequestParser
{
public:
    enum class Result { NeedMore, Complete, Error };

    // Appends data to the buffer.
    void feed(const QByteArray &data) { m_buffer.append(data); }
    // Tries to parse the next complete request out of the buffer.
    Result next(HttpRequest *request);
    const QString &error() const { return m_error; }
    bool hasBufferedData() const { return !m_buffer.isEmpty(); }

private:
    QByteArray m_buffer;
    QString m_error;
};

} // namespace rb::dev
