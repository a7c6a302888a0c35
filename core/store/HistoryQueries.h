#pragma once

#include "RunRecord.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

class QSqlError;

namespace rb {

struct RunQuery;

// The reading side of the run history: the SELECTs behind HistoryDatabase's queries, on one
// open connection. Each returns false with *error set for the admin.
class HistoryQueries
{
    Q_DECLARE_TR_FUNCTIONS(rb::HistoryQueries)
public:
    // path names the file in messages.
    HistoryQueries(const QSqlDatabase &db, const QString &path);

    bool runs(const RunQuery &query, QList<RunRecord> *out, QString *error) const;
    bool run(qint64 runId, std::optional<RunRecord> *out, QString *error) const;
    bool steps(qint64 runId, QList<StepRecord> *out, QString *error) const;
    bool exchanges(qint64 stepId, QList<ExchangeRecord> *out, QString *error) const;
    bool lastDeliveredZip(const QString &profileId, std::optional<DeliveredZip> *out,
                          QString *error) const;
    bool search(const QString &text, QList<SearchHit> *out, int limit, QString *error) const;

private:
    bool fail(const QString &what, const QSqlError &sqlError, QString *error) const;

    QSqlDatabase m_db;
    QString m_path;
};

} // namespace rb
