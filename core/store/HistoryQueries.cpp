#include "HistoryQueries.h"

#include "HistoryDatabase.h"
#include "HistoryError.h"
#include "HistoryRows.h"
#include "common/Hashing.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace rb {

HistoryQueries::HistoryQueries(const QSqlDatabase &db, const QString &path)
    : m_db(db)
    , m_path(path)
{
}

Failure HistoryQueries::fail(const QString &what, const QSqlError &sqlError) const
{
    return HistoryError::failure(what, m_path, sqlError);
}

Result<QList<RunRecord>> HistoryQueries::runs(const RunQuery &query) const
{
    QList<RunRecord> out;
    QStringList where;
    QVariantList values;
    if (!query.profileId.isEmpty()) {
        where.append(u"r.profile_id = ?"_s);
        values.append(query.profileId);
    }
    if (!query.statuses.isEmpty()) {
        QStringList marks;
        for (RunStatus status : query.statuses) {
            marks.append(u"?"_s);
            values.append(runStatusName(status));
        }
        where.append(QString(u"r.status IN (" % marks.join(u", "_s) % u')'));
    }
    if (query.from.isValid()) {
        where.append(u"r.started_at >= ?"_s);
        values.append(HistoryRows::timeValue(query.from));
    }
    if (query.to.isValid()) {
        where.append(u"r.started_at < ?"_s);
        values.append(HistoryRows::timeValue(query.to));
    }
    const QString sql =
        QString(u"SELECT " % HistoryRows::runColumns() % u" FROM runs r" %
                (where.isEmpty() ? QString() : QString(u" WHERE " % where.join(u" AND "_s))) %
                u" ORDER BY r.started_at DESC, r.id DESC LIMIT ? OFFSET ?");
    values.append(query.limit > 0 ? query.limit : -1);
    values.append(qMax(query.offset, 0));
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(sql);
    for (const QVariant &value : std::as_const(values))
        q.addBindValue(value);
    if (!q.exec())
        return fail(tr("Cannot read the run history"), q.lastError());
    while (q.next())
        out.append(HistoryRows::readRun(q));
    return out;
}

Result<std::optional<RunRecord>> HistoryQueries::run(qint64 runId) const
{
    std::optional<RunRecord> out;
    QSqlQuery q(m_db);
    q.prepare(QString(u"SELECT " % HistoryRows::runColumns() % u" FROM runs r WHERE r.id = ?"));
    q.addBindValue(runId);
    if (!q.exec())
        return fail(tr("Cannot read run %1").arg(runId), q.lastError());
    if (q.next())
        out = HistoryRows::readRun(q);
    return out;
}

Result<QList<StepRecord>> HistoryQueries::steps(qint64 runId) const
{
    QList<StepRecord> out;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QString(u"SELECT " % HistoryRows::stepColumns() %
                      u" FROM steps WHERE run_id = ? ORDER BY ordinal"));
    q.addBindValue(runId);
    if (!q.exec())
        return fail(tr("Cannot read the steps of run %1").arg(runId), q.lastError());
    while (q.next())
        out.append(HistoryRows::readStep(q));
    return out;
}

Result<QList<ExchangeRecord>> HistoryQueries::exchanges(qint64 stepId) const
{
    QList<ExchangeRecord> out;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QString(u"SELECT " % HistoryRows::exchangeColumns() %
                      u" FROM exchanges WHERE step_id = ? ORDER BY ordinal"));
    q.addBindValue(stepId);
    if (!q.exec())
        return fail(tr("Cannot read the exchanges of step %1").arg(stepId), q.lastError());
    while (q.next())
        out.append(HistoryRows::readExchange(q));
    return out;
}

Result<std::optional<DeliveredZip>> HistoryQueries::lastDeliveredZip(const QString &profileId) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QString(u"SELECT " % HistoryRows::zipColumns() %
                      u" FROM delivered_zips z JOIN runs r ON r.id = z.run_id "
                      u"WHERE r.profile_id = ? ORDER BY z.delivered_at DESC, z.id DESC LIMIT 1"));
    q.addBindValue(profileId);
    return oneZip(q);
}

Result<std::optional<DeliveredZip>> HistoryQueries::deliveredZipOf(qint64 runId) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QString(u"SELECT " % HistoryRows::zipColumns() %
                      u" FROM delivered_zips z JOIN runs r ON r.id = z.run_id "
                      u"WHERE z.run_id = ? ORDER BY z.id DESC LIMIT 1"));
    q.addBindValue(runId);
    return oneZip(q);
}

