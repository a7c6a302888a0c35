#pragma once

#include <QDateTime>

namespace rb {

// The wall clock the scheduler reads. Injectable so that tests can move time (a week, a
// daylight-saving change, a laptop's sleep) without waiting for it.
class Clock
{
public:
    virtual ~Clock();

    // The current instant, in UTC.
    virtual QDateTime nowUtc() const;

    // The machine's clock; lives for the whole program.
    static const Clock *system();
};

} // namespace rb
