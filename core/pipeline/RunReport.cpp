#include "RunReport.h"

#include "RunStep.h"
#include "store/HistoryDatabase.h"

#include <QJsonArray>

namespace rb {

namespace {
const QString kName = QStringLiteral("name");

QJsonObject stepJson(const StepRecord &s)
{
    QJsonObject o{{kName, s.name},
                  {QStringLiteral("status"), stepStatusName(s.status)},
                  {QStringLiteral("durationMs"), s.durationMs},
                  {QStringLiteral("counts"), s.counts}};
    if (!s.message.isEmpty())
        o.insert(QStringLiteral("message"), s.message);
    return o;
}

// The acquire step's counts split in two: what the export held ("source") and, for a SIS
// server or an SFTP download, how it was fetched ("fetch").
void addAcquire(const StepRecord &step, HistoryDatabase *history, QJsonObject *report)
{
    QJsonObject fetch = step.counts;
    QJsonObject source;
    for (const QString &key : {QStringLiteral("oneRosterVersion"), QStringLiteral("read")}) {
        if (fetch.contains(key))
            source.insert(key, fetch.take(key));
    }
    if (fetch.contains(QStringLiteral("input")))
        report->insert(QStringLiteral("input"), fetch.take(QStringLiteral("input")));
    report->insert(QStringLiteral("source"), source);
    if (!fetch.contains(QStringLiteral("requests")) && !fetch.contains(QStringLiteral("download")))
        return;
    fetch.remove(QStringLiteral("findings"));
    fetch.insert(QStringLiteral("ok"), step.status == StepStatus::Ok);
    QJsonArray list;
    if (const Result<QList<ExchangeRecord>> exchanges = history->exchanges(step.id)) {
        for (const ExchangeRecord &e : *exchanges)
            list.append(e.toJson());
    }
    fetch.insert(QStringLiteral("exchanges"), list);
    report->insert(QStringLiteral("fetch"), fetch);
}
} // namespace

QString RunReport::outcome(const RunResult &result)
{
    if (result.status == RunStatus::Success)
        return result.delivered ? QStringLiteral("delivered") : QStringLiteral("written");
    return runStatusName(result.status);
}

QJsonObject RunReport::build(const RunResult &result, HistoryDatabase *history)
{
    const QJsonObject &counts = result.counts;
    QJsonObject report{
        {QStringLiteral("schemaVersion"), kSchemaVersion},
        {QStringLiteral("outcome"), outcome(result)},
        {QStringLiteral("status"), runStatusName(result.status)},
        {QStringLiteral("message"), result.message},
        {QStringLiteral("details"), QJsonArray::fromStringList(result.details)},
        {QStringLiteral("profileId"), result.profileId},
        {QStringLiteral("profile"), result.profileName},
        {QStringLiteral("runId"), result.runId},
        {QStringLiteral("trigger"), runTriggerName(result.trigger)},
        {QStringLiteral("mode"), counts.value(QStringLiteral("mode"))},
        {QStringLiteral("output"), result.writtenTo},
        {QStringLiteral("delivered"), result.delivered},
        {QStringLiteral("deliveredTo"), result.deliveredTo},
        {QStringLiteral("reviewPackage"), result.reviewPackage},
        {QStringLiteral("errors"), counts.value(QStringLiteral("errors"))},
        {QStringLiteral("warnings"), counts.value(QStringLiteral("warnings"))},
        {QStringLiteral("findings"), result.findings.toJson()},
        {QStringLiteral("rows"), counts.value(QStringLiteral("rows")).toObject()},
        {QStringLiteral("diff"), result.diff},
        {QStringLiteral("safety"), counts.value(QStringLiteral("safety")).toObject()},
        {QStringLiteral("counts"), counts}};
    if (!result.sourceHostKeyToPin.isEmpty())
        report.insert(QStringLiteral("sourceHostKeyPinned"), result.sourceHostKeyToPin);
    if (!result.destinationHostKeyToPin.isEmpty())
        report.insert(QStringLiteral("destinationHostKeyPinned"), result.destinationHostKeyToPin);

    const Result<QList<StepRecord>> steps = result.runId != 0
                                                ? history->steps(result.runId)
                                                : Result<QList<StepRecord>>(QList<StepRecord>());
    QJsonArray stepList;
    if (steps) {
        for (const StepRecord &s : *steps) {
            stepList.append(stepJson(s));
            if (s.name == runStepName(RunStep::Acquire)) {
                addAcquire(s, history, &report);
            } else if (s.name == runStepName(RunStep::Filter)) {
                QJsonObject source = report.value(QStringLiteral("source")).toObject();
                for (const QString &key : {QStringLiteral("read"), QStringLiteral("kept")})
                    source.insert(key, s.counts.value(key));
                report.insert(QStringLiteral("source"), source);
            } else if (s.name == runStepName(RunStep::Deliver) && s.status != StepStatus::Skipped) {
                QJsonObject delivery = s.counts;
                delivery.remove(QStringLiteral("findings"));
                delivery.insert(QStringLiteral("status"), stepStatusName(s.status));
                report.insert(QStringLiteral("delivery"), delivery);
            }
        }
    }
    report.insert(QStringLiteral("steps"), stepList);
    return report;
}

} // namespace rb
