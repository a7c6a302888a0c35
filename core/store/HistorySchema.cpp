#include "HistorySchema.h"

#include "HistoryError.h"
#include "HistoryTransaction.h"
#include "common/PrivateFiles.h"

#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace rb {

namespace {

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

// 2: each run's decision trail (which rule left out or changed which record), compressed CSV.
const char *const kSchemaV2[] = {
    R"(CREATE TABLE decision_trails (
        run_id INTEGER PRIMARY KEY REFERENCES runs (id) ON DELETE CASCADE,
        entries INTEGER NOT NULL,
        content BLOB NOT NULL))",
};

const QStringList kHistoryTables = {u"runs"_s, u"steps"_s, u"exchanges"_s, u"delivered_zips"_s};

Failure failed(const QString &what, const QString &path, const QSqlError &sqlError)
{
    return HistoryError::failure(what, path, sqlError);
}

} // namespace

Result<void> HistorySchema::checkFile(const QString &path, bool readOnly)
{
    const QFileInfo info(path);
    if (info.exists()) {
        if (info.isDir())
            return Failure{tr("The history database %1 is a folder, not a file.").arg(path)};
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return Failure{
                tr("The history database %1 cannot be read: %2.").arg(path, file.errorString())};
        const QByteArray head = file.read(16);
        if (info.size() > 0 && head != QByteArray("SQLite format 3\0", 16))
            return Failure{
                tr("The file %1 is not a RosterBridge history database or it is damaged. It "
                   "was left as it is; move it away to start a new history.")
                    .arg(path)};
        if (!readOnly && !info.isWritable())
            return Failure{tr("The history database %1 is read-only, so runs cannot be recorded. "
                              "Check the file's permissions and the disk it is on.")
                               .arg(path)};
    } else {
        if (readOnly)
            return Failure{tr("The history database %1 does not exist.").arg(path)};
        if (!PrivateFiles::makeFolder(info.absolutePath()))
            return Failure{tr("The folder %1 for the history database cannot be created.")
                               .arg(info.absolutePath())};
    }
    // The write-ahead log lives next to the database.
    if (!readOnly && !QFileInfo(info.absolutePath()).isWritable())
        return Failure{tr("The folder %1 of the history database is read-only, so runs cannot be "
                          "recorded.")
                           .arg(info.absolutePath())};
    return {};
}

Result<void> HistorySchema::prepare(QSqlDatabase &db, const QString &path, bool readOnly)
{
    QSqlQuery q(db);
    if (!q.exec(u"PRAGMA user_version"_s) || !q.next())
        return failed(tr("Cannot read the history database's version"), path, q.lastError());
    const int version = q.value(0).toInt();
    if (version > kVersion) {
        return Failure{tr("The history database %1 was written by a newer RosterBridge (schema %2, "
                          "this version reads up to %3). It was left as it is.")
                           .arg(path)
                           .arg(version)
                           .arg(kVersion)};
    }
    QStringList tables;
    if (!q.exec(
            u"SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"_s))
        return failed(tr("Cannot read the history database's tables"), path, q.lastError());
    while (q.next())
        tables.append(q.value(0).toString());
    q.finish();
    if (version == 0 && !tables.isEmpty()) {
        return Failure{
            tr("The file %1 is an SQLite database but not a RosterBridge history. It was "
               "left as it is.")
                .arg(path)};
    }
    if (version > 0) {
        for (const QString &table : kHistoryTables) {
            if (!tables.contains(table)) {
                return Failure{
                    tr("The history database %1 is damaged: the table %2 is missing. It was "
                       "left as it is; move it away to start a new history.")
                        .arg(path, table)};
            }
        }
    }
    if (readOnly) {
        if (version < kVersion) {
            return Failure{
                tr("The history database %1 needs an upgrade, which cannot be done while "
                   "it is opened read-only.")
                    .arg(path)};
        }
        return {};
    }

    // Zips are large: let prune() give their pages back to the disk. Only possible before the
    // first table exists.
    if (version == 0 && !q.exec(u"PRAGMA auto_vacuum = INCREMENTAL"_s))
        return failed(tr("Cannot prepare the history database"), path, q.lastError());
    if (!q.exec(u"PRAGMA journal_mode = WAL"_s) || !q.next())
        return failed(tr("Cannot switch the history database to write-ahead logging"), path,
                      q.lastError());
    if (q.value(0).toString().compare(u"wal"_s, Qt::CaseInsensitive) != 0)
        qCWarning(lcHistory).noquote()
            << "write-ahead logging unavailable, journal mode is" << q.value(0).toString();
    q.finish();

    for (int next = version + 1; next <= kVersion; ++next) {
        QSqlError sqlError;
        HistoryTransaction tx(db);
        if (!tx.begin(&sqlError))
            return failed(tr("Cannot upgrade the history database"), path, sqlError);
        Result<void> migrated;
        switch (next) {
        case 1:
            migrated = migrate(db, path, kSchemaV1);
            break;
        case 2:
            migrated = migrate(db, path, kSchemaV2);
            break;
        default:
            break;
        }
        if (!migrated)
            return migrated;
        // user_version lives in the file header and changes with the transaction.
        QSqlQuery set(db);
        if (!set.exec(QString(u"PRAGMA user_version = "_s % QString::number(next))))
            return failed(tr("Cannot upgrade the history database"), path, set.lastError());
        if (!tx.commit(&sqlError))
            return failed(tr("Cannot upgrade the history database"), path, sqlError);
        qCInfo(lcHistory).noquote() << "history schema now at version" << next;
    }

    // Proves the file can be written now rather than at the end of the first run.
    QSqlError sqlError;
    HistoryTransaction probe(db);
    if (!probe.begin(&sqlError) || !probe.commit(&sqlError))
        return failed(tr("Cannot write to the history database"), path, sqlError);
    return {};
}

Result<void> HistorySchema::migrate(QSqlDatabase &db, const QString &path,
                                    std::span<const char *const> statements)
{
    QSqlQuery q(db);
    for (const char *statement : statements) {
        if (!q.exec(QString::fromUtf8(statement)))
            return failed(tr("Cannot create the history tables"), path, q.lastError());
    }
    return {};
}

} // namespace rb
