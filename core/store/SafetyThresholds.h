#pragma once

#include "asm/AsmSchema.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QStringList>

#include <array>

namespace rb {

// How many removals one table may have before a run is held for review. Both limits apply and
// whichever is exceeded first holds the run: removing exactly maxRemovedCount rows, or exactly
// maxRemovedPercent of the previous rows, still passes; one more row holds.
struct SafetyLimit
{
    double maxRemovedPercent = 0.0;
    qint64 maxRemovedCount = 0;
    // Rows whose watched columns changed (for students and staff: name, email and locations;
    // for the other files any column), as a percentage of the previous rows; more holds.
    // 100 never holds.
    double maxChangedPercent = 100.0;

    friend bool operator==(const SafetyLimit &, const SafetyLimit &) = default;
};

// The removal limits per table and the first-delivery switch, as kept in a profile.
//
// JSON (every key optional; a missing key keeps its default):
//   {
//     "holdFirstDelivery": true,
//     "tables": {
//       "locations": {"maxRemovedPercent": 0,  "maxRemovedCount": 0},
//       "students":  {"maxRemovedPercent": 5,  "maxRemovedCount": 50, "maxChangedPercent": 20},
//       "staff":     {"maxRemovedPercent": 5,  "maxRemovedCount": 50, "maxChangedPercent": 20},
//       "courses":   {"maxRemovedPercent": 5,  "maxRemovedCount": 50},
//       "classes":   {"maxRemovedPercent": 5,  "maxRemovedCount": 50},
//       "rosters":   {"maxRemovedPercent": 10, "maxRemovedCount": 500}
//     }
//   }
// maxRemovedPercent and maxChangedPercent are numbers from 0 to 100 (maxChangedPercent is 100,
// never holding, for the tables not shown with it), maxRemovedCount a whole number >= 0.
// Unknown keys and values of the wrong type or range are rejected with a message naming them.
class SafetyThresholds
{
    Q_DECLARE_TR_FUNCTIONS(SafetyThresholds)

public:
    // The strict defaults shown above: ASM deactivates every person missing from an upload and
    // empties every missing class, and any location removal is unusual enough to look at.
    SafetyThresholds();

    SafetyLimit limit(AsmTable table) const { return m_limits[static_cast<size_t>(table)]; }
    void setLimit(AsmTable table, SafetyLimit limit)
    {
        m_limits[static_cast<size_t>(table)] = limit;
    }
    // A first delivery has nothing to compare with, so by default it waits for approval.
    bool holdFirstDelivery() const { return m_holdFirstDelivery; }
    void setHoldFirstDelivery(bool hold) { m_holdFirstDelivery = hold; }

    static SafetyLimit defaultLimit(AsmTable table);

    QJsonObject toJson() const;
    // Reads thresholds over the defaults. Returns false, leaving *out unchanged, and lists
    // every problem in *errors when the document is not valid.
    static bool fromJson(const QJsonObject &object, SafetyThresholds *out,
                         QStringList *errors = nullptr);

    friend bool operator==(const SafetyThresholds &, const SafetyThresholds &) = default;

private:
    std::array<SafetyLimit, kAsmTables.size()> m_limits;
    bool m_holdFirstDelivery = true;
};

} // namespace rb
