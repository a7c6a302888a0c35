#pragma once

#include "RunRecord.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QVariant>

class QSqlQuery;

namespace rb {

struct RecordingPolicy;

// How records are kept in the history's rows, both ways: times as UTC milliseconds (NULL when
// unknown), counts as compact JSON, headers as a JSON array of Latin-1 pairs, bodies as BLOBs.
// The column lists name what each read* function expects, in its order.
class HistoryRows
{
public:
    // Runs are read as "r.": alone, or joined with what a search found.
    static constexpr int kRunColumnCount = 8;
    static QString runColumns();
    static QString stepColumns();
    static QString exchangeColumns();
    // Delivered zips "z." joined with their run "r.".
    static QString zipColumns();

    static QVariant timeValue(const QDateTime &time);
    static QDateTime timeFrom(const QVariant &value);
    // A null QString binds as NULL; the text columns are NOT NULL.
    static QString nonNull(const QString &text);
    static QString jsonText(const QJsonObject &object);
    static QJsonObject jsonObject(const QVariant &value);
    static QString headersText(const RawHeaders &headers);
    static RawHeaders headersFrom(const QVariant &value);

    static RunRecord readRun(const QSqlQuery &q, int first = 0);
    static StepRecord readStep(const QSqlQuery &q);
    static ExchangeRecord readExchange(const QSqlQuery &q);
    static DeliveredZip readZip(const QSqlQuery &q);

    // What the policy keeps of an exchange: redacted text, headers and bodies, and the bodies
    // only when the policy saves them, capped.
    static ExchangeRecord kept(const ExchangeRecord &e, const RecordingPolicy &policy);
    // The INSERT of one exchange, and its values: the record as kept().
    static QString exchangeInsert();
    static void bindExchange(QSqlQuery &q, qint64 stepId, int ordinal, const ExchangeRecord &e);
};

} // namespace rb
