#include "HistoryDatabase.h"

#include <QAtomicInteger>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QMutexLocker>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QUrl>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace rb {

Q_LOGGING_CATEGORY(lcHistory, "rosterbridge.store.history")

namespace {

QAtomicInteger<quint64> s_nextInstance;

// SQLite primary result codes (the driver reports extended codes; the low byte is the primary).
constexpr int kSqliteBusy = 5;
constexpr int kSqliteLocked = 6;
constexpr int kSqliteReadOnly = 8;
constexpr int kSqliteIoErr = 10;
constexpr int kSqliteCorrupt = 11;
constexpr int kSqliteFull = 13;
constexpr int kSqliteCantOpen = 14;
constexpr int kSqliteNotADb = 26;

const QString kRunColumns =
    u"r.id, r.profile_id, r.triggered_by, r.started_at, r.ended_at, r.status, r.counts, "
    u"r.message"_s;
constexpr int kRunColumnCount = 8;

QVariant timeValue(const QDateTime &time)
{
    // An invalid QVariant binds as NULL.
    return time.isValid() ? QVariant(time.toMSecsSinceEpoch()) : QVariant();
}

QDateTime timeFrom(const QVariant &value)
{
    return value.isNull() ? QDateTime()
                          : QDateTime::fromMSecsSinceEpoch(value.toLongLong(), Qt::UTC);
}

// A null QString binds as NULL; the text columns are NOT NULL.
QString nonNull(const QString &text)
{
    return text.isNull() ? u""_s : text;
}

QString jsonText(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QJsonObject jsonObject(const QVariant &value)
{
    return QJsonDocument::fromJson(value.toString().toUtf8()).object();
}

// Header bytes are kept as Latin-1 so that any byte survives the round trip.
QString headersText(const RawHeaders &headers)
{
    QJsonArray array;
    for (const auto &[name, value] : headers)
        array.append(QJsonArray{QString::fromLatin1(name), QString::fromLatin1(value)});
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

RawHeaders headersFrom(const QVariant &value)
{
    RawHeaders headers;
    const QJsonArray array = QJsonDocument::fromJson(value.toString().toUtf8()).array();
    for (const QJsonValue &item : array) {
        const QJsonArray pair = item.toArray();
        headers.append({pair.at(0).toString().toLatin1(), pair.at(1).toString().toLatin1()});
    }
    return headers;
}

RunRecord readRun(const QSqlQuery &q, int first = 0)
{
    RunRecord r;
    r.id = q.value(first).toLongLong();
    r.profileId = q.value(first + 1).toString();
    r.trigger = runTriggerFromName(q.value(first + 2).toString()).value_or(RunTrigger::Manual);
    r.startedAt = timeFrom(q.value(first + 3));
    r.endedAt = timeFrom(q.value(first + 4));
    r.status = runStatusFromName(q.value(first + 5).toString()).value_or(RunStatus::Failed);
    r.counts = jsonObject(q.value(first + 6));
    r.message = q.value(first + 7).toString();
    return r;
}

// BEGIN IMMEDIATE takes the write lock up front, so a second writer waits for the busy
// timeout instead of failing halfway through; rolled back unless committed.
class WriteTransaction
{
public:
    explicit WriteTransaction(const QSqlDatabase &db)
        : m_db(db)
    {
    }
    ~WriteTransaction()
    {
        if (m_active) {
            QSqlQuery q(m_db);
            if (!q.exec(u"ROLLBACK"_s))
                qCWarning(lcHistory).noquote() << "rollback failed:" << q.lastError().text();
        }
    }
    WriteTransaction(const WriteTransaction &) = delete;
    WriteTransaction &operator=(const WriteTransaction &) = delete;

    bool begin(QSqlError *error)
    {
        QSqlQuery q(m_db);
        if (!q.exec(u"BEGIN IMMEDIATE"_s)) {
            *error = q.lastError();
            return false;
        }
        m_active = true;
        return true;
    }
    bool commit(QSqlError *error)
    {
        QSqlQuery q(m_db);
        if (!q.exec(u"COMMIT"_s)) {
            *error = q.lastError();
            return false;
        }
        m_active = false;
        return true;
    }

private:
    QSqlDatabase m_db;
    bool m_active = false;
};

const char *const kSchemaV1[] = {
    R"(CREATE TABLE runs (
        id INTEGER PRIMARY KEY,
        profile_id TEXT NOT NULL,
        triggered_by TEXT NOT NULL
            CHECK (triggered_by IN ('schedule', 'manual', 'watch', 'cli')),
        started_at INTEGER NOT NULL,
        ended_at INTEGER,
        status TEXT NOT NULL CHECK (status IN ('running', 'success', 'failed', 'held',
                                                'dryrun', 'cancelled', 'interrupted')),
        counts TEXT NOT NULL DEFAULT '{}',
        message TEXT NOT NULL DEFAULT ''))",
    "CREATE INDEX runs_by_profile ON runs (profile_id, started_at)",
    "CREATE INDEX runs_by_status ON runs (status)",
    R"(CREATE TABLE steps (
        id INTEGER PRIMARY KEY,
        run_id INTEGER NOT NULL REFERENCES runs (id) ON DELETE CASCADE,
        ordinal INTEGER NOT NULL,
        name TEXT NOT NULL,
        status TEXT NOT NULL,
        started_at INTEGER,
        duration_ms INTEGER NOT NULL DEFAULT 0,
        counts TEXT NOT NULL DEFAULT '{}',
        message TEXT NOT NULL DEFAULT '',
        UNIQUE (run_id, ordinal)))",
    R"(CREATE TABLE exchanges (
        id INTEGER PRIMARY KEY,
        step_id INTEGER NOT NULL REFERENCES steps (id) ON DELETE CASCADE,
        ordinal INTEGER NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('http', 'sftp', 'file')),
        operation TEXT NOT NULL,
        target TEXT NOT NULL,
        status INTEGER NOT NULL DEFAULT 0,
        ok INTEGER NOT NULL DEFAULT 0,
        started_at INTEGER,
        duration_ms INTEGER NOT NULL DEFAULT 0,
        bytes INTEGER NOT NULL DEFAULT 0,
        error TEXT NOT NULL DEFAULT '',
        request_headers TEXT NOT NULL DEFAULT '[]',
        request_body BLOB,
        request_body_truncated INTEGER NOT NULL DEFAULT 0,
        response_headers TEXT NOT NULL DEFAULT '[]',
        response_body BLOB,
        response_body_truncated INTEGER NOT NULL DEFAULT 0))",
    "CREATE INDEX exchanges_by_step ON exchanges (step_id, ordinal)",
    R"(CREATE TABLE delivered_zips (
        id INTEGER PRIMARY KEY,
        run_id INTEGER NOT NULL REFERENCES runs (id) ON DELETE CASCADE,
        file_name TEXT NOT NULL,
        bytes INTEGER NOT NULL,
        sha256 TEXT NOT NULL,
        delivered_at INTEGER NOT NULL,
        content BLOB NOT NULL))",
    "CREATE INDEX delivered_zips_by_run ON delivered_zips (run_id)",
};

