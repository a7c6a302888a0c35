#include "HistoryDatabase.h"

#include "HistoryError.h"
#include "HistoryQueries.h"
#include "HistoryRows.h"
#include "HistoryTransaction.h"
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

// The queries log their failures here, as every other call does.
template<typename T>
Result<T> logged(Result<T> result)
{
    if (!result)
        return HistoryError::failure(result.error());
    return result;
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

Result<void> HistoryDatabase::open(const QString &path, OpenMode mode)
{
    close();
    {
        QMutexLocker lock(&m_mutex);
        m_path = path;
        m_mode = mode;
    }
    const bool readOnly = mode == OpenMode::ReadOnly;
    if (Result<void> usable = HistorySchema::checkFile(path, readOnly); !usable)
        return HistoryError::failure(usable.error());
    if (!readOnly)
        makePrivate(path);
    Result<void> prepared;
    {
        Result<QSqlDatabase> db = openConnection(connectionName());
        prepared = db ? HistorySchema::prepare(*db, path, readOnly) : db.failure();
    }
    if (!prepared) {
        close();
        return HistoryError::failure(prepared.error());
    }
    QMutexLocker lock(&m_mutex);
    m_open = true;
    qCDebug(lcHistory).noquote() << "opened" << path;
    return {};
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

// One connection per thread and instance: QSqlDatabase connections must stay on their thread.
QString HistoryDatabase::connectionName() const
{
    return QString(m_connectionPrefix %
                   QString::number(reinterpret_cast<quintptr>(QThread::currentThreadId()), 16));
}

Result<QSqlDatabase> HistoryDatabase::connection()
{
    if (!isOpen())
        return Failure{tr("The history database is not open.")};
    const QString name = connectionName();
    if (QSqlDatabase::contains(name)) {
        QSqlDatabase existing = QSqlDatabase::database(name, false);
        if (existing.isValid() && existing.isOpen())
            return existing;
        // Left behind by an ended thread whose id was reused.
        existing = QSqlDatabase();
        QSqlDatabase::removeDatabase(name);
        QMutexLocker lock(&m_mutex);
        m_connections.removeAll(name);
    }
    return openConnection(name);
}

Result<QSqlDatabase> HistoryDatabase::openConnection(const QString &name)
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
                q.exec(u"PRAGMA foreign_keys = ON"_s) && q.exec(u"PRAGMA synchronous = NORMAL"_s))
                return d;
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
    return HistoryError::failure(tr("Cannot open the history database"), m_path, error);
}

Result<int> HistoryDatabase::markInterrupted()
{
    const Result<QSqlDatabase> db = connection();
    if (!db)
        return db.failure();
    QSqlError error;
    HistoryTransaction tx(*db);
    if (!tx.begin(&error))
        return HistoryError::failure(tr("Cannot mark unfinished runs as interrupted"), m_path,
                                     error);
    QSqlQuery q(*db);
    if (!q.exec(u"UPDATE steps SET status = 'interrupted' WHERE status = 'running' AND run_id IN "
                u"(SELECT id FROM runs WHERE status = 'running')"_s))
        return HistoryError::failure(tr("Cannot mark unfinished runs as interrupted"), m_path,
                                     q.lastError());
    // The end is the last thing the run is known to have done.
    q.prepare(u"UPDATE runs SET status = 'interrupted', "
              u"ended_at = max(started_at, COALESCE((SELECT MAX(s.started_at + s.duration_ms) "
              u"FROM steps s WHERE s.run_id = runs.id AND s.started_at IS NOT NULL), "
              u"started_at)), "
              u"message = CASE WHEN message = '' THEN ? ELSE message END "
              u"WHERE status = 'running'"_s);
    q.addBindValue(tr("RosterBridge stopped before this run finished."));
    if (!q.exec())
        return HistoryError::failure(tr("Cannot mark unfinished runs as interrupted"), m_path,
                                     q.lastError());
    const int marked = q.numRowsAffected();
    if (!tx.commit(&error))
        return HistoryError::failure(tr("Cannot mark unfinished runs as interrupted"), m_path,
                                     error);
    if (marked > 0)
        qCInfo(lcHistory) << "marked" << marked << "unfinished run(s) as interrupted";
    return marked;
}

Result<int> HistoryDatabase::prune(const QString &profileId, int days)
{
    if (days < 0)
        return HistoryError::failure(tr("The retention period cannot be negative."));
    return pruneBefore(profileId, QDateTime::currentDateTimeUtc().addDays(-days));
}

