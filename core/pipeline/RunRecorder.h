#pragma once

#include "RunStep.h"
#include "store/HistoryDatabase.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonObject>

namespace rb {

// Writes one run into the history as it happens: the run when it starts, each step when it
// starts and when it ends, with its exchanges. Every call that fails leaves lastError() set,
// and the run stops there: a run the history cannot record does not deliver.
class RunRecorder
{
    Q_DECLARE_TR_FUNCTIONS(rb::RunRecorder)
public:
    explicit RunRecorder(HistoryDatabase *history);

    bool begin(const QString &profileId, RunTrigger trigger, const RecordingPolicy &policy);
    bool startStep(RunStep step);
    // Ends the current step.
    bool finishStep(StepStatus status, const QJsonObject &counts, const QString &message,
                    const QList<ExchangeRecord> &exchanges = {});
    bool finishRun(RunStatus status, const QJsonObject &counts, const QString &message);

    bool hasStep() const { return m_stepId != 0; }
    RunStep currentStep() const { return m_step; }
    qint64 runId() const { return m_runId; }
    qint64 stepId() const { return m_stepId; }
    // The step as last finished, for progress signals.
    const StepRecord &lastStep() const { return m_last; }
    QString lastError() const { return m_error; }
    HistoryDatabase *history() const { return m_history; }

private:
    bool failed(const QString &what);

    HistoryDatabase *m_history;
    qint64 m_runId = 0;
    qint64 m_stepId = 0;
    RunStep m_step = RunStep::Acquire;
    int m_ordinal = 0;
    QElapsedTimer m_timer;
    StepRecord m_last;
    QString m_error;
};

} // namespace rb
