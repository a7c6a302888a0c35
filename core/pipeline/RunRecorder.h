#pragma once

#include "RunStep.h"
#include "store/HistoryWriter.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonObject>

#include <optional>

namespace rb {

// Writes one run into the history as it happens: the run when it starts, each step when it
// starts and when it ends, with its exchanges, through a writer of its own that carries the
// run's recording policy. A run stops at the first call that fails: a run the history cannot
// record does not deliver.
class RunRecorder
{
    Q_DECLARE_TR_FUNCTIONS(rb::RunRecorder)
public:
    explicit RunRecorder(HistoryDatabase *history);

    Result<void> begin(const QString &profileId, RunTrigger trigger, RecordingPolicy policy);
    Result<void> startStep(RunStep step);
    // Ends the current step.
    Result<void> finishStep(StepStatus status, const QJsonObject &counts, const QString &message,
                            const QList<ExchangeRecord> &exchanges = {});
    Result<void> finishRun(RunStatus status, const QJsonObject &counts, const QString &message);

    bool hasStep() const { return m_stepId != 0; }
    RunStep currentStep() const { return m_step; }
    qint64 runId() const { return m_runId; }
    qint64 stepId() const { return m_stepId; }
    // The step as last finished, for progress signals.
    const StepRecord &lastStep() const { return m_last; }
    // After begin(): the writer the run's other records (its delivered zip) go through.
    HistoryWriter *writer() { return m_writer ? &*m_writer : nullptr; }

private:
    Failure failed(const QString &what, const Failure &why) const;

    HistoryDatabase *m_history;
    std::optional<HistoryWriter> m_writer;
    qint64 m_runId = 0;
    qint64 m_stepId = 0;
    RunStep m_step = RunStep::Acquire;
    int m_ordinal = 0;
    QElapsedTimer m_timer;
    StepRecord m_last;
};

} // namespace rb
