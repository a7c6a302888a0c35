#pragma once

#include "HistorySchema.h"
#include "RunRecord.h"
#include "common/Redactor.h"
#include "common/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QMutex>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <optional>

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
// loses only what it had not written yet. Each call returns its own result: failures
// (read-only file, full disk, damaged file) come back as a Failure for the admin; nothing
// throws, is silently dropped or is left for another caller to find.
//
// A run is written through its own HistoryWriter, which carries what that run may keep. One
// instance may be used from several threads: each thread gets its own connection.
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
    Result<void> open(const QString &path, OpenMode mode = OpenMode::ReadWrite);
    void close();
    bool isOpen() const;
    QString path() const { return m_path; }

    // Any run still "running" becomes "interrupted". Call once at startup, before any run
    // begins; gives how many were marked.
    Result<int> markInterrupted();
    // Deletes the profile's finished runs that started more than days ago, with their steps,
    // exchanges and zips, except the run holding the profile's last delivered zip. Gives how
    // many runs went.
    Result<int> prune(const QString &profileId, int days);
    Result<int> pruneBefore(const QString &profileId, const QDateTime &cutoff);

    // Newest first.
    Result<QList<RunRecord>> runs(const RunQuery &query);
    // Empty when there is no such run.
    Result<std::optional<RunRecord>> run(qint64 runId);
    Result<QList<StepRecord>> steps(qint64 runId);
    Result<QList<ExchangeRecord>> exchanges(qint64 stepId);
    // Empty when the profile has never delivered.
    Result<std::optional<DeliveredZip>> lastDeliveredZip(const QString &profileId);
    // The zip a run delivered (empty when it delivered none, or it was pruned), and the one its
    // profile delivered before it: what "Show changes" compares.
    Result<std::optional<DeliveredZip>> deliveredZipOf(qint64 runId);
    Result<std::optional<DeliveredZip>> deliveredZipBefore(qint64 runId);
    // The run's decision trail as CSV; empty when the run kept none (it stopped before its
    // filters ran, or it was pruned).
    Result<std::optional<QByteArray>> decisionTrail(qint64 runId);
    // Its number of lines without reading it; -1 when the run kept none.
    Result<qint64> decisionTrailEntries(qint64 runId);
    // Runs whose messages, exchange targets or bodies contain text (case-sensitive, as ids
    // are), newest first.
    Result<QList<SearchHit>> search(const QString &text, int limit = 200);

private:
    friend class HistoryWriter;

    // This thread's connection, opened on first use.
    Result<QSqlDatabase> connection();
    Result<QSqlDatabase> openConnection(const QString &name);
    QString connectionName() const;

    mutable QMutex m_mutex;
    QString m_path;
    QString m_connectionPrefix;
    OpenMode m_mode = OpenMode::ReadWrite;
    bool m_open = false;
    QStringList m_connections;
};

} // namespace rb
