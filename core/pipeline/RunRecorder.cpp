#include "RunRecorder.h"

namespace rb {

RunRecorder::RunRecorder(HistoryDatabase *history)
    : m_history(history)
{
}

Failure RunRecorder::failed(const QString &what, const Failure &why) const
{
    return Failure{tr("The run history could not %1: %2").arg(what, why.message)};
}

Result<void> RunRecorder::begin(const QString &profileId, RunTrigger trigger,
                                RecordingPolicy policy)
{
    m_writer.emplace(*m_history, std::move(policy));
    const Result<qint64> id = m_writer->beginRun(profileId, trigger);
    if (!id)
        return failed(tr("record the start of the run"), id.failure());
    m_runId = *id;
    return {};
}

Result<void> RunRecorder::startStep(RunStep step)
{
    m_step = step;
    StepRecord record;
    record.ordinal = ++m_ordinal;
    record.name = runStepName(step);
    record.status = StepStatus::Running;
    record.startedAt = QDateTime::currentDateTimeUtc();
    m_last = record;
    m_timer.start();
    const Result<qint64> id = m_writer->addStep(m_runId, record);
    if (!id)
        return failed(tr("record the step \"%1\"").arg(record.name), id.failure());
    m_stepId = *id;
    m_last.id = m_stepId;
    m_last.runId = m_runId;
    return {};
}

Result<void> RunRecorder::finishStep(StepStatus status, const QJsonObject &counts,
                                     const QString &message, const QList<ExchangeRecord> &exchanges)
{
    if (m_stepId == 0)
        return {};
    const qint64 stepId = m_stepId;
    m_stepId = 0;
    m_last.status = status;
    m_last.durationMs = m_timer.elapsed();
    // Counts carry findings, which quote input and server answers: what the progress signals
    // show is masked as the history keeps it.
    m_last.counts = m_writer->policy().redactor.redactJson(counts);
    m_last.message = message;
    // Exchanges first: a step shown as finished has all of its traffic.
    if (const Result<void> kept = m_writer->addExchanges(stepId, exchanges); !kept)
        return failed(tr("record the exchanges of the step \"%1\"").arg(m_last.name),
                      kept.failure());
    if (const Result<void> ended =
            m_writer->finishStep(stepId, status, m_last.durationMs, counts, message);
        !ended)
        return failed(tr("record the end of the step \"%1\"").arg(m_last.name), ended.failure());
    return {};
}

Result<void> RunRecorder::finishRun(RunStatus status, const QJsonObject &counts,
                                    const QString &message)
{
    if (m_runId == 0 || !m_writer)
        return Failure{};
    if (const Result<void> ended = m_writer->finishRun(m_runId, status, counts, message); !ended)
        return failed(tr("record the end of the run"), ended.failure());
    return {};
}

} // namespace rb
