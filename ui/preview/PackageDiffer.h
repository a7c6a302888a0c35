#pragma once

#include "asm/AsmSchema.h"
#include "preview/PackageChanges.h"

#include <QCoreApplication>

#include <array>
#include <atomic>
#include <memory>

namespace rb {

class CsvTableIndex;

using TableSet = std::array<std::shared_ptr<const CsvTableIndex>, kAsmTables.size()>;

// Compares the extracted tables of two packages row by row with core's AsmTableMatcher, the
// matching the run's diff uses, but keeps every differing row rather than samples, so that the
// admin can page through all of them. Memory: 20 bytes per previous row while comparing,
// 8 bytes per differing row after.
class PackageDiffer
{
    Q_DECLARE_TR_FUNCTIONS(rb::PackageDiffer)

public:
    // previous is null for a first delivery. A null table on either side makes that table
    // incomplete (it could not be read). Blocking; returns early when cancel is raised.
    static PackageChanges compare(const TableSet *previous, const TableSet &current,
                                  const std::atomic_bool &cancel);
};

} // namespace rb
