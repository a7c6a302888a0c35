#include "HistoryRows.h"

#include "HistoryDatabase.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace rb {

QString HistoryRows::runColumns()
{
    return u"r.id, r.profile_id, r.triggered_by, r.started_at, r.ended_at, r.status, r.counts, "
           u"r.message"_s;
}

QString HistoryRows::stepColumns()
{
    return u"id, run_id, ordinal, name, status, started_at, duration_ms, counts, message"_s;
}

QString HistoryRows::exchangeColumns()
{
    return u"id, step_id, kind, operation, target, status, ok, started_at, duration_ms, bytes, "
           u"error, request_headers, request_body, request_body_truncated, response_headers, "
           u"response_body, response_body_truncated"_s;
}

QString HistoryRows::zipColumns()
{
    return u"z.id, z.run_id, r.profile_id, z.file_name, z.bytes, z.sha256, z.delivered_at, "
           u"z.content"_s;
}

QVariant HistoryRows::timeValue(const QDateTime &time)
{
    // An invalid QVariant binds as NULL.
    return time.isValid() ? QVariant(time.toMSecsSinceEpoch()) : QVariant();
}

QDateTime HistoryRows::timeFrom(const QVariant &value)
{
    return value.isNull() ? QDateTime()
                          : QDateTime::fromMSecsSinceEpoch(value.toLongLong(), Qt::UTC);
}

QString HistoryRows::nonNull(const QString &text)
{
    return text.isNull() ? u""_s : text;
}

