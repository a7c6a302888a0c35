#include "HistoryDatabase.h"

#include "HistoryError.h"
#include "HistoryQueries.h"
#include "HistoryRows.h"
#include "HistoryTransaction.h"
#include "common/Hashing.h"
#include "common/PrivateFiles.h"

#include <QAtomicInteger>
#include <QMutexLocker>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace rb {

Q_LOGGING_CATEGORY(lcHistory, "rosterbridge.store.history")

namespace {

QAtomicInteger<quint64> s_nextInstance;

// SQLite creates a new database with its default mode (0644 less the umask), and its -wal,
// -shm and -journal files with the database's mode: so the database is made owner-only, or
// created empty and owner-only, before SQLite opens it. Files an older version left readable
// are restricted as well.
void makePrivate(const QString &path)
{
    PrivateFiles::createFile(path);
    for (const char *suffix : {"-wal", "-shm", "-journal"})
        PrivateFiles::restrictFile(path + QLatin1StringView(suffix));
}

} // namespace

HistoryDatabase::HistoryDatabase()
    : m_connectionPrefix(QString(u"rosterbridge.history."_s %
                                 QString::number(s_nextInstance.fetchAndAddRelaxed(1)) % u'.'))
{
}

HistoryDatabase::~HistoryDatabase()
{
    close();
}

bool HistoryDatabase::open(const QString &path, OpenMode mode)
{
    close();
    {
        QMutexLocker lock(&m_mutex);
        m_path = path;
        m_mode = mode;
        m_lastError.clear();
    }
    const bool readOnly = mode == OpenMode::ReadOnly;
    if (const QString problem = HistorySchema::checkFile(path, readOnly); !problem.isEmpty()) {
        setError(problem);
        return false;
    }
    if (!readOnly)
        makePrivate(path);
    bool ok = false;
    {
        QSqlDatabase db;
        QString error;
        ok = openConnection(&db, connectionName()) &&
             reported(HistorySchema::prepare(db, path, readOnly, &error), error);
    }
    if (!ok) {
        const QString error = lastError();
        close();
        setError(error);
        return false;
    }
    QMutexLocker lock(&m_mutex);
    m_open = true;
    m_lastError.clear();
    qCDebug(lcHistory).noquote() << "opened" << path;
    return true;
}

void HistoryDatabase::close()
{
    QStringList names;
    {
        QMutexLocker lock(&m_mutex);
        names.swap(m_connections);
        m_open = false;
    }
    for (const QString &name : std::as_const(names))
        QSqlDatabase::removeDatabase(name);
}

bool HistoryDatabase::isOpen() const
{
    QMutexLocker lock(&m_mutex);
    return m_open;
}

QString HistoryDatabase::lastError() const
{
    QMutexLocker lock(&m_mutex);
    return m_lastError;
}

void HistoryDatabase::setRecordingPolicy(const RecordingPolicy &policy)
{
    QMutexLocker lock(&m_mutex);
    m_policy = policy;
}

RecordingPolicy HistoryDatabase::recordingPolicy() const
{
    QMutexLocker lock(&m_mutex);
    return m_policy;
}

void HistoryDatabase::setError(const QString &message)
{
    qCWarning(lcHistory).noquote() << message;
    QMutexLocker lock(&m_mutex);
    m_lastError = message;
}

bool HistoryDatabase::fail(const QString &what, const QSqlError &error)
{
    setError(HistoryError::message(what, m_path, error));
    return false;
}

bool HistoryDatabase::reported(bool ok, const QString &error)
{
    if (!ok)
        setError(error);
    return ok;
}

// One connection per thread and instance: QSqlDatabase connections must stay on their thread.
QString HistoryDatabase::connectionName() const
{
    return QString(m_connectionPrefix %
                   QString::number(reinterpret_cast<quintptr>(QThread::currentThreadId()), 16));
}

