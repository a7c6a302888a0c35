#include "MonotonicClock.h"

#include <QElapsedTimer>

namespace rb {

qint64 MonotonicClock::nowMs()
{
    static const QElapsedTimer timer = [] {
        QElapsedTimer t;
        t.start();
        return t;
    }();
    return timer.elapsed();
}

} // namespace rb
