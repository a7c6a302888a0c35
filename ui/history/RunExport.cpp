#include "history/RunExport.h"

#include "store/HistoryDatabase.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace rb {

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
            exchangesJson.append(e.toJson());
        QJsonObject s = step.toJson();
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
    return run.toJson(profileName);
}

} // namespace rb