bool HistoryDatabase::connection(QSqlDatabase *db)
{
    {
        QMutexLocker lock(&m_mutex);
        if (!m_open) {
            m_lastError = tr("The history database is not open.");
            return false;
        }
    }
    const QString name = connectionName();
    if (QSqlDatabase::contains(name)) {
        QSqlDatabase existing = QSqlDatabase::database(name, false);
        if (existing.isValid() && existing.isOpen()) {
            *db = existing;
            return true;
        }
        // Left behind by an ended thread whose id was reused.
        existing = QSqlDatabase();
        QSqlDatabase::removeDatabase(name);
        QMutexLocker lock(&m_mutex);
        m_connections.removeAll(name);
    }
    return openConnection(db, name);
}

bool HistoryDatabase::openConnection(QSqlDatabase *db, const QString &name)
{
    QSqlError error;
    {
        QSqlDatabase d = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        {
            QMutexLocker lock(&m_mutex);
            m_connections.append(name);
        }
        d.setDatabaseName(m_path);
        d.setConnectOptions(m_mode == OpenMode::ReadOnly
                                ? u"QSQLITE_BUSY_TIMEOUT=5000;QSQLITE_OPEN_READONLY"_s
                                : u"QSQLITE_BUSY_TIMEOUT=5000"_s);
        if (d.open()) {
            QSqlQuery q(d);
            // Read first: a damaged file is refused before anything could write to it.
            if (q.exec(u"SELECT count(*) FROM sqlite_master"_s) &&
                q.exec(u"PRAGMA foreign_keys = ON"_s) && q.exec(u"PRAGMA synchronous = NORMAL"_s)) {
                *db = d;
                return true;
            }
            error = q.lastError();
        } else {
            error = d.lastError();
        }
    }
    QSqlDatabase::removeDatabase(name);
    {
        QMutexLocker lock(&m_mutex);
        m_connections.removeAll(name);
    }
    return fail(tr("Cannot open the history database"), error);
}

qint64 HistoryDatabase::beginRun(const QString &profileId, RunTrigger trigger,
                                 const QDateTime &startedAt)
{
    QSqlDatabase db;
    if (!connection(&db))
        return 0;
    QSqlQuery q(db);
    q.prepare(u"INSERT INTO runs (profile_id, triggered_by, started_at, status) "
              u"VALUES (?, ?, ?, 'running')"_s);
    q.addBindValue(HistoryRows::nonNull(profileId));
    q.addBindValue(runTriggerName(trigger));
    q.addBindValue(
        HistoryRows::timeValue(startedAt.isValid() ? startedAt : QDateTime::currentDateTimeUtc()));
    if (!q.exec()) {
        fail(tr("Cannot record the start of a run"), q.lastError());
        return 0;
    }
    return q.lastInsertId().toLongLong();
}

bool HistoryDatabase::finishRun(qint64 runId, RunStatus status, const QJsonObject &counts,
                                const QString &message)
{
    if (status == RunStatus::Running) {
        setError(tr("A run cannot finish with the status \"running\"."));
        return false;
    }
    QSqlDatabase db;
    if (!connection(&db))
        return false;
    const Redactor redactor = recordingPolicy().redactor;
    QSqlQuery q(db);
    q.prepare(u"UPDATE runs SET status = ?, ended_at = ?, counts = ?, message = ? "
              u"WHERE id = ? AND status = 'running'"_s);
    q.addBindValue(runStatusName(status));
    q.addBindValue(HistoryRows::timeValue(QDateTime::currentDateTimeUtc()));
    q.addBindValue(HistoryRows::jsonText(counts));
    q.addBindValue(HistoryRows::nonNull(redactor.redactText(message)));
    q.addBindValue(runId);
    if (!q.exec())
        return fail(tr("Cannot record the end of run %1").arg(runId), q.lastError());
    if (q.numRowsAffected() != 1) {
        setError(tr("Run %1 does not exist or has already finished.").arg(runId));
        return false;
    }
    return true;
}

qint64 HistoryDatabase::addStep(qint64 runId, const StepRecord &step)
{
    QSqlDatabase db;
    if (!connection(&db))
        return 0;
    const Redactor redactor = recordingPolicy().redactor;
    QSqlQuery q(db);
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
    q.addBindValue(HistoryRows::jsonText(step.counts));
    q.addBindValue(HistoryRows::nonNull(redactor.redactText(step.message)));
    if (!q.exec()) {
        fail(tr("Cannot record the step \"%1\" of run %2").arg(step.name).arg(runId),
             q.lastError());
        return 0;
    }
    return q.lastInsertId().toLongLong();
}

