#include "history/RunExport.h"

#include "store/HistoryDatabase.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace rb {

Result<QJsonObject> RunExport::build(HistoryDatabase *history, qint64 runId,
                                     const QString &profileName)
{
    const Result<std::optional<RunRecord>> run = history->run(runId);
    if (!run)
        return run.failure();
    if (!*run)
        return Failure{tr("Run %1 is no longer in the history.").arg(runId)};
    const Result<QList<StepRecord>> steps = history->steps(runId);
    if (!steps)
        return steps.failure();
    QJsonArray stepsJson;
    for (const StepRecord &step : *steps) {
        const Result<QList<ExchangeRecord>> exchanges = history->exchanges(step.id);
        if (!exchanges)
            return exchanges.failure();
        QJsonArray exchangesJson;
        for (const ExchangeRecord &e : *exchanges)
            exchangesJson.append(e.toJson());
        QJsonObject s = step.toJson();
        s.insert(u"exchanges"_s, exchangesJson);
        stepsJson.append(s);
    }
    QJsonObject out = runJson(**run, profileName);
    out.insert(u"steps"_s, stepsJson);
    return out;
}

Result<void> RunExport::write(const QJsonObject &json, const QString &path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) ||
        file.write(QJsonDocument(json).toJson(QJsonDocument::Indented)) < 0 || !file.commit()) {
        return Failure{tr("Could not write %1: %2").arg(path, file.errorString())};
    }
    return {};
}

QString RunExport::suggestedFileName(const RunRecord &run)
{
    return u"rosterbridge-run-%1-%2.json"_s.arg(run.id).arg(
        run.startedAt.toLocalTime().toString(u"yyyy-MM-dd"_s));
}

namespace {
qint64 decidedBy(const RunRecord &run)
{
    return run.counts.value(u"approvedRun"_s).toInteger(run.id);
}
} // namespace

qint64 RunExport::decisionEntries(HistoryDatabase *history, const RunRecord &run)
{
    const Result<qint64> entries = history->decisionTrailEntries(decidedBy(run));
    return entries ? *entries : -1;
}

Result<void> RunExport::writeDecisions(HistoryDatabase *history, const RunRecord &run,
                                       const QString &path)
{
    const Result<std::optional<QByteArray>> csv = history->decisionTrail(decidedBy(run));
    if (!csv)
        return csv.failure();
    if (!*csv)
        return Failure{tr("Run %1 kept no decision trail.").arg(run.id)};
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write("\xEF\xBB\xBF") != 3 ||
        file.write(**csv) != (*csv)->size() || !file.commit())
        return Failure{tr("Could not write %1: %2").arg(path, file.errorString())};
    return {};
}

QString RunExport::suggestedDecisionsFileName(const RunRecord &run)
{
    return u"rosterbridge-run-%1-%2-decisions.csv"_s.arg(run.id).arg(
        run.startedAt.toLocalTime().toString(u"yyyy-MM-dd"_s));
}

QJsonObject RunExport::runJson(const RunRecord &run, const QString &profileName)
{
    return run.toJson(profileName);
}

} // namespace rb
