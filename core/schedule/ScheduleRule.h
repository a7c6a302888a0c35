#pragma once

#include "common/Findings.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QTime>
#include <QTimeZone>

namespace rb {

enum class ScheduleKind {
    // Once a day at hour:minute.
    Daily,
    // At every everyHours-th hour of the day counted from midnight (0, N, 2N, ... below 24),
    // each at :minute.
    EveryNHours,
};

// When a profile runs on its own. Times are wall-clock times in an IANA time zone, because a
// district thinks "at 5 in the morning here" whatever the season.
//
// Daylight-saving rule (see resolveLocal): a wall time that does not exist on a spring-forward
// day runs at the first valid instant after the gap (02:30 in New York on 2026-03-08 runs at
// 03:00 EDT); a wall time that happens twice on a fall-back day runs once, at its first
// occurrence (01:30 on 2026-11-01 runs at 01:30 EDT, not again at 01:30 EST). Every slot is a
// wall time, so an every-N-hours rule does not run twice in the repeated hour either, and a slot
// pushed into the next one by a gap runs once.
struct ScheduleRule
{
    Q_DECLARE_TR_FUNCTIONS(rb::ScheduleRule)
public:
    ScheduleKind kind = ScheduleKind::Daily;
    // Daily: the hour, 0-23.
    int hour = 5;
    // 0-59: the minute past the hour (past each slot's hour for EveryNHours).
    int minute = 0;
    // EveryNHours: N, 1-24 (24 = once a day at midnight).
    int everyHours = 6;
    // IANA id such as "America/New_York"; empty means this computer's time zone.
    QString timeZone;
    // Off: no run whose local date in the zone is a Saturday or a Sunday.
    bool runOnWeekends = false;
    // A paused rule is never due.
    bool paused = false;

    friend bool operator==(const ScheduleRule &, const ScheduleRule &) = default;

    // The zone the times are read in; invalid when timeZone names no known zone.
    QTimeZone zone() const;
    // Values in range and a known zone.
    bool isValid() const;

    // The first due instant strictly after utcNow, in UTC. Invalid when paused or not valid.
    QDateTime nextAfter(const QDateTime &utcNow) const;

    // "Every day at 05:00, Monday to Friday (America/New_York)", for the UI and the log.
    QString describe() const;

    QJsonObject toJson() const;
    // Reads what it can; unknown keys are warnings, bad values errors naming the key (field)
    // at `file`.
    static ScheduleRule fromJson(const QJsonObject &json, Findings *findings,
                                 const QString &file = QStringLiteral("schedule"));

    // The instant a wall time on a date in a zone stands for, under the daylight-saving rule
    // above. Invalid only for an invalid zone, date or time.
    static QDateTime resolveLocal(QDate date, QTime time, const QTimeZone &zone);

    // Time zone ids for a picker, sorted. A filter with a '/' after its first character matches
    // ids starting with it ("US/" gives the US zones); otherwise ids containing it. Both ignore
    // case; an empty filter gives every id.
    static QStringList timeZoneIds(const QString &filter = QString());
};

} // namespace rb
