#include "history/RunExport.h"

#include "store/HistoryDatabase.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace rb {

namespace {

QJsonValue utcTime(const QDateTime &time)
{
    return time.isValid() ? QJsonValue(time.toUTC().toString(Qt::ISODateWithMs)) : QJsonValue();
}

QJsonArray headersJson(const RawHeaders &headers)
{
    QJsonArray array;
    for (const auto &[name, value] : headers)
        array.append(QJsonObject{{u"name"_s, QString::fromLatin1(name)},
                                 {u"value"_s, QString::fromLatin1(value)}});
    return array;
}

QJsonValue bodyJson(const QByteArray &body)
{
    return body.isNull() ? QJsonValue() : QJsonValue(QString::fromUtf8(body));
}

} // namespace

bool RunExport::build(HistoryDatabase *history, qint64 runId, const QString &profileName,
                      QJsonObject *out, QString *error)
{
    std::optional<RunRecord> run;
    if (!history->run(runId, &run)) {
        *error = history->lastError();
        return false;
    }
    if (!run) {
        *error = tr("Run %1 is no longer in the history.").arg(runId);
        return false;
    }
    QList<StepRecord> steps;
    if (!history->steps(runId, &steps)) {
        *error = history->lastError();
        return false;
    }
    QJsonArray stepsJson;
    for (const StepRecord &step : std::as_const(steps)) {
        QList<ExchangeRecord> exchanges;
        if (!history->exchanges(step.id, &exchanges)) {
            *error = history->lastError();
            return false;
        }
        QJsonArray exchangesJson;
        for (const ExchangeRecord &e : std::as_const(exchanges))
            exchangesJson.append(exchangeJson(e));
        QJsonObject s = stepJson(step);
        s.insert(u"exchanges"_s, exchangesJson);
        stepsJson.append(s);
    }
    *out = runJson(*run, profileName);
    out->insert(u"steps"_s, stepsJson);
    return true;
}

bool RunExport::write(const QJsonObject &json, const QString &path, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) ||
        file.write(QJsonDocument(json).toJson(QJsonDocument::Indented)) < 0 || !file.commit()) {
        *error = tr("Could not write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

QString RunExport::suggestedFileName(const RunRecord &run)
{
    return u"rosterbridge-run-%1-%2.json"_s.arg(run.id).arg(
        run.startedAt.toLocalTime().toString(u"yyyy-MM-dd"_s));
}

QJsonObject RunExport::runJson(const RunRecord &run, const QString &profileName)
{
    const qint64 ms = run.endedAt.isValid() ? run.startedAt.msecsTo(run.endedAt) : -1;
    return {{u"id"_s, run.id},
            {u"profileId"_s, run.profileId},
            {u"profileName"_s, profileName.isEmpty() ? QJsonValue() : QJsonValue(profileName)},
            {u"trigger"_s, runTriggerName(run.trigger)},
            {u"status"_s, runStatusName(run.status)},
            {u"startedAt"_s, utcTime(run.startedAt)},
            {u"endedAt"_s, utcTime(run.endedAt)},
            {u"durationMs"_s, ms < 0 ? QJsonValue() : QJsonValue(ms)},
            {u"counts"_s, run.counts},
            {u"message"_s, run.message}};
}

QJsonObject RunExport::stepJson(const StepRecord &step)
{
    return {{u"id"_s, step.id},
            {u"ordinal"_s, step.ordinal},
            {u"name"_s, step.name},
            {u"status"_s, step.status},
            {u"startedAt"_s, utcTime(step.startedAt)},
            {u"durationMs"_s, step.durationMs},
            {u"counts"_s, step.counts},
            {u"message"_s, step.message}};
}

QJsonObject RunExport::exchangeJson(const ExchangeRecord &e)
{
    return {{u"id"_s, e.id},
            {u"kind"_s, exchangeKindName(e.kind)},
            {u"operation"_s, e.operation},
            {u"target"_s, e.target},
            {u"status"_s, e.status},
            {u"ok"_s, e.ok},
            {u"startedAt"_s, utcTime(e.startedAt)},
            {u"durationMs"_s, e.durationMs},
            {u"bytes"_s, e.bytes},
            {u"error"_s, e.error},
            {u"requestHeaders"_s, headersJson(e.requestHeaders)},
            {u"requestBody"_s, bodyJson(e.requestBody)},
            {u"requestBodyTruncated"_s, e.requestBodyTruncated},
            {u"responseHeaders"_s, headersJson(e.responseHeaders)},
            {u"responseBody"_s, bodyJson(e.responseBody)},
            {u"responseBodyTruncated"_s, e.responseBodyTruncated}};
}

} // namespace rb