bool HistoryDatabase::finishStep(qint64 stepId, StepStatus status, qint64 durationMs,
                                 const QJsonObject &counts, const QString &message)
{
    QSqlDatabase db;
    if (!connection(&db))
        return false;
    const Redactor redactor = recordingPolicy().redactor;
    QSqlQuery q(db);
    q.prepare(u"UPDATE steps SET status = ?, duration_ms = ?, counts = ?, message = ? "
              u"WHERE id = ?"_s);
    q.addBindValue(stepStatusName(status));
    q.addBindValue(durationMs);
    q.addBindValue(HistoryRows::jsonText(counts));
    q.addBindValue(HistoryRows::nonNull(redactor.redactText(message)));
    q.addBindValue(stepId);
    if (!q.exec())
        return fail(tr("Cannot record the end of step %1").arg(stepId), q.lastError());
    if (q.numRowsAffected() != 1) {
        setError(tr("Step %1 does not exist.").arg(stepId));
        return false;
    }
    return true;
}

bool HistoryDatabase::addExchanges(qint64 stepId, const QList<ExchangeRecord> &exchanges)
{
    if (exchanges.isEmpty())
        return true;
    QSqlDatabase db;
    if (!connection(&db))
        return false;
    const RecordingPolicy policy = recordingPolicy();
    QSqlError error;
    HistoryTransaction tx(db);
    if (!tx.begin(&error))
        return fail(tr("Cannot record the exchanges of step %1").arg(stepId), error);
    QSqlQuery q(db);
    q.prepare(u"SELECT COALESCE(MAX(ordinal), 0) FROM exchanges WHERE step_id = ?"_s);
    q.addBindValue(stepId);
    if (!q.exec() || !q.next())
        return fail(tr("Cannot record the exchanges of step %1").arg(stepId), q.lastError());
    int ordinal = q.value(0).toInt();
    q.finish();
    q.prepare(HistoryRows::exchangeInsert());
    for (const ExchangeRecord &e : exchanges) {
        HistoryRows::bindExchange(q, stepId, ++ordinal, HistoryRows::kept(e, policy));
        if (!q.exec())
            return fail(tr("Cannot record the exchanges of step %1").arg(stepId), q.lastError());
    }
    q.finish();
    if (!tx.commit(&error))
        return fail(tr("Cannot record the exchanges of step %1").arg(stepId), error);
    return true;
}

bool HistoryDatabase::storeDeliveredZip(qint64 runId, const QString &fileName,
                                        const QByteArray &content)
{
    QSqlDatabase db;
    if (!connection(&db))
        return false;
    QSqlQuery q(db);
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
        return fail(tr("Cannot keep the delivered zip %1 of run %2").arg(fileName).arg(runId),
                    q.lastError());
    return true;
}

bool HistoryDatabase::markInterrupted(int *count)
{
    if (count)
        *count = 0;
    QSqlDatabase db;
    if (!connection(&db))
        return false;
    QSqlError error;
    HistoryTransaction tx(db);
    if (!tx.begin(&error))
        return fail(tr("Cannot mark unfinished runs as interrupted"), error);
    QSqlQuery q(db);
    if (!q.exec(u"UPDATE steps SET status = 'interrupted' WHERE status = 'running' AND run_id IN "
                u"(SELECT id FROM runs WHERE status = 'running')"_s))
        return fail(tr("Cannot mark unfinished runs as interrupted"), q.lastError());
    // The end is the last thing the run is known to have done.
    q.prepare(u"UPDATE runs SET status = 'interrupted', "
              u"ended_at = max(started_at, COALESCE((SELECT MAX(s.started_at + s.duration_ms) "
              u"FROM steps s WHERE s.run_id = runs.id AND s.started_at IS NOT NULL), "
              u"started_at)), "
              u"message = CASE WHEN message = '' THEN ? ELSE message END "
              u"WHERE status = 'running'"_s);
    q.addBindValue(tr("RosterBridge stopped before this run finished."));
    if (!q.exec())
        return fail(tr("Cannot mark unfinished runs as interrupted"), q.lastError());
    const int marked = q.numRowsAffected();
    if (!tx.commit(&error))
        return fail(tr("Cannot mark unfinished runs as interrupted"), error);
    if (marked > 0)
        qCInfo(lcHistory) << "marked" << marked << "unfinished run(s) as interrupted";
    if (count)
        *count = marked;
    return true;
}

