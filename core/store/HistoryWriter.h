#pragma once

#include "HistoryDatabase.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace rb {

// Writes runs into the history with one recording policy: every text is redacted and every
// exchange capped as that policy says. Each run makes its own, so two runs (or the window and
// a run) never share a policy or an error.
class HistoryWriter
{
    Q_DECLARE_TR_FUNCTIONS(rb::HistoryWriter)
public:
    HistoryWriter(HistoryDatabase &history, RecordingPolicy policy);

    const RecordingPolicy &policy() const { return m_policy; }

    // Gives the new run's id.
    Result<qint64> beginRun(const QString &profileId, RunTrigger trigger,
                            const QDateTime &startedAt = QDateTime::currentDateTimeUtc());
    Result<void> finishRun(qint64 runId, RunStatus status, const QJsonObject &counts,
                           const QString &message);
    // Gives the new step's id. A step may be added when it starts (Running) and completed with
    // finishStep, or added once it is done.
    Result<qint64> addStep(qint64 runId, const StepRecord &step);
    Result<void> finishStep(qint64 stepId, StepStatus status, qint64 durationMs,
                            const QJsonObject &counts, const QString &message);
    // All or nothing, in one transaction.
    Result<void> addExchanges(qint64 stepId, const QList<ExchangeRecord> &exchanges);
    Result<void> storeDeliveredZip(qint64 runId, const QString &fileName,
                                   const QByteArray &content);
    // The run's decision trail as CSV (see DecisionTrail); kept compressed, replaced if the
    // run stores it again.
    Result<void> storeDecisionTrail(qint64 runId, qint64 entries, const QByteArray &csv);

private:
    Failure failed(const QString &what, const QSqlError &error) const;

    HistoryDatabase &m_history;
    RecordingPolicy m_policy;
};

} // namespace rb
