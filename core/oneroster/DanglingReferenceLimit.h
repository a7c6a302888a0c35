#pragma once

#include <QtGlobal>

namespace rb {

// When rows that refer to missing records are many, the export was cut off: refuse it.
struct DanglingReferenceLimit
{
    qint64 maxCount = 50;
    double maxPercent = 1.0;
    // The larger of the two limits for a file of `rows` rows.
    qint64 limitFor(qint64 rows) const;
    bool operator==(const DanglingReferenceLimit &) const = default;
};

} // namespace rb
