#include "StaleDelivery.h"

#include <QSet>

namespace rb {

int StaleDelivery::dueDaysBetween(const ScheduleRule &rule, const QDateTime &since,
                                  const QDateTime &now)
{
    if (!since.isValid() || !now.isValid() || now <= since)
        return 0;
    const QTimeZone zone = rule.zone();
    QSet<QDate> days;
    for (QDateTime due = rule.nextAfter(since.toUTC());
         due.isValid() && due <= now && days.size() < kMaxCountedDays; due = rule.nextAfter(due))
        days.insert(due.toTimeZone(zone).date());
    return int(days.size());
}

bool StaleDelivery::alertDue(const ScheduleRule &rule, int limitDays, const QDateTime &lastDelivery,
                             const QDateTime &lastAlert, const QDateTime &now)
{
    if (limitDays <= 0 || dueDaysBetween(rule, lastDelivery, now) < limitDays)
        return false;
    constexpr qint64 kDaySeconds = 24 * 60 * 60;
    return !lastAlert.isValid() || lastAlert < lastDelivery || lastAlert.secsTo(now) >= kDaySeconds;
}

} // namespace rb