const QStringList kTables = {u"runs"_s, u"steps"_s, u"exchanges"_s, u"delivered_zips"_s};

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
    const QFileInfo info(path);
    if (info.exists()) {
        if (info.isDir()) {
            setError(tr("The history database %1 is a folder, not a file.").arg(path));
            return false;
        }
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            setError(
                tr("The history database %1 cannot be read: %2.").arg(path, file.errorString()));
            return false;
        }
        // Checked before SQLite sees the file, so that nothing is ever written to a file that
        // is not ours.
        const QByteArray head = file.read(16);
        if (info.size() > 0 && head != QByteArray("SQLite format 3\0", 16)) {
            setError(tr("The file %1 is not a RosterBridge history database or it is damaged. It "
                        "was left as it is; move it away to start a new history.")
                         .arg(path));
            return false;
        }
        if (mode == OpenMode::ReadWrite && !info.isWritable()) {
            setError(tr("The history database %1 is read-only, so runs cannot be recorded. "
                        "Check the file's permissions and the disk it is on.")
                         .arg(path));
            return false;
        }
    } else {
        if (mode == OpenMode::ReadOnly) {
            setError(tr("The history database %1 does not exist.").arg(path));
            return false;
        }
        if (!QDir().mkpath(info.absolutePath())) {
            setError(tr("The folder %1 for the history database cannot be created.")
                         .arg(info.absolutePath()));
            return false;
        }
    }
    // The write-ahead log lives next to the database.
    if (mode == OpenMode::ReadWrite && !QFileInfo(info.absolutePath()).isWritable()) {
        setError(tr("The folder %1 of the history database is read-only, so runs cannot be "
                    "recorded.")
                     .arg(info.absolutePath()));
        return false;
    }

    const QString name =
        QString(m_connectionPrefix %
                QString::number(reinterpret_cast<quintptr>(QThread::currentThreadId()), 16));
    bool ok = false;
    {
        QSqlDatabase db;
        ok = openConnection(&db, name) && validateAndMigrate(db);
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

QString HistoryDatabase::describe(const QSqlError &error) const
{
    QString reason;
    switch (error.nativeErrorCode().toInt() & 0xff) {
    case kSqliteReadOnly:
        reason = tr("the file or its folder is read-only");
        break;
    case kSqliteFull:
        reason = tr("the disk is full");
        break;
    case kSqliteCorrupt:
    case kSqliteNotADb:
        reason = tr("the file is damaged or is not a history database; it was left as it is, "
                    "move it away to start a new history");
        break;
    case kSqliteBusy:
    case kSqliteLocked:
        reason = tr("another RosterBridge kept the database busy");
        break;
    case kSqliteCantOpen:
        reason = tr("the file cannot be opened");
        break;
    case kSqliteIoErr:
        reason = tr("the disk reported an error");
        break;
    default:
        return error.text();
    }
    return QString(reason % u" (" % error.text() % u')');
}

bool HistoryDatabase::fail(const QString &what, const QSqlError &error)
{
    setError(tr("%1 in %2: %3.").arg(what, m_path, describe(error)));
    return false;
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
    const QString name =
        QString(m_connectionPrefix %
                QString::number(reinterpret_cast<quintptr>(QThread::currentThreadId()), 16));
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

bool HistoryDatabase::validateAndMigrate(QSqlDatabase &db)
{
    QSqlQuery q(db);
    if (!q.exec(u"PRAGMA user_version"_s) || !q.next())
        return fail(tr("Cannot read the history database's version"), q.lastError());
    const int version = q.value(0).toInt();
    if (version > kSchemaVersion) {
        setError(tr("The history database %1 was written by a newer RosterBridge (schema %2, "
                    "this version reads up to %3). It was left as it is.")
                     .arg(m_path)
                     .arg(version)
                     .arg(kSchemaVersion));
        return false;
    }
    QStringList tables;
    if (!q.exec(
            u"SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"_s))
        return fail(tr("Cannot read the history database's tables"), q.lastError());
    while (q.next())
        tables.append(q.value(0).toString());
    q.finish();
    if (version == 0 && !tables.isEmpty()) {
        setError(tr("The file %1 is an SQLite database but not a RosterBridge history. It was left "
                    "as it is.")
                     .arg(m_path));
        return false;
    }
    if (version > 0) {
        for (const QString &table : kTables) {
            if (!tables.contains(table)) {
                setError(tr("The history database %1 is damaged: the table %2 is missing. It was "
                            "left as it is; move it away to start a new history.")
                             .arg(m_path, table));
                return false;
            }
        }
    }
    if (m_mode == OpenMode::ReadOnly) {
        if (version < kSchemaVersion) {
            setError(tr("The history database %1 needs an upgrade, which cannot be done while "
                        "it is opened read-only.")
                         .arg(m_path));
            return false;
        }
        return true;
    }

    // Zips are large: let prune() give their pages back to the disk. Only possible before the
    // first table exists.
    if (version == 0 && !q.exec(u"PRAGMA auto_vacuum = INCREMENTAL"_s))
        return fail(tr("Cannot prepare the history database"), q.lastError());
    if (!q.exec(u"PRAGMA journal_mode = WAL"_s) || !q.next())
        return fail(tr("Cannot switch the history database to write-ahead logging"), q.lastError());
    if (q.value(0).toString().compare(u"wal"_s, Qt::CaseInsensitive) != 0)
        qCWarning(lcHistory).noquote()
            << "write-ahead logging unavailable, journal mode is" << q.value(0).toString();
    q.finish();

    for (int next = version + 1; next <= kSchemaVersion; ++next) {
        QSqlError error;
        WriteTransaction tx(db);
        if (!tx.begin(&error))
            return fail(tr("Cannot upgrade the history database"), error);
        bool migrated = false;
        switch (next) {
        case 1:
            migrated = migrateTo1(db);
            break;
        default:
            break;
        }
        if (!migrated)
            return false;
        // user_version lives in the file header and changes with the transaction.
        QSqlQuery set(db);
        if (!set.exec(QString(u"PRAGMA user_version = "_s % QString::number(next))))
            return fail(tr("Cannot upgrade the history database"), set.lastError());
        if (!tx.commit(&error))
            return fail(tr("Cannot upgrade the history database"), error);
        qCInfo(lcHistory).noquote() << "history schema now at version" << next;
    }

    // Proves the file can be written now rather than at the end of the first run.
    QSqlError error;
    WriteTransaction probe(db);
    if (!probe.begin(&error) || !probe.commit(&error))
        return fail(tr("Cannot write to the history database"), error);
    return true;
}

bool HistoryDatabase::migrateTo1(QSqlDatabase &db)
{
    QSqlQuery q(db);
    for (const char *statement : kSchemaV1) {
        if (!q.exec(QString::fromUtf8(statement)))
            return fail(tr("Cannot create the history tables"), q.lastError());
    }
    return true;
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
    q.addBindValue(nonNull(profileId));
    q.addBindValue(runTriggerName(trigger));
    q.addBindValue(timeValue(startedAt.isValid() ? startedAt : QDateTime::currentDateTimeUtc()));
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
    q.addBindValue(timeValue(QDateTime::currentDateTimeUtc()));
    q.addBindValue(jsonText(counts));
    q.addBindValue(nonNull(redactor.redactText(message)));
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
    q.addBindValue(nonNull(step.name));
    q.addBindValue(nonNull(step.status));
    q.addBindValue(timeValue(step.startedAt));
    q.addBindValue(step.durationMs);
    q.addBindValue(jsonText(step.counts));
    q.addBindValue(nonNull(redactor.redactText(step.message)));
    if (!q.exec()) {
        fail(tr("Cannot record the step \"%1\" of run %2").arg(step.name).arg(runId),
             q.lastError());
        return 0;
    }
    return q.lastInsertId().toLongLong();
}

bool HistoryDatabase::finishStep(qint64 stepId, const QString &status, qint64 durationMs,
                                 const QJsonObject &counts, const QString &message)
{
    QSqlDatabase db;
    if (!connection(&db))
        return false;
    const Redactor redactor = recordingPolicy().redactor;
    QSqlQuery q(db);
    q.prepare(u"UPDATE steps SET status = ?, duration_ms = ?, counts = ?, message = ? "
              u"WHERE id = ?"_s);
    q.addBindValue(nonNull(status));
    q.addBindValue(durationMs);
    q.addBindValue(jsonText(counts));
    q.addBindValue(nonNull(redactor.redactText(message)));
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
    const Redactor &redactor = policy.redactor;
    const qsizetype cap = qMax<qsizetype>(policy.bodyCap, 0);
    // Redact before capping, so that a cut never leaves half a secret behind.
    auto keepBody = [&](const QByteArray &body, bool *truncated) {
        if (!policy.saveBodies) {
            *truncated = false;
            return QByteArray();
        }
        QByteArray kept = redactor.redactBody(body);
        if (kept.size() > cap) {
            kept.truncate(cap);
            *truncated = true;
        }
        return kept;
    };
    auto redactHeaders = [&](RawHeaders headers) {
        for (auto &[name, value] : headers)
            value = redactor.redactHeader(name, value);
        return headers;
    };

    QSqlError error;
    WriteTransaction tx(db);
    if (!tx.begin(&error))
        return fail(tr("Cannot record the exchanges of step %1").arg(stepId), error);
    QSqlQuery q(db);
    q.prepare(u"SELECT COALESCE(MAX(ordinal), 0) FROM exchanges WHERE step_id = ?"_s);
    q.addBindValue(stepId);
    if (!q.exec() || !q.next())
        return fail(tr("Cannot record the exchanges of step %1").arg(stepId), q.lastError());
    int ordinal = q.value(0).toInt();
    q.finish();
    q.prepare(u"INSERT INTO exchanges (step_id, ordinal, kind, operation, target, status, ok, "
              u"started_at, duration_ms, bytes, error, request_headers, request_body, "
              u"request_body_truncated, response_headers, response_body, "
              u"response_body_truncated) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
              u"?)"_s);
    for (const ExchangeRecord &e : exchanges) {
        bool requestTruncated = e.requestBodyTruncated;
        bool responseTruncated = e.responseBodyTruncated;
        const QByteArray requestBody = keepBody(e.requestBody, &requestTruncated);
        const QByteArray responseBody = keepBody(e.responseBody, &responseTruncated);
        const QString target =
            e.kind == ExchangeKind::Http
                ? redactor.redactUrl(QUrl(e.target, QUrl::TolerantMode)).toString()
                : redactor.redactText(e.target);
        q.addBindValue(stepId);
        q.addBindValue(++ordinal);
        q.addBindValue(exchangeKindName(e.kind));
        q.addBindValue(nonNull(e.operation));
        q.addBindValue(nonNull(target));
        q.addBindValue(e.status);
        q.addBindValue(e.ok ? 1 : 0);
        q.addBindValue(timeValue(e.startedAt));
        q.addBindValue(e.durationMs);
        q.addBindValue(e.bytes);
        q.addBindValue(nonNull(redactor.redactText(e.error)));
        q.addBindValue(headersText(redactHeaders(e.requestHeaders)));
        q.addBindValue(requestBody);
        q.addBindValue(requestTruncated ? 1 : 0);
        q.addBindValue(headersText(redactHeaders(e.responseHeaders)));
        q.addBindValue(responseBody);
        q.addBindValue(responseTruncated ? 1 : 0);
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
    q.addBindValue(nonNull(fileName));
    q.addBindValue(qint64(content.size()));
    q.addBindValue(
        QString::fromLatin1(QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex()));
    q.addBindValue(timeValue(QDateTime::currentDateTimeUtc()));
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
    WriteTransaction tx(db);
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
        WriteTransaction tx(db);
        if (!tx.begin(&error))
            return fail(tr("Cannot remove old runs"), error);
        QSqlQuery q(db);
        // Steps, exchanges and zips go with their run (ON DELETE CASCADE).
        q.prepare(u"DELETE FROM runs WHERE profile_id = ? AND started_at < ? "
                  u"AND status <> 'running' AND id NOT IN ("
                  u"SELECT z.run_id FROM delivered_zips z JOIN runs r ON r.id = z.run_id "
                  u"WHERE r.profile_id = ? ORDER BY z.delivered_at DESC, z.id DESC LIMIT 1)"_s);
        q.addBindValue(profileId);
        q.addBindValue(timeValue(cutoff));
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
    if (!connection(&db))
        return false;
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
        values.append(timeValue(query.from));
    }
    if (query.to.isValid()) {
        where.append(u"r.started_at < ?"_s);
        values.append(timeValue(query.to));
    }
    const QString sql =
        QString(u"SELECT " % kRunColumns % u" FROM runs r" %
                (where.isEmpty() ? QString() : QString(u" WHERE " % where.join(u" AND "_s))) %
                u" ORDER BY r.started_at DESC, r.id DESC LIMIT ? OFFSET ?");
    values.append(query.limit > 0 ? query.limit : -1);
    values.append(qMax(query.offset, 0));
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(sql);
    for (const QVariant &value : std::as_const(values))
        q.addBindValue(value);
    if (!q.exec())
        return fail(tr("Cannot read the run history"), q.lastError());
    while (q.next())
        out->append(readRun(q));
    return true;
}

bool HistoryDatabase::run(qint64 runId, std::optional<RunRecord> *out)
{
    out->reset();
    QSqlDatabase db;
    if (!connection(&db))
        return false;
    QSqlQuery q(db);
    q.prepare(QString(u"SELECT " % kRunColumns % u" FROM runs r WHERE r.id = ?"));
    q.addBindValue(runId);
    if (!q.exec())
        return fail(tr("Cannot read run %1").arg(runId), q.lastError());
    if (q.next())
        *out = readRun(q);
    return true;
}

bool HistoryDatabase::steps(qint64 runId, QList<StepRecord> *out)
{
    out->clear();
    QSqlDatabase db;
    if (!connection(&db))
        return false;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(u"SELECT id, run_id, ordinal, name, status, started_at, duration_ms, counts, "
              u"message FROM steps WHERE run_id = ? ORDER BY ordinal"_s);
    q.addBindValue(runId);
    if (!q.exec())
        return fail(tr("Cannot read the steps of run %1").arg(runId), q.lastError());
    while (q.next()) {
        StepRecord s;
        s.id = q.value(0).toLongLong();
        s.runId = q.value(1).toLongLong();
        s.ordinal = q.value(2).toInt();
        s.name = q.value(3).toString();
        s.status = q.value(4).toString();
        s.startedAt = timeFrom(q.value(5));
        s.durationMs = q.value(6).toLongLong();
        s.counts = jsonObject(q.value(7));
        s.message = q.value(8).toString();
        out->append(s);
    }
    return true;
}

bool HistoryDatabase::exchanges(qint64 stepId, QList<ExchangeRecord> *out)
{
    out->clear();
    QSqlDatabase db;
    if (!connection(&db))
        return false;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(u"SELECT id, step_id, kind, operation, target, status, ok, started_at, "
              u"duration_ms, bytes, error, request_headers, request_body, "
              u"request_body_truncated, response_headers, response_body, "
              u"response_body_truncated FROM exchanges WHERE step_id = ? ORDER BY ordinal"_s);
    q.addBindValue(stepId);
    if (!q.exec())
        return fail(tr("Cannot read the exchanges of step %1").arg(stepId), q.lastError());
    while (q.next()) {
        ExchangeRecord e;
        e.id = q.value(0).toLongLong();
        e.stepId = q.value(1).toLongLong();
        e.kind = exchangeKindFromName(q.value(2).toString()).value_or(ExchangeKind::Http);
        e.operation = q.value(3).toString();
        e.target = q.value(4).toString();
        e.status = q.value(5).toInt();
        e.ok = q.value(6).toInt() != 0;
        e.startedAt = timeFrom(q.value(7));
        e.durationMs = q.value(8).toLongLong();
        e.bytes = q.value(9).toLongLong();
        e.error = q.value(10).toString();
        e.requestHeaders = headersFrom(q.value(11));
        e.requestBody = q.value(12).toByteArray();
        e.requestBodyTruncated = q.value(13).toInt() != 0;
        e.responseHeaders = headersFrom(q.value(14));
        e.responseBody = q.value(15).toByteArray();
        e.responseBodyTruncated = q.value(16).toInt() != 0;
        out->append(e);
    }
    return true;
}

bool HistoryDatabase::lastDeliveredZip(const QString &profileId, std::optional<DeliveredZip> *out)
{
    out->reset();
    QSqlDatabase db;
    if (!connection(&db))
        return false;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(u"SELECT z.id, z.run_id, r.profile_id, z.file_name, z.bytes, z.sha256, "
              u"z.delivered_at, z.content FROM delivered_zips z JOIN runs r ON r.id = z.run_id "
              u"WHERE r.profile_id = ? ORDER BY z.delivered_at DESC, z.id DESC LIMIT 1"_s);
    q.addBindValue(profileId);
    if (!q.exec())
        return fail(tr("Cannot read the last delivered zip"), q.lastError());
    if (!q.next())
        return true;
    DeliveredZip zip;
    zip.id = q.value(0).toLongLong();
    zip.runId = q.value(1).toLongLong();
    zip.profileId = q.value(2).toString();
    zip.fileName = q.value(3).toString();
    zip.bytes = q.value(4).toLongLong();
    zip.sha256 = q.value(5).toString();
    zip.deliveredAt = timeFrom(q.value(6));
    zip.content = q.value(7).toByteArray();
    // The diff and a re-send trust these bytes: never hand out a zip that changed on disk.
    const QString actual = QString::fromLatin1(
        QCryptographicHash::hash(zip.content, QCryptographicHash::Sha256).toHex());
    if (actual != zip.sha256 || zip.content.size() != zip.bytes) {
        setError(tr("The zip %1 kept in the history database %2 is damaged (its checksum does "
                    "not match).")
                     .arg(zip.fileName, m_path));
        return false;
    }
    *out = zip;
    return true;
}

bool HistoryDatabase::search(const QString &text, QList<SearchHit> *out, int limit)
{
    out->clear();
    if (text.isEmpty()) {
        setError(tr("Enter the text to search for."));
        return false;
    }
    QSqlDatabase db;
    if (!connection(&db))
        return false;
    // instr() reads a BLOB body as UTF-8 text; ids are compared exactly.
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QString(
        u"SELECT " % kRunColumns %
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
    while (q.next()) {
        SearchHit hit;
        hit.run = readRun(q);
        hit.stepId = q.value(kRunColumnCount).toLongLong();
        hit.exchangeId = q.value(kRunColumnCount + 1).toLongLong();
        hit.field = q.value(kRunColumnCount + 2).toString();
        out->append(hit);
    }
    return true;
}

} // namespace rb
