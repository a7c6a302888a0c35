#pragma once

#include "asm/AsmSchema.h"
#include "common/Result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

#include <array>
#include <atomic>
#include <optional>

namespace rb {

class HistoryDatabase;
struct DeliveredZip;
struct ReviewPackage;

// The rows of the last delivery that a package kept back instead of removing, per table.
struct KeptRemovals
{
    std::array<qint64, kAsmTables.size()> rows{};

    qint64 total() const;
    // {"locations.csv": 0, "students.csv": 12, ...}, as the run's counts keep it.
    QJsonObject toJson() const;
};

// A package held for review without its removals: every row of the held package, plus every
// row of the last delivery whose key the held package lacks. A row in both goes out as the held
// package has it, so additions and updates reach Apple School Manager while the removals stay
// waiting for the admin's decision.
//
// Keys are a table's key column (asmKeyColumn); person_id counts across students.csv and
// staff.csv together (someone who moved from one to the other was not removed), and a roster is
// in the held package when its (class_id, student_id) or its roster_id is. Whatever a kept row
// refers to (locations, a course, instructors, a class, a student) must be in the result; the
// last delivery being complete makes it so, and it is checked. Headers of different widths
// (location_id_2..N, instructor_id_4..N, class_display_name) are written as the wider one.
//
// Tables are streamed: the held package's keys are kept as 64-bit hashes, its rows and the last
// delivery's are copied through one at a time.
class KeptRemovalsPackage
{
    Q_DECLARE_TR_FUNCTIONS(rb::KeptRemovalsPackage)
public:
    // Writes the six CSV files into folder (made when missing) from the two zips.
    static Result<KeptRemovals> writeTables(const QString &heldZip, const QString &lastZip,
                                            const QString &folder,
                                            const std::atomic_bool *cancel = nullptr);

    // For an approval that keeps the removals: writes the last delivery and the tables into
    // workFolder and packs them as zip. Refused when nothing was delivered before.
    static Result<KeptRemovals> writeZip(const QString &heldZip,
                                         const std::optional<DeliveredZip> &last,
                                         const QString &workFolder, const QString &zip,
                                         const std::atomic_bool *cancel = nullptr);

    // Whether the history's run runId delivered this held package without its removals: a
    // delivery made after the package was held that does not make the package out of date.
    static bool deliveredWithoutRemovals(HistoryDatabase *history, qint64 runId,
                                         const ReviewPackage &held);
};

} // namespace rb
