#pragma once

#include "store/RunRecord.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace rb {

// How the history's stored values read to an admin: "Held for review" rather than "held",
// "12.4 KB", "3 min 5 s", local times with the day of the week (people remember "last
// Tuesday", not a date).
class HistoryText
{
    Q_DECLARE_TR_FUNCTIONS(rb::HistoryText)
public:
    static QString runStatus(RunStatus status);
    static QString trigger(RunTrigger trigger);
    static QString exchangeKind(ExchangeKind kind);
    // "Comparing with the last delivery" for "compare"; an unknown name as it is.
    static QString stepName(const QString &name);
    // "Done" for "ok", "Skipped", "Failed"...; an unknown status as it is.
    static QString stepStatus(StepStatus status);

    // "Tue 2026-11-24 06:00"; with seconds for the detail pane. "-" when unknown.
    static QString localTime(const QDateTime &time, bool seconds = false);
    // "830 ms", "12.4 s", "3 min 5 s", "2 h 10 min"; "-" when negative.
    static QString duration(qint64 ms);
    // -1 while the run is going.
    static qint64 runDuration(const RunRecord &run);
    // "512 bytes", "12.4 KB", "3.1 MB".
    static QString dataSize(qint64 bytes);
    // Messages may span lines; a table cell keeps one.
    static QString oneLine(const QString &text);

    // "users=250, classes=12, 3 findings": the counts without the findings themselves.
    static QString countsSummary(const QJsonObject &counts);
    // The "findings" array a step keeps in its counts, one per line.
    static QStringList findings(const QJsonObject &counts);
    // Every count, nested ones indented, one per line.
    static QStringList countLines(const QJsonObject &counts, int indent = 0);
};

} // namespace rb
