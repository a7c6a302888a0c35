#pragma once

#include "RunRecord.h"
#include "common/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

class QSqlError;

namespace rb {

struct RunQuery;

// The reading side of the run history: the SELECTs behind HistoryDatabase's queries, on one
// open connection.
class HistoryQueries
{
    Q_DECLARE_TR_FUNCTIONS(rb::HistoryQueries)
public:
    // path names the file in messages.
    HistoryQueries(const QSqlDatabase &db, const QString &path);

    Result<QList<RunRecord>> runs(const RunQuery &query) const;
    Result<std::optional<RunRecord>> run(qint64 runId) const;
    Result<QList<StepRecord>> steps(qint64 runId) const;
    Result<QList<ExchangeRecord>> exchanges(qint64 stepId) const;
    Result<std::optional<DeliveredZip>> lastDeliveredZip(const QString &profileId) const;
    // The zip this run delivered, and the one its profile delivered before it.
    Result<std::optional<DeliveredZip>> deliveredZipOf(qint64 runId) const;
    Result<std::optional<DeliveredZip>> deliveredZipBefore(qint64 runId) const;
    Result<std::optional<QByteArray>> decisionTrail(qint64 runId) const;
    Result<qint64> decisionTrailEntries(qint64 runId) const;
    Result<QList<SearchHit>> search(const QString &text, int limit) const;

private:
    Failure fail(const QString &what, const QSqlError &sqlError) const;
    // Runs the prepared query and checks the one zip it finds against its checksum.
    Result<std::optional<DeliveredZip>> oneZip(QSqlQuery &q) const;

    QSqlDatabase m_db;
    QString m_path;
};

} // namespace rb