Result<int> HistoryDatabase::pruneBefore(const QString &profileId, const QDateTime &cutoff)
{
    const Result<QSqlDatabase> db = connection();
    if (!db)
        return db.failure();
    QSqlError error;
    int deleted = 0;
    {
        HistoryTransaction tx(*db);
        if (!tx.begin(&error))
            return HistoryError::failure(tr("Cannot remove old runs"), m_path, error);
        QSqlQuery q(*db);
        // Steps, exchanges and zips go with their run (ON DELETE CASCADE).
        q.prepare(u"DELETE FROM runs WHERE profile_id = ? AND started_at < ? "
                  u"AND status <> 'running' AND id NOT IN ("
                  u"SELECT z.run_id FROM delivered_zips z JOIN runs r ON r.id = z.run_id "
                  u"WHERE r.profile_id = ? ORDER BY z.delivered_at DESC, z.id DESC LIMIT 1)"_s);
        q.addBindValue(profileId);
        q.addBindValue(HistoryRows::timeValue(cutoff));
        q.addBindValue(profileId);
        if (!q.exec())
            return HistoryError::failure(tr("Cannot remove old runs"), m_path, q.lastError());
        deleted = q.numRowsAffected();
        if (!tx.commit(&error))
            return HistoryError::failure(tr("Cannot remove old runs"), m_path, error);
    }
    QSqlQuery vacuum(*db);
    if (deleted > 0 && !vacuum.exec(u"PRAGMA incremental_vacuum"_s))
        qCWarning(lcHistory).noquote() << "incremental vacuum failed:" << vacuum.lastError().text();
    return deleted;
}

Result<QList<RunRecord>> HistoryDatabase::runs(const RunQuery &query)
{
    const Result<QSqlDatabase> db = connection();
    if (!db)
        return db.failure();
    return logged(HistoryQueries(*db, m_path).runs(query));
}

Result<std::optional<RunRecord>> HistoryDatabase::run(qint64 runId)
{
    const Result<QSqlDatabase> db = connection();
    if (!db)
        return db.failure();
    return logged(HistoryQueries(*db, m_path).run(runId));
}

Result<QList<StepRecord>> HistoryDatabase::steps(qint64 runId)
{
    const Result<QSqlDatabase> db = connection();
    if (!db)
        return db.failure();
    return logged(HistoryQueries(*db, m_path).steps(runId));
}

Result<QList<ExchangeRecord>> HistoryDatabase::exchanges(qint64 stepId)
{
    const Result<QSqlDatabase> db = connection();
    if (!db)
        return db.failure();
    return logged(HistoryQueries(*db, m_path).exchanges(stepId));
}

Result<std::optional<DeliveredZip>> HistoryDatabase::lastDeliveredZip(const QString &profileId)
{
    const Result<QSqlDatabase> db = connection();
    if (!db)
        return db.failure();
    return logged(HistoryQueries(*db, m_path).lastDeliveredZip(profileId));
}

Result<std::optional<DeliveredZip>> HistoryDatabase::deliveredZipOf(qint64 runId)
{
    const Result<QSqlDatabase> db = connection();
    if (!db)
        return db.failure();
    return logged(HistoryQueries(*db, m_path).deliveredZipOf(runId));
}

Result<std::optional<DeliveredZip>> HistoryDatabase::deliveredZipBefore(qint64 runId)
{
    const Result<QSqlDatabase> db = connection();
    if (!db)
        return db.failure();
    return logged(HistoryQueries(*db, m_path).deliveredZipBefore(runId));
}

Result<std::optional<QByteArray>> HistoryDatabase::decisionTrail(qint64 runId)
{
    const Result<QSqlDatabase> db = connection();
    if (!db)
        return db.failure();
    return logged(HistoryQueries(*db, m_path).decisionTrail(runId));
}

Result<qint64> HistoryDatabase::decisionTrailEntries(qint64 runId)
{
    const Result<QSqlDatabase> db = connection();
    if (!db)
        return db.failure();
    return logged(HistoryQueries(*db, m_path).decisionTrailEntries(runId));
}

Result<QList<SearchHit>> HistoryDatabase::search(const QString &text, int limit)
{
    if (text.isEmpty())
        return Failure{tr("Enter the text to search for.")};
    const Result<QSqlDatabase> db = connection();
    if (!db)
        return db.failure();
    return logged(HistoryQueries(*db, m_path).search(text, limit));
}

} // namespace rb
