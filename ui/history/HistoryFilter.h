#pragma once

#include "store/RunRecord.h"

#include <QDate>
#include <QList>
#include <QString>

namespace rb {

// What the admin asked the history panel to show. Dates are local calendar days, both ends
// included; an invalid date is no bound.
struct HistoryFilter
{
    QString profileId;         // empty: all profiles
    QList<RunStatus> statuses; // empty: any status
    QDate from;
    QDate to;
    // A person's or a class's id; empty: no search.
    QString search;

    bool operator==(const HistoryFilter &) const = default;
    // Whether a run passes everything but the search text.
    bool matches(const RunRecord &run) const;
};

} // namespace rb
