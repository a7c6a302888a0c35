#pragma once

#include "AsmDiffResult.h"

#include "asm/AsmSchema.h"
#include "common/Result.h"

#include <QByteArrayList>
#include <QList>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>
#include <memory>
#include <vector>

class QIODevice;

namespace rb {

// How two versions of a table line up: the union of both headers, the current file's columns
// first, and where each union column and the key's columns stand in each file (-1: missing).
struct AsmColumnUnion
{
    QByteArrayList columns;
    QList<int> previousColumn;
    QList<int> currentColumn;
    QList<int> previousKey;
    QList<int> currentKey;
    QStringList addedColumns;
    QStringList removedColumns;

    // The value in a column of a row as read; empty for a missing column (-1) or a short row.
    static QByteArrayView field(const QList<QByteArrayView> &fields, int column)
    {
        return column >= 0 && column < fields.size() ? fields.at(column) : QByteArrayView();
    }
    // "class_id / student_id" for rosters: the key as the admin reads it.
    static QString keyText(const QList<int> &keyColumns, const QList<QByteArrayView> &fields);
};

// What a comparison reports row by row. Rows are 0-based data rows (line - 2 in a file with
// one header line); fields are in the file's own column order and valid only during the call.
class AsmRowSink
{
public:
    virtual ~AsmRowSink() = default;

    // Called once both headers are read, before any row: the column layout (Result's columns,
    // previousColumn, currentColumn and key columns).
    virtual void started(const AsmColumnUnion &layout) = 0;
    // Whether the next current rows' values are still wanted (for samples). When not, added and
    // changed rows come with no fields, and the matcher keeps no copy of them.
    virtual bool wantsCurrentValues() const = 0;
    // Whether more removed rows are wanted; the second pass stops early when neither removed
    // rows nor previous rows of changed ones are wanted any more.
    virtual bool wantsRemovedRows() const = 0;

    virtual void added(quint32 currentRow, qint64 line, const QList<QByteArrayView> &fields) = 0;
    // A current row matched by key whose values differ. Returning true asks for its previous
    // row, which changedPrevious() brings in the second pass with the same token.
    virtual bool changed(quint32 currentRow, qint64 line, const QList<QByteArrayView> &fields,
                         quint32 token) = 0;
    virtual void changedPrevious(quint32 token, quint32 previousRow, qint64 line,
                                 const QList<QByteArrayView> &fields) = 0;
    virtual void removed(quint32 previousRow, qint64 line, const QList<QByteArrayView> &fields) = 0;
};

// The one comparison of a table of the previous delivery with the same table of a new package,
// used by the run's diff (AsmDiff: counts and samples) and by the preview (every row).
//
// Rows are matched by the table's key (asmKeyColumn), except rosters, which are matched by
// (class_id, student_id): a regenerated roster_id makes a row "changed", not a removal plus an
// addition. A previous row identical to the current one is preferred, so that repeated keys
// pair up sensibly. Values are compared by column name, and a column that one side lacks
// counts as empty there, so a new, empty location_id_3 column changes nothing.
//
// Memory: the previous file is reduced to 16 bytes per row (hash of the key, hash of the row),
// plus 4 bytes per row once a changed row's previous row is asked for; the new file is
// streamed against that, and a second pass over the previous file finds the removed rows and
// the previous rows asked for.
class AsmTableMatcher
{
public:
    // Opens a side's file, or says why it cannot be read.
    using Opener = std::function<rb::Result<std::unique_ptr<QIODevice>>()>;

    struct Result : AsmRowCounts
    {
        // False when a file could not be read to its end (or the run was cancelled); the
        // counts are then not trustworthy. problemLine: where, 0 when not known.
        bool complete = true;
        bool cancelled = false;
        QString problem;
        qint64 problemLine = 0;
        AsmColumnUnion layout;
        // Students and staff: the key hashes of the rows added and removed (a person has the
        // same key in both files), for keysInBoth(). Empty for the other files and for a side
        // without its key column.
        std::vector<quint64> addedKeys;
        std::vector<quint64> removedKeys;
    };

    // A null opener is a side that does not exist (a first delivery, or a file the package
    // lacks). cancel may be null.
    AsmTableMatcher(AsmTable table, Opener previous, Opener current,
                    const std::atomic_bool *cancel = nullptr);
    ~AsmTableMatcher();
    AsmTableMatcher(const AsmTableMatcher &) = delete;
    AsmTableMatcher &operator=(const AsmTableMatcher &) = delete;

    Result run(AsmRowSink &sink);

    // How many keys stand in both lists (each list sorted here): with the keys of the people
    // added and removed across students.csv and staff.csv, the people who moved between them.
    // Two different keys share a 64-bit hash too rarely to count.
    static qint64 keysInBoth(std::vector<quint64> added, std::vector<quint64> removed);

private:
    class Run;
    AsmTable m_table;
    Opener m_previous;
    Opener m_current;
    const std::atomic_bool *m_cancel;
};

} // namespace rb
