#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QUrl>

#include <utility>

namespace rb {

class Redactor;

using RawHeaders = QList<std::pair<QByteArray, QByteArray>>;

// One HTTP request and its answer, as kept in the run history. Always redacted (Redactor)
// before it leaves the client; bodies are capped.
struct RestExchange
{
    // What the request was for: "token", "users page 3", "connection test".
    QString purpose;
    QByteArray method;
    QUrl url;
    RawHeaders requestHeaders;
    QByteArray requestBody;
    bool requestBodyTruncated = false;
    QDateTime startedAt;
    // 0 when no HTTP answer arrived.
    int status = 0;
    RawHeaders responseHeaders;
    QByteArray responseBody;
    bool responseBodyTruncated = false;
    // The full size of the response body, even when only part of it is kept.
    qint64 responseBytes = 0;
    qint64 durationMs = 0;
    // Network or TLS error text; empty when an HTTP answer arrived.
    QString error;
    // 1 for the first try, 2 for the first retry, ...
    int attempt = 1;

    // Cuts both bodies to at most cap bytes (0 drops them).
    void capBodies(qsizetype cap);
    // Without credentials; call before capping bodies, so that a cut never leaves half a
    // secret behind.
    RestExchange redacted(const Redactor &redactor) const;
    QJsonObject toJson() const;
};

} // namespace rb

class QNetworkReply;

namespace rb {

// Builds the record of a finished reply (not yet redacted or capped).
RestExchange exchangeFromReply(QNetworkReply *reply, const QString &purpose,
                               const QByteArray &requestBody, const QByteArray &responseBody,
                               const QDateTime &startedAt, qint64 durationMs, int attempt);

} // namespace rb
