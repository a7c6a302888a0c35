#pragma once

#include "HistorySchema.h"
#include "RunRecord.h"
#include "common/Redactor.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QMutex>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <optional>

class QSqlError;

namespace rb {

// What the history keeps of an exchange. Bodies are personal data and may hold credentials,
// so they are dropped unless the profile's "save request and response data" switch is on.
struct RecordingPolicy
{
    static constexpr qsizetype kDefaultBodyCap = 64 * 1024;

    bool saveBodies = false;
    qsizetype bodyCap = kDefaultBodyCap;
    // Applied to every text written (URLs, headers, bodies, errors, messages); give it the
    // run's secrets so that echoed values are scrubbed too.
    Redactor redactor;
};

struct RunQuery
{
    QString profileId;         // empty: all profiles
    QList<RunStatus> statuses; // empty: any status
    QDateTime from;            // started at or after; invalid: no bound
    QDateTime to;              // started before; invalid: no bound
    int limit = 100;
    int offset = 0;
};

// The run history: one SQLite file with runs, their steps, the exchanges of each step and the
// zips that were delivered. Every write is committed when it is made, so a killed process
// loses only what it had not written yet. Failures (read-only file, full disk, damaged file)
// come back as false with lastError(); nothing throws or is silently dropped.
//
// One instance may be used from several threads: each thread gets its own connection.
class HistoryDatabase
{
    Q_DECLARE_TR_FUNCTIONS(rb::HistoryDatabase)
public:
    static constexpr int kSchemaVersion = HistorySchema::kVersion;

    enum class OpenMode { ReadWrite, ReadOnly };

    HistoryDatabase();
    ~HistoryDatabase();
    HistoryDatabase(const HistoryDatabase &) = delete;
    HistoryDatabase &operator=(const HistoryDatabase &) = delete;

    // Creates the file (and its folder) if missing and brings the schema up to date. A file
    // that cannot be read, is read-only (in ReadWrite mode), is not a history database or was
    // written by a newer version is refused and left as it is.
    bool open(const QString &path, OpenMode mode = OpenMode::ReadWrite);
    void close();
    bool isOpen() const;
    QString path() const { return m_path; }
    // The last failure of any call, for the admin; empty after open() succeeds.
    QString lastError() const;

    void setRecordingPolicy(const RecordingPolicy &policy);
    RecordingPolicy recordingPolicy() const;

    // Returns the new run's id, or 0 on failure.
    qint64 beginRun(const QString &profileId, RunTrigger trigger,
                    const QDateTime &startedAt = QDateTime::currentDateTimeUtc());
    bool finishRun(qint64 runId, RunStatus status, const QJsonObject &counts,
                   const QString &message);
    // Returns the new step's id, or 0 on failure. A step may be added when it starts (Running)
    // and completed with finishStep, or added once it is done.
    qint64 addStep(qint64 runId, const StepRecord &step);
    bool finishStep(qint64 stepId, StepStatus status, qint64 durationMs, const QJsonObject &counts,
                    const QString &message);
    // All or nothing, in one transaction. Redacted and capped by the recording policy.
    bool addExchanges(qint64 stepId, const QList<ExchangeRecord> &exchanges);
    bool storeDeliveredZip(qint64 runId, const QString &fileName, const QByteArray &content);

    // Any run still "running" becomes "interrupted". Call once at startup, before any run
    // begins; *count receives how many were marked.
    bool markInterrupted(int *count = nullptr);
    // Deletes the profile's finished runs that started more than days ago, with their steps,
    // exchanges and zips, except the run holding the profile's last delivered zip.
    bool prune(const QString &profileId, int days, int *removed = nullptr);
    bool pruneBefore(const QString &profileId, const QDateTime &cutoff, int *removed = nullptr);

    // Newest first.
    bool runs(const RunQuery &query, QList<RunRecord> *out);
    bool run(qint64 runId, std::optional<RunRecord> *out);
    bool steps(qint64 runId, QList<StepRecord> *out);
    bool exchanges(qint64 stepId, QList<ExchangeRecord> *out);
    // *out is empty when the profile has never delivered.
    bool lastDeliveredZip(const QString &profileId, std::optional<DeliveredZip> *out);
    // Runs whose messages, exchange targets or bodies contain text (case-sensitive, as ids
    // are), newest first.
    bool search(const QString &text, QList<SearchHit> *out, int limit = 200);

private:
    bool connection(QSqlDatabase *db);
    bool openConnection(QSqlDatabase *db, const QString &name);
    QString connectionName() const;
    bool fail(const QString &what, const QSqlError &error);
    // Passes ok through; on failure error becomes lastError().
    bool reported(bool ok, const QString &error);
    void setError(const QString &message);

    mutable QMutex m_mutex;
    QString m_path;
    QString m_connectionPrefix;
    OpenMode m_mode = OpenMode::ReadWrite;
    bool m_open = false;
    QStringList m_connections;
    QString m_lastError;
    RecordingPolicy m_policy;
};

} // namespace rb
