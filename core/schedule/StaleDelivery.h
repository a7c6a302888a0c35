#pragma once

#include "ScheduleRule.h"

#include <QDateTime>

namespace rb {

// How long Apple School Manager has gone without data from a profile, counted in school days:
// the local dates on which the profile's schedule was due. Weekends count only when the
// schedule runs on them, and a paused schedule has no due days, so a paused profile is never
// late. The scheduler's own rule decides, daylight-saving changes included.
class StaleDelivery
{
public:
    static constexpr int kDefaultLimitDays = 3;
    // Counting stops here: "more than a year" says enough.
    static constexpr int kMaxCountedDays = 400;

    // Dates (in the rule's zone) with a due time after since and at or before now.
    static int dueDaysBetween(const ScheduleRule &rule, const QDateTime &since,
                              const QDateTime &now);

    // Whether to alert now: the first time when limitDays due days have passed since the last
    // delivery, then once a day while it lasts. lastAlert is invalid when none has been sent
    // since that delivery; limitDays 0 turns the alert off.
    static bool alertDue(const ScheduleRule &rule, int limitDays, const QDateTime &lastDelivery,
                         const QDateTime &lastAlert, const QDateTime &now);
};

} // namespace rb
