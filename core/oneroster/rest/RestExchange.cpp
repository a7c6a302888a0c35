#include "RestExchange.h"

#include "common/Redactor.h"

#include <QJsonArray>
#include <QNetworkReply>

using namespace Qt::StringLiterals;

namespace rb {

namespace {
QJsonArray headersToJson(const RawHeaders &headers)
{
    QJsonArray out;
    for (const auto &[name, value] : headers)
        out.append(QJsonArray{QString::fromLatin1(name), QString::fromLatin1(value)});
    return out;
}
} // namespace

RestExchange RestExchange::redacted(const Redactor &redactor) const
{
    RestExchange e = *this;
    e.url = redactor.redactUrl(e.url);
    for (auto &[name, value] : e.requestHeaders)
        value = redactor.redactHeader(name, value);
    for (auto &[name, value] : e.responseHeaders)
        value = redactor.redactHeader(name, value);
    e.requestBody = redactor.redactBody(e.requestBody);
    e.responseBody = redactor.redactBody(e.responseBody);
    e.error = redactor.redactText(e.error);
    return e;
}

void RestExchange::capBodies(qsizetype cap)
{
    const qsizetype limit = qMax<qsizetype>(cap, 0);
    if (requestBody.size() > limit) {
        requestBody.truncate(limit);
        requestBodyTruncated = true;
    }
    if (responseBody.size() > limit) {
        responseBody.truncate(limit);
        responseBodyTruncated = true;
    }
}

QJsonObject RestExchange::toJson() const
{
    QJsonObject o;
    o.insert(u"purpose"_s, purpose);
    o.insert(u"method"_s, QString::fromLatin1(method));
    o.insert(u"url"_s, url.toString(QUrl::FullyEncoded));
    o.insert(u"startedAt"_s, startedAt.toUTC().toString(Qt::ISODateWithMs));
    o.insert(u"requestHeaders"_s, headersToJson(requestHeaders));
    o.insert(u"requestBody"_s, QString::fromUtf8(requestBody));
    o.insert(u"requestBodyTruncated"_s, requestBodyTruncated);
    o.insert(u"status"_s, status);
    o.insert(u"responseHeaders"_s, headersToJson(responseHeaders));
    o.insert(u"responseBody"_s, QString::fromUtf8(responseBody));
    o.insert(u"responseBodyTruncated"_s, responseBodyTruncated);
    o.insert(u"responseBytes"_s, responseBytes);
    o.insert(u"durationMs"_s, durationMs);
    o.insert(u"error"_s, error);
    o.insert(u"attempt"_s, attempt);
    return o;
}

RestExchange exchangeFromReply(QNetworkReply *reply, const QString &purpose,
                               const QByteArray &requestBody, const QByteArray &responseBody,
                               const QDateTime &startedAt, qint64 durationMs, int attempt)
{
    RestExchange e;
    e.purpose = purpose;
    switch (reply->operation()) {
    case QNetworkAccessManager::PostOperation:
        e.method = "POST";
        break;
    case QNetworkAccessManager::HeadOperation:
        e.method = "HEAD";
        break;
    default:
        e.method = "GET";
        break;
    }
    e.url = reply->request().url();
    const QNetworkRequest request = reply->request();
    const QList<QByteArray> names = request.rawHeaderList();
    for (const QByteArray &name : names)
        e.requestHeaders.append({name, request.rawHeader(name)});
    e.requestBody = requestBody;
    e.startedAt = startedAt;
    e.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    e.responseHeaders = reply->rawHeaderPairs();
    e.responseBody = responseBody;
    e.responseBytes = responseBody.size();
    e.durationMs = durationMs;
    if (reply->error() != QNetworkReply::NoError && e.status == 0)
        e.error = reply->errorString();
    e.attempt = attempt;
    return e;
}

} // namespace rb
