#include "HistoryWriter.h"

#include "HistoryError.h"
#include "HistoryRows.h"
#include "HistoryTransaction.h"
#include "common/Hashing.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace rb {

HistoryWriter::HistoryWriter(HistoryDatabase &history, RecordingPolicy policy)
    : m_history(history)
    , m_policy(std::move(policy))
{
}

Failure HistoryWriter::failed(const QString &what, const QSqlError &error) const
{
    return HistoryError::failure(what, m_history.path(), error);
}

Result<qint64> HistoryWriter::beginRun(const QString &profileId, RunTrigger trigger,
                                       const QDateTime &startedAt)
{
    const Result<QSqlDatabase> db = m_history.connection();
    if (!db)
        return db.failure();
    QSqlQuery q(*db);
    q.prepare(u"INSERT INTO runs (profile_id, triggered_by, started_at, status) "
              u"VALUES (?, ?, ?, 'running')"_s);
    q.addBindValue(HistoryRows::nonNull(profileId));
    q.addBindValue(runTriggerName(trigger));
    q.addBindValue(
        HistoryRows::timeValue(startedAt.isValid() ? startedAt : QDateTime::currentDateTimeUtc()));
    if (!q.exec())
        return failed(tr("Cannot record the start of a run"), q.lastError());
    return q.lastInsertId().toLongLong();
}

Result<void> HistoryWriter::finishRun(qint64 runId, RunStatus status, const QJsonObject &counts,
                                      const QString &message)
{
    if (status == RunStatus::Running)
        return HistoryError::failure(tr("A run cannot finish with the status \"running\"."));
    const Result<QSqlDatabase> db = m_history.connection();
    if (!db)
        return db.failure();
    const Redactor &redactor = m_policy.redactor;
    QSqlQuery q(*db);
    q.prepare(u"UPDATE runs SET status = ?, ended_at = ?, counts = ?, message = ? "
              u"WHERE id = ? AND status = 'running'"_s);
    q.addBindValue(runStatusName(status));
    q.addBindValue(HistoryRows::timeValue(QDateTime::currentDateTimeUtc()));
    q.addBindValue(HistoryRows::jsonText(redactor.redactJson(counts)));
    q.addBindValue(HistoryRows::nonNull(redactor.redactText(message)));
    q.addBindValue(runId);
    if (!q.exec())
        return failed(tr("Cannot record the end of run %1").arg(runId), q.lastError());
    if (q.numRowsAffected() != 1)
        return HistoryError::failure(
            tr("Run %1 does not exist or has already finished.").arg(runId));
    return {};
}

Result<qint64> HistoryWriter::addStep(qint64 runId, const StepRecord &step)
{
    const Result<QSqlDatabase> db = m_history.connection();
    if (!db)
        return db.failure();
    const Redactor &redactor = m_policy.redactor;
    QSqlQuery q(*db);
    q.prepare(u"INSERT INTO steps (run_id, ordinal, name, status, started_at, duration_ms, "
              u"counts, message) VALUES (?, "
              u"COALESCE(?, (SELECT COALESCE(MAX(ordinal), 0) + 1 FROM steps WHERE run_id = ?)), "
              u"?, ?, ?, ?, ?, ?)"_s);
    q.addBindValue(runId);
    q.addBindValue(step.ordinal > 0 ? QVariant(step.ordinal) : QVariant());
    q.addBindValue(runId);
    q.addBindValue(HistoryRows::nonNull(step.name));
    q.addBindValue(stepStatusName(step.status));
    q.addBindValue(HistoryRows::timeValue(step.startedAt));
    q.addBindValue(step.durationMs);
    q.addBindValue(HistoryRows::jsonText(redactor.redactJson(step.counts)));
    q.addBindValue(HistoryRows::nonNull(redactor.redactText(step.message)));
    if (!q.exec())
        return failed(tr("Cannot record the step \"%1\" of run %2").arg(step.name).arg(runId),
                      q.lastError());
    return q.lastInsertId().toLongLong();
}

