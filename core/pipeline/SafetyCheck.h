#pragma once

#include "asm/AsmSchema.h"
#include "store/ProfileState.h"
#include "store/RunRecord.h"
#include "store/SafetyThresholds.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace rb {

struct AsmDiffResult;

// Pass: deliver. Hold: deliver only after someone approves. Stop: never deliver this set.
enum class SafetyVerdict { Pass, Hold, Stop };

// "pass", "hold" or "stop".
QString safetyVerdictName(SafetyVerdict verdict);

// Why a run was held or stopped.
struct SafetyReason
{
    SafetyVerdict verdict = SafetyVerdict::Hold;
    // "safety.validationErrors", "safety.diffIncomplete", "safety.tableEmptied",
    // "safety.noStudents", "safety.firstDelivery", "safety.removals", "safety.changes",
    // "safety.previousMissing" or "safety.previousNotLast".
    QString code;
    QString file;            // e.g. "students.csv"; empty when the reason is not about one table
    qint64 count = 0;        // rows removed, or validation errors
    qint64 previousRows = 0; // rows in the last delivery
    double percent = 0.0;    // count as a percentage of previousRows
    SafetyLimit limit;       // the limit that was exceeded (removals only)
    QString message;

    QJsonObject toJson() const;
};

struct SafetyResult
{
    SafetyVerdict verdict = SafetyVerdict::Pass;
    QList<SafetyReason> reasons; // stops first, then holds

    bool mayDeliver() const { return verdict == SafetyVerdict::Pass; }
    // Raises the verdict to the reason's when it is graver.
    void add(SafetyReason reason);
    QStringList messages() const;
    // {"verdict": "hold", "reasons": [{"verdict", "code", "file", "count", "previousRows",
    //  "percent", "maxRemovedPercent", "maxRemovedCount", "message"}, ...]}
    QJsonObject toJson() const;
};

// Decides whether an upload is safe to deliver, because ASM deactivates every person missing
// from an upload and removes the students of every missing class.
//   Stop: any validation error; a table that was not read completely; a table that is empty
//         while the last delivery had rows in it, or while the export holds active records
//         for it; no students at all.
//   Hold: the first delivery (when the thresholds say so); a table whose removals exceed its
//         count or percentage limit, or whose changed rows (watched columns) its changed
//         percentage.
//   Pass: otherwise.
class SafetyCheck
{
    Q_DECLARE_TR_FUNCTIONS(SafetyCheck)

public:
    // activeInExport: active records per file in the export, whatever the filters; a file
    // left empty while the export holds active ones stops the run even with no previous
    // delivery (a calendar gap or a filter must never empty every class in ASM).
    static SafetyResult evaluate(const AsmDiffResult &diff, const SafetyThresholds &thresholds,
                                 qint64 validationErrors,
                                 const QHash<AsmTable, qint64> &activeInExport = {});
    // A hold when the history's last delivery is not the profile's own last one (it is
    // missing, or another data folder delivered since), so removals cannot be checked.
    static std::optional<SafetyReason>
    previousDelivery(const std::optional<ProfileState::Delivery> &profileLast,
                     const std::optional<DeliveredZip> &historyLast);
};

} // namespace rb
