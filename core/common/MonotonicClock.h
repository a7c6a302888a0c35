#pragma once

#include <QtGlobal>

namespace rb {

// Milliseconds on one process-wide monotonic clock, for deadlines and token lifetimes that the
// wall clock (changed by the admin or by daylight saving) must not move.
class MonotonicClock
{
public:
    static qint64 nowMs();
};

} // namespace rb
