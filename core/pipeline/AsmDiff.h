#pragma once

#include "AsmDiffResult.h"

#include <QCoreApplication>

namespace rb {

class AsmPackage;
class Findings;

// Compares the last delivered upload with a new one, table by table: rows added, removed,
// changed and unchanged, with exact counts and a few sample rows per category.
//
// Rows are matched by the table's key (asmKeyColumn), except rosters, which are matched by
// (class_id, student_id): a regenerated roster_id makes a row "changed", not a removal plus an
// addition. Values are compared by column name, and a column that one side lacks counts as
// empty there, so a new, empty location_id_3 column changes nothing.
//
// Memory: the previous file is reduced to 16 bytes per row (hash of the key, hash of the row);
// the new file is streamed against that, and a second pass over the previous file recovers the
// lines and values of the sampled removed and changed rows. About 64 MB for 4,000,000 rows.
class AsmDiff
{
    Q_DECLARE_TR_FUNCTIONS(AsmDiff)

public:
    explicit AsmDiff(int samplesPerCategory = kDefaultSamples);

    // previous is null for a first delivery. A file that cannot be read to its end is reported
    // as an error finding (when findings is given) and marks its table incomplete.
    AsmDiffResult compare(const AsmPackage *previous, const AsmPackage &current,
                          Findings *findings = nullptr) const;

    static constexpr int kDefaultSamples = 25;

private:
    int m_samples;
};

} // namespace rb
