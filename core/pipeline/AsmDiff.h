#pragma once

#include "AsmDiffResult.h"

#include <QCoreApplication>

namespace rb {

class AsmPackage;
class Findings;

// Compares the last delivered upload with a new one, table by table: rows added, removed,
// changed and unchanged, with exact counts and a few sample rows per category. The matching
// (keys, preferred identical rows, columns by name) is AsmTableMatcher's. About 64 MB for
// 4,000,000 rows.
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
