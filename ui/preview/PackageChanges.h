#pragma once

#include "asm/AsmSchema.h"

#include <QByteArrayList>
#include <QList>
#include <QString>

#include <array>
#include <vector>

namespace rb {

enum class ChangeKind : quint8 { Added, Removed, Changed };

// One row that differs: rows are indexes into the current and the previous table (line - 2).
struct RowChange
{
    static constexpr quint32 kNoRow = 0xFFFFFFFF;

    quint32 currentRow = kNoRow;
    quint32 previousRow = kNoRow;
};

// Every row that differs in one table, matched as AsmDiff matches them. Counts are exact and
// the lists complete; the values themselves stay in the files and are read when shown.
struct TableChanges
{
    AsmTable table = AsmTable::Locations;
    qint64 previousRows = 0;
    qint64 currentRows = 0;
    qint64 added = 0;
    qint64 removed = 0;
    qint64 changed = 0;
    qint64 unchanged = 0;
    // Added rows have only a current row, removed rows only a previous one; in file order. Empty
    // for a first delivery, where every row is added.
    std::vector<RowChange> addedRows;
    std::vector<RowChange> removedRows;
    std::vector<RowChange> changedRows;
    // The union of both headers (current first); -1 where a side lacks the column.
    QByteArrayList columns;
    QList<int> currentColumn;
    QList<int> previousColumn;
    // False when a file could not be read to its end; the counts are then not trustworthy.
    bool complete = true;
    QString problem;

    bool hasChanges() const { return added > 0 || removed > 0 || changed > 0; }
    const std::vector<RowChange> &rows(ChangeKind kind) const
    {
        return kind == ChangeKind::Added     ? addedRows
               : kind == ChangeKind::Removed ? removedRows
                                             : changedRows;
    }
};

// How the package differs from the last delivered one.
struct PackageChanges
{
    // False for a first delivery: every row is new and no row lists are kept.
    bool hasPrevious = false;
    std::array<TableChanges, kAsmTables.size()> tables;
    // People are students and staff together: someone who moves from one file to the other is
    // neither created nor deactivated.
    qint64 peopleCreated = 0;
    qint64 peopleDeactivated = 0;
    qint64 peopleMoved = 0;

    TableChanges &table(AsmTable t) { return tables[size_t(t)]; }
    const TableChanges &table(AsmTable t) const { return tables[size_t(t)]; }
    bool complete() const
    {
        for (const TableChanges &t : tables) {
            if (!t.complete)
                return false;
        }
        return true;
    }
};

} // namespace rb
