#include "DanglingReferenceLimit.h"

#include <algorithm>

namespace rb {

qint64 DanglingReferenceLimit::limitFor(qint64 rows) const
{
    return std::max(maxCount, qint64(double(rows) * maxPercent / 100.0));
}

} // namespace rb