Result<std::optional<DeliveredZip>> HistoryQueries::deliveredZipBefore(qint64 runId) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QString(u"SELECT " % HistoryRows::zipColumns() %
                      u" FROM delivered_zips z JOIN runs r ON r.id = z.run_id "
                      u"WHERE r.profile_id = (SELECT profile_id FROM runs WHERE id = ?) "
                      u"AND z.run_id < ? ORDER BY z.run_id DESC, z.id DESC LIMIT 1"));
    q.addBindValue(runId);
    q.addBindValue(runId);
    return oneZip(q);
}

Result<std::optional<QByteArray>> HistoryQueries::decisionTrail(qint64 runId) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(u"SELECT content FROM decision_trails WHERE run_id = ?"_s);
    q.addBindValue(runId);
    if (!q.exec())
        return fail(tr("Cannot read the decision trail of run %1").arg(runId), q.lastError());
    if (!q.next())
        return std::optional<QByteArray>();
    const QByteArray csv = qUncompress(q.value(0).toByteArray());
    if (csv.isEmpty())
        return Failure{tr("The decision trail of run %1 kept in the history database %2 is "
                          "damaged.")
                           .arg(runId)
                           .arg(m_path)};
    return std::optional<QByteArray>(csv);
}

Result<qint64> HistoryQueries::decisionTrailEntries(qint64 runId) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(u"SELECT entries FROM decision_trails WHERE run_id = ?"_s);
    q.addBindValue(runId);
    if (!q.exec())
        return fail(tr("Cannot read the decision trail of run %1").arg(runId), q.lastError());
    return q.next() ? q.value(0).toLongLong() : qint64(-1);
}

Result<std::optional<DeliveredZip>> HistoryQueries::oneZip(QSqlQuery &q) const
{
    if (!q.exec())
        return fail(tr("Cannot read a delivered zip"), q.lastError());
    if (!q.next())
        return std::optional<DeliveredZip>();
    const DeliveredZip zip = HistoryRows::readZip(q);
    // The diff and a re-send trust these bytes: never hand out a zip that changed on disk.
    const QString actual = sha256Hex(zip.content);
    if (actual != zip.sha256 || zip.content.size() != zip.bytes) {
        return Failure{tr("The zip %1 kept in the history database %2 is damaged (its checksum "
                          "does not match).")
                           .arg(zip.fileName, m_path)};
    }
    return std::optional<DeliveredZip>(zip);
}

Result<QList<SearchHit>> HistoryQueries::search(const QString &text, int limit) const
{
    QList<SearchHit> out;
    // instr() reads a BLOB body as UTF-8 text; ids are compared exactly.
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QString(
        u"SELECT " % HistoryRows::runColumns() %
        u", hit.step_id, hit.exchange_id, hit.field FROM ("
        u"SELECT id AS run_id, 0 AS step_id, 0 AS exchange_id, 'run message' AS field "
        u"FROM runs WHERE instr(message, ?) > 0 "
        u"UNION ALL SELECT run_id, id, 0, 'step message' FROM steps WHERE instr(message, ?) > 0 "
        u"UNION ALL SELECT s.run_id, e.step_id, e.id, 'exchange target' FROM exchanges e "
        u"JOIN steps s ON s.id = e.step_id WHERE instr(e.target, ?) > 0 "
        u"UNION ALL SELECT s.run_id, e.step_id, e.id, 'request body' FROM exchanges e "
        u"JOIN steps s ON s.id = e.step_id WHERE instr(e.request_body, ?) > 0 "
        u"UNION ALL SELECT s.run_id, e.step_id, e.id, 'response body' FROM exchanges e "
        u"JOIN steps s ON s.id = e.step_id WHERE instr(e.response_body, ?) > 0"
        u") hit JOIN runs r ON r.id = hit.run_id "
        u"ORDER BY r.started_at DESC, r.id DESC, hit.step_id, hit.exchange_id LIMIT ?"));
    for (int i = 0; i < 5; ++i)
        q.addBindValue(text);
    q.addBindValue(limit > 0 ? limit : -1);
    if (!q.exec())
        return fail(tr("Cannot search the run history"), q.lastError());
    constexpr int kFirst = HistoryRows::kRunColumnCount;
    while (q.next()) {
        SearchHit hit;
        hit.run = HistoryRows::readRun(q);
        hit.stepId = q.value(kFirst).toLongLong();
        hit.exchangeId = q.value(kFirst + 1).toLongLong();
        hit.field = q.value(kFirst + 2).toString();
        out.append(hit);
    }
    return out;
}

} // namespace rb