bool HistoryDatabase::prune(const QString &profileId, int days, int *removed)
{
    if (days < 0) {
        if (removed)
            *removed = 0;
        setError(tr("The retention period cannot be negative."));
        return false;
    }
    return pruneBefore(profileId, QDateTime::currentDateTimeUtc().addDays(-days), removed);
}

bool HistoryDatabase::pruneBefore(const QString &profileId, const QDateTime &cutoff, int *removed)
{
    if (removed)
        *removed = 0;
    QSqlDatabase db;
    if (!connection(&db))
        return false;
    QSqlError error;
    int deleted = 0;
    {
        HistoryTransaction tx(db);
        if (!tx.begin(&error))
            return fail(tr("Cannot remove old runs"), error);
        QSqlQuery q(db);
        // Steps, exchanges and zips go with their run (ON DELETE CASCADE).
        q.prepare(u"DELETE FROM runs WHERE profile_id = ? AND started_at < ? "
                  u"AND status <> 'running' AND id NOT IN ("
                  u"SELECT z.run_id FROM delivered_zips z JOIN runs r ON r.id = z.run_id "
                  u"WHERE r.profile_id = ? ORDER BY z.delivered_at DESC, z.id DESC LIMIT 1)"_s);
        q.addBindValue(profileId);
        q.addBindValue(HistoryRows::timeValue(cutoff));
        q.addBindValue(profileId);
        if (!q.exec())
            return fail(tr("Cannot remove old runs"), q.lastError());
        deleted = q.numRowsAffected();
        if (!tx.commit(&error))
            return fail(tr("Cannot remove old runs"), error);
    }
    QSqlQuery vacuum(db);
    if (deleted > 0 && !vacuum.exec(u"PRAGMA incremental_vacuum"_s))
        qCWarning(lcHistory).noquote() << "incremental vacuum failed:" << vacuum.lastError().text();
    if (removed)
        *removed = deleted;
    return true;
}

bool HistoryDatabase::runs(const RunQuery &query, QList<RunRecord> *out)
{
    out->clear();
    QSqlDatabase db;
    QString error;
    return connection(&db) && reported(HistoryQueries(db, m_path).runs(query, out, &error), error);
}

bool HistoryDatabase::run(qint64 runId, std::optional<RunRecord> *out)
{
    out->reset();
    QSqlDatabase db;
    QString error;
    return connection(&db) && reported(HistoryQueries(db, m_path).run(runId, out, &error), error);
}

bool HistoryDatabase::steps(qint64 runId, QList<StepRecord> *out)
{
    out->clear();
    QSqlDatabase db;
    QString error;
    return connection(&db) && reported(HistoryQueries(db, m_path).steps(runId, out, &error), error);
}

bool HistoryDatabase::exchanges(qint64 stepId, QList<ExchangeRecord> *out)
{
    out->clear();
    QSqlDatabase db;
    QString error;
    return connection(&db) &&
           reported(HistoryQueries(db, m_path).exchanges(stepId, out, &error), error);
}

bool HistoryDatabase::lastDeliveredZip(const QString &profileId, std::optional<DeliveredZip> *out)
{
    out->reset();
    QSqlDatabase db;
    QString error;
    return connection(&db) &&
           reported(HistoryQueries(db, m_path).lastDeliveredZip(profileId, out, &error), error);
}

bool HistoryDatabase::search(const QString &text, QList<SearchHit> *out, int limit)
{
    out->clear();
    if (text.isEmpty()) {
        setError(tr("Enter the text to search for."));
        return false;
    }
    QSqlDatabase db;
    QString error;
    return connection(&db) &&
           reported(HistoryQueries(db, m_path).search(text, out, limit, &error), error);
}

} // namespace rb
