#include "Clock.h"

namespace rb {

Clock::~Clock() = default;

QDateTime Clock::nowUtc() const
{
    return QDateTime::currentDateTimeUtc();
}

const Clock *Clock::system()
{
    static const Clock clock;
    return &clock;
}

} // namespace rb