QString HistoryRows::jsonText(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QJsonObject HistoryRows::jsonObject(const QVariant &value)
{
    return QJsonDocument::fromJson(value.toString().toUtf8()).object();
}

// Header bytes are kept as Latin-1 so that any byte survives the round trip.
QString HistoryRows::headersText(const RawHeaders &headers)
{
    QJsonArray array;
    for (const auto &[name, value] : headers)
        array.append(QJsonArray{QString::fromLatin1(name), QString::fromLatin1(value)});
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

RawHeaders HistoryRows::headersFrom(const QVariant &value)
{
    RawHeaders headers;
    const QJsonArray array = QJsonDocument::fromJson(value.toString().toUtf8()).array();
    for (const QJsonValue item : array) {
        const QJsonArray pair = item.toArray();
        headers.append({pair.at(0).toString().toLatin1(), pair.at(1).toString().toLatin1()});
    }
    return headers;
}

RunRecord HistoryRows::readRun(const QSqlQuery &q, int first)
{
    RunRecord r;
    r.id = q.value(first).toLongLong();
    r.profileId = q.value(first + 1).toString();
    r.trigger = runTriggerFromName(q.value(first + 2).toString()).value_or(RunTrigger::Manual);
    r.startedAt = timeFrom(q.value(first + 3));
    r.endedAt = timeFrom(q.value(first + 4));
    r.status = runStatusFromName(q.value(first + 5).toString()).value_or(RunStatus::Failed);
    r.counts = jsonObject(q.value(first + 6));
    r.message = q.value(first + 7).toString();
    return r;
}

StepRecord HistoryRows::readStep(const QSqlQuery &q)
{
    StepRecord s;
    s.id = q.value(0).toLongLong();
    s.runId = q.value(1).toLongLong();
    s.ordinal = q.value(2).toInt();
    s.name = q.value(3).toString();
    s.status = stepStatusFromName(q.value(4).toString()).value_or(StepStatus::Failed);
    s.startedAt = timeFrom(q.value(5));
    s.durationMs = q.value(6).toLongLong();
    s.counts = jsonObject(q.value(7));
    s.message = q.value(8).toString();
    return s;
}

ExchangeRecord HistoryRows::readExchange(const QSqlQuery &q)
{
    ExchangeRecord e;
    e.id = q.value(0).toLongLong();
    e.stepId = q.value(1).toLongLong();
    e.kind = exchangeKindFromName(q.value(2).toString()).value_or(ExchangeKind::Http);
    e.operation = q.value(3).toString();
    e.target = q.value(4).toString();
    e.status = q.value(5).toInt();
    e.ok = q.value(6).toInt() != 0;
    e.startedAt = timeFrom(q.value(7));
    e.durationMs = q.value(8).toLongLong();
    e.bytes = q.value(9).toLongLong();
    e.error = q.value(10).toString();
    e.requestHeaders = headersFrom(q.value(11));
    e.requestBody = q.value(12).toByteArray();
    e.requestBodyTruncated = q.value(13).toInt() != 0;
    e.responseHeaders = headersFrom(q.value(14));
    e.responseBody = q.value(15).toByteArray();
    e.responseBodyTruncated = q.value(16).toInt() != 0;
    return e;
}

DeliveredZip HistoryRows::readZip(const QSqlQuery &q)
{
    DeliveredZip zip;
    zip.id = q.value(0).toLongLong();
    zip.runId = q.value(1).toLongLong();
    zip.profileId = q.value(2).toString();
    zip.fileName = q.value(3).toString();
    zip.bytes = q.value(4).toLongLong();
    zip.sha256 = q.value(5).toString();
    zip.deliveredAt = timeFrom(q.value(6));
    zip.content = q.value(7).toByteArray();
    return zip;
}

ExchangeRecord HistoryRows::kept(const ExchangeRecord &e, const RecordingPolicy &policy)
{
    const Redactor &redactor = policy.redactor;
    const qsizetype cap = qMax<qsizetype>(policy.bodyCap, 0);
    // Redact before capping, so that a cut never leaves half a secret behind.
    auto keepBody = [&](const QByteArray &body, bool *truncated) {
        if (!policy.saveBodies) {
            *truncated = false;
            return QByteArray();
        }
        QByteArray kept = redactor.redactBody(body);
        if (kept.size() > cap) {
            kept.truncate(cap);
            *truncated = true;
        }
        return kept;
    };
    auto redactHeaders = [&](RawHeaders headers) {
        for (auto &[name, value] : headers)
            value = redactor.redactHeader(name, value);
        return headers;
    };
    ExchangeRecord r = e;
    r.requestBody = keepBody(e.requestBody, &r.requestBodyTruncated);
    r.responseBody = keepBody(e.responseBody, &r.responseBodyTruncated);
    r.target = e.kind == ExchangeKind::Http
                   ? redactor.redactUrl(QUrl(e.target, QUrl::TolerantMode)).toString()
                   : redactor.redactText(e.target);
    r.error = redactor.redactText(e.error);
    r.requestHeaders = redactHeaders(e.requestHeaders);
    r.responseHeaders = redactHeaders(e.responseHeaders);
    return r;
}

QString HistoryRows::exchangeInsert()
{
    return u"INSERT INTO exchanges (step_id, ordinal, kind, operation, target, status, ok, "
           u"started_at, duration_ms, bytes, error, request_headers, request_body, "
           u"request_body_truncated, response_headers, response_body, "
           u"response_body_truncated) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
           u"?)"_s;
}

void HistoryRows::bindExchange(QSqlQuery &q, qint64 stepId, int ordinal, const ExchangeRecord &e)
{
    q.addBindValue(stepId);
    q.addBindValue(ordinal);
    q.addBindValue(exchangeKindName(e.kind));
    q.addBindValue(nonNull(e.operation));
    q.addBindValue(nonNull(e.target));
    q.addBindValue(e.status);
    q.addBindValue(e.ok ? 1 : 0);
    q.addBindValue(timeValue(e.startedAt));
    q.addBindValue(e.durationMs);
    q.addBindValue(e.bytes);
    q.addBindValue(nonNull(e.error));
    q.addBindValue(headersText(e.requestHeaders));
    q.addBindValue(e.requestBody);
    q.addBindValue(e.requestBodyTruncated ? 1 : 0);
    q.addBindValue(headersText(e.responseHeaders));
    q.addBindValue(e.responseBody);
    q.addBindValue(e.responseBodyTruncated ? 1 : 0);
}

} // namespace rb
