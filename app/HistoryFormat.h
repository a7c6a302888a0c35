#pragma once

#include "store/RunRecord.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace rb {

// How `rosterbridge history` shows records: one line each for the terminal (local times,
// short durations, no bodies), and JSON with every field for scripts (UTC times, bodies as
// text, null when not kept).
class HistoryFormat
{
    Q_DECLARE_TR_FUNCTIONS(rb::HistoryFormat)
public:
    // Profile ids to names; a run of a deleted profile shows its id.
    using ProfileNames = QHash<QString, QString>;

    // "2026-11-29 06:00" in local time; "-" when unknown.
    static QString localTime(const QDateTime &time);
    // -1 while the run is going.
    static qint64 runDuration(const RunRecord &run);
    // "830 ms", "12.4 s", "3 min 5 s", "2 h 10 min"; "-" when negative.
    static QString duration(qint64 ms);
    static QString oneLine(const QString &text);
    // "students=240, staff=12"
    static QString countsText(const QJsonObject &counts);
    static QString profileLabel(const QString &profileId, const ProfileNames &names);
    // A header and rows for table(): id, start, profile, trigger, status, duration, message.
    static QStringList runHeader();
    static QStringList runCells(const RunRecord &run, const ProfileNames &names);
    static QStringList table(const QList<QStringList> &rows);
    static QString stepLine(const StepRecord &step);
    static QString exchangeLine(const ExchangeRecord &e);
    // Where a search hit was found, from SearchHit::field.
    static QString fieldText(const QString &field);

    static QJsonObject runJson(const RunRecord &run, const ProfileNames &names);
};

} // namespace rb