Result<void> HistoryWriter::finishStep(qint64 stepId, StepStatus status, qint64 durationMs,
                                       const QJsonObject &counts, const QString &message)
{
    const Result<QSqlDatabase> db = m_history.connection();
    if (!db)
        return db.failure();
    const Redactor &redactor = m_policy.redactor;
    QSqlQuery q(*db);
    q.prepare(u"UPDATE steps SET status = ?, duration_ms = ?, counts = ?, message = ? "
              u"WHERE id = ?"_s);
    q.addBindValue(stepStatusName(status));
    q.addBindValue(durationMs);
    q.addBindValue(HistoryRows::jsonText(redactor.redactJson(counts)));
    q.addBindValue(HistoryRows::nonNull(redactor.redactText(message)));
    q.addBindValue(stepId);
    if (!q.exec())
        return failed(tr("Cannot record the end of step %1").arg(stepId), q.lastError());
    if (q.numRowsAffected() != 1)
        return HistoryError::failure(tr("Step %1 does not exist.").arg(stepId));
    return {};
}

Result<void> HistoryWriter::addExchanges(qint64 stepId, const QList<ExchangeRecord> &exchanges)
{
    if (exchanges.isEmpty())
        return {};
    const Result<QSqlDatabase> db = m_history.connection();
    if (!db)
        return db.failure();
    QSqlError error;
    HistoryTransaction tx(*db);
    if (!tx.begin(&error))
        return failed(tr("Cannot record the exchanges of step %1").arg(stepId), error);
    QSqlQuery q(*db);
    q.prepare(u"SELECT COALESCE(MAX(ordinal), 0) FROM exchanges WHERE step_id = ?"_s);
    q.addBindValue(stepId);
    if (!q.exec() || !q.next())
        return failed(tr("Cannot record the exchanges of step %1").arg(stepId), q.lastError());
    int ordinal = q.value(0).toInt();
    q.finish();
    q.prepare(HistoryRows::exchangeInsert());
    for (const ExchangeRecord &e : exchanges) {
        HistoryRows::bindExchange(q, stepId, ++ordinal, HistoryRows::kept(e, m_policy));
        if (!q.exec())
            return failed(tr("Cannot record the exchanges of step %1").arg(stepId), q.lastError());
    }
    q.finish();
    if (!tx.commit(&error))
        return failed(tr("Cannot record the exchanges of step %1").arg(stepId), error);
    return {};
}

Result<void> HistoryWriter::storeDeliveredZip(qint64 runId, const QString &fileName,
                                              const QByteArray &content)
{
    const Result<QSqlDatabase> db = m_history.connection();
    if (!db)
        return db.failure();
    QSqlQuery q(*db);
    q.prepare(u"INSERT INTO delivered_zips (run_id, file_name, bytes, sha256, delivered_at, "
              u"content) VALUES (?, ?, ?, ?, ?, ?)"_s);
    q.addBindValue(runId);
    q.addBindValue(HistoryRows::nonNull(fileName));
    q.addBindValue(qint64(content.size()));
    q.addBindValue(sha256Hex(content));
    q.addBindValue(HistoryRows::timeValue(QDateTime::currentDateTimeUtc()));
    // A null QByteArray would bind as NULL; an empty zip is still a zip.
    q.addBindValue(content.isNull() ? QByteArray("") : content);
    if (!q.exec())
        return failed(tr("Cannot keep the delivered zip %1 of run %2").arg(fileName).arg(runId),
                      q.lastError());
    return {};
}

Result<void> HistoryWriter::storeDecisionTrail(qint64 runId, qint64 entries, const QByteArray &csv)
{
    const Result<QSqlDatabase> db = m_history.connection();
    if (!db)
        return db.failure();
    QSqlQuery q(*db);
    q.prepare(u"INSERT OR REPLACE INTO decision_trails (run_id, entries, content) "
              u"VALUES (?, ?, ?)"_s);
    q.addBindValue(runId);
    q.addBindValue(entries);
    // The fastest level: the trail is written on every run and read only when asked.
    q.addBindValue(qCompress(csv, 1));
    if (!q.exec())
        return failed(tr("Cannot keep the decision trail of run %1").arg(runId), q.lastError());
    return {};
}

} // namespace rb
