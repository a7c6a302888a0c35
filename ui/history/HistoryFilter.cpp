#include "history/HistoryFilter.h"

namespace rb {

bool HistoryFilter::matches(const RunRecord &run) const
{
    if (!profileId.isEmpty() && run.profileId != profileId)
        return false;
    if (!statuses.isEmpty() && !statuses.contains(run.status))
        return false;
    const QDate day = run.startedAt.toLocalTime().date();
    if (from.isValid() && day < from)
        return false;
    if (to.isValid() && day > to)
        return false;
    return true;
}

} // namespace rb
