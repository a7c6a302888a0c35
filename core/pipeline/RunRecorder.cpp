#include "RunRecorder.h"

namespace rb {

RunRecorder::RunRecorder(HistoryDatabase *history)
    : m_history(history)
{
}

bool RunRecorder::failed(const QString &what)
{
    m_error = tr("The run history could not %1: %2").arg(what, m_history->lastError());
    return false;
}

bool RunRecorder::begin(const QString &profileId, RunTrigger trigger, const RecordingPolicy &policy)
{
    m_history->setRecordingPolicy(policy);
    m_runId = m_history->beginRun(profileId, trigger);
    return m_runId != 0 || failed(tr("record the start of the run"));
}

bool RunRecorder::startStep(RunStep step)
{
    m_step = step;
    StepRecord record;
    record.ordinal = ++m_ordinal;
    record.name = runStepName(step);
    record.status = StepStatus::Running;
    record.startedAt = QDateTime::currentDateTimeUtc();
    m_last = record;
    m_timer.start();
    m_stepId = m_history->addStep(m_runId, record);
    if (m_stepId == 0)
        return failed(tr("record the step \"%1\"").arg(record.name));
    m_last.id = m_stepId;
    m_last.runId = m_runId;
    return true;
}

bool RunRecorder::finishStep(StepStatus status, const QJsonObject &counts, const QString &message,
                             const QList<ExchangeRecord> &exchanges)
{
    if (m_stepId == 0)
        return true;
    const qint64 stepId = m_stepId;
    m_stepId = 0;
    m_last.status = status;
    m_last.durationMs = m_timer.elapsed();
    // Counts carry findings, which quote input and server answers: masked like the messages.
    const QJsonObject kept = m_history->recordingPolicy().redactor.redactJson(counts);
    m_last.counts = kept;
    m_last.message = message;
    // Exchanges first: a step shown as finished has all of its traffic.
    if (!exchanges.isEmpty() && !m_history->addExchanges(stepId, exchanges))
        return failed(tr("record the exchanges of the step \"%1\"").arg(m_last.name));
    if (!m_history->finishStep(stepId, status, m_last.durationMs, kept, message))
        return failed(tr("record the end of the step \"%1\"").arg(m_last.name));
    return true;
}

bool RunRecorder::finishRun(RunStatus status, const QJsonObject &counts, const QString &message)
{
    if (m_runId == 0)
        return false;
    return m_history->finishRun(m_runId, status,
                                m_history->recordingPolicy().redactor.redactJson(counts),
                                message) ||
           failed(tr("record the end of the run"));
}

} // namespace rb
