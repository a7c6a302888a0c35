#include "preview/PackageDiffer.h"

#include "asm/AsmCsvParser.h"
#include "asm/AsmReferenceIndex.h"
#include "common/Hashing.h"
#include "pipeline/AsmDiffIndex.h"
#include "preview/CsvTableIndex.h"
#include "preview/PreviewLog.h"

#include <QElapsedTimer>
#include <QFile>

#include <algorithm>
#include <cstring>
#include <iterator>

namespace rb {

namespace {

// As in AsmDiff: the two low bits of a stored row hash are flags.
constexpr quint64 kMatched = 1;
constexpr quint64 kVisited = 2;
constexpr quint64 kFlags = kMatched | kVisited;
constexpr quint32 kNotChanged = 0xFFFFFFFF;

bool isPeople(AsmTable table)
{
    return table == AsmTable::Students || table == AsmTable::Staff;
}

// One side of the comparison: its file read from the top, and how its header maps to the union
// of both headers.
struct Side
{
    const CsvTableIndex *index = nullptr;
    std::unique_ptr<QFile> file;
    std::unique_ptr<AsmCsvParser> parser;
    QByteArrayList header;
    QList<int> fromUnion;
    QList<int> keyColumns;
    bool keyless = true;
};

class TableComparison
{
    Q_DECLARE_TR_FUNCTIONS(rb::PackageDiffer)

public:
    TableComparison(AsmTable table, const CsvTableIndex *previous, const CsvTableIndex *current,
                    const std::atomic_bool &cancel)
        : m_cancel(cancel)
    {
        m_changes.table = table;
        m_previous.index = previous;
        m_current.index = current;
        m_keyNames = table == AsmTable::Rosters ? QByteArrayList{"class_id", "student_id"}
                                                : QByteArrayList{asmKeyColumn(table)};
    }

    TableChanges run(std::vector<quint64> *addedKeys, std::vector<quint64> *removedKeys)
    {
        const QString file = asmFileName(m_changes.table);
        if (!m_previous.index)
            incomplete(tr("%1 of the last delivery could not be read.").arg(file));
        if (!m_current.index)
            incomplete(tr("%1 could not be read.").arg(file));
        if (!open(&m_previous) || !open(&m_current))
            return std::move(m_changes);
        buildUnion();
        if (!indexPrevious() || !scanCurrent(addedKeys))
            return std::move(m_changes);
        if (m_matched < m_changes.previousRows || !m_changes.changedRows.empty())
            findPreviousRows(removedKeys);
        m_changes.added = qint64(m_changes.addedRows.size());
        m_changes.removed = qint64(m_changes.removedRows.size());
        m_changes.changed = qint64(m_changes.changedRows.size());
        return std::move(m_changes);
    }

private:
    void incomplete(const QString &why)
    {
        if (!m_changes.complete)
            return;
        m_changes.complete = false;
        m_changes.problem = why;
        qCWarning(lcPreview) << "comparison incomplete:" << why;
    }

    bool cancelled(qint64 row) const
    {
        return (row & 4095) == 0 && m_cancel.load(std::memory_order_relaxed);
    }

    // Opens the side's file and reads its header; false only when a file that exists fails.
    bool open(Side *side)
    {
        if (!side->index)
            return true;
        side->file = std::make_unique<QFile>(side->index->filePath());
        if (!side->file->open(QIODevice::ReadOnly)) {
            incomplete(tr("%1 cannot be read: %2")
                           .arg(side->index->fileName(), side->file->errorString()));
            return false;
        }
        side->parser = std::make_unique<AsmCsvParser>(side->file.get(), side->index->fileName());
        side->parser->readRecord(&side->header);
        side->keyless = false;
        for (const QByteArray &name : std::as_const(m_keyNames)) {
            const int column = int(side->header.indexOf(name));
            side->keyColumns.append(column);
            side->keyless = side->keyless || column < 0;
        }
        return true;
    }

    void buildUnion()
    {
        QByteArrayList &names = m_changes.columns;
        for (const QByteArray &name : std::as_const(m_current.header)) {
            if (!names.contains(name))
                names.append(name);
        }
        for (const QByteArray &name : std::as_const(m_previous.header)) {
            if (!names.contains(name))
                names.append(name);
        }
        for (Side *side : {&m_previous, &m_current}) {
            for (const QByteArray &name : std::as_const(names))
                side->fromUnion.append(int(side->header.indexOf(name)));
        }
        m_changes.currentColumn = m_current.fromUnion;
        m_changes.previousColumn = m_previous.fromUnion;
    }

    static QByteArrayView value(const QList<QByteArrayView> &fields, int column)
    {
        return column >= 0 && column < fields.size() ? fields.at(column) : QByteArrayView();
    }

    static quint64 keyHash(const Side &side, const QList<QByteArrayView> &fields)
    {
        if (side.keyColumns.size() == 2) {
            return AsmReferenceIndex::pairHash(value(fields, side.keyColumns.at(0)),
                                               value(fields, side.keyColumns.at(1)));
        }
        return hash64(value(fields, side.keyColumns.at(0)));
    }

    // Length-prefixed values in union order: a missing column hashes like an empty value.
    quint64 rowHash(const Side &side, const QList<QByteArrayView> &fields)
    {
        qsizetype needed = 0;
        for (int column : side.fromUnion)
            needed += qsizetype(sizeof(quint32)) + value(fields, column).size();
        if (m_rowBytes.size() < needed)
            m_rowBytes.resize(needed * 2);
        char *const start = m_rowBytes.data();
        char *out = start;
        for (int column : side.fromUnion) {
            const QByteArrayView v = value(fields, column);
            const quint32 length = quint32(v.size());
            std::memcpy(out, &length, sizeof length);
            out += sizeof length;
            if (length > 0)
                std::memcpy(out, v.data(), size_t(length));
            out += length;
        }
        return hash64(QByteArrayView(start, out - start)) & ~kFlags;
    }

    // A parser that stopped early or a row count that differs from the index means the file
    // was not read as the window shows it.
    bool checkRead(const Side &side, qint64 rows)
    {
        if (side.parser->failed()) {
            incomplete(side.parser->errorString());
            return false;
        }
        if (rows != side.index->rowCount()) {
            incomplete(tr("%1 changed while it was being compared.").arg(side.index->fileName()));
            return false;
        }
        return true;
    }

    bool indexPrevious()
    {
        if (!m_previous.parser)
            return true;
        if (m_previous.keyless) {
            m_changes.previousRows = m_previous.index->rowCount();
            return true;
        }
        QList<QByteArrayView> fields;
        qint64 rows = 0;
        while (m_previous.parser->readRecord(&fields)) {
            if (cancelled(rows))
                return false;
            ++rows;
            m_index.add(keyHash(m_previous, fields), rowHash(m_previous, fields));
        }
        m_changes.previousRows = rows;
        m_index.finish();
        return checkRead(m_previous, rows);
    }

    bool scanCurrent(std::vector<quint64> *addedKeys)
    {
        if (!m_current.parser)
            return true;
        const bool matchable = !m_current.keyless && !m_previous.keyless;
        if (matchable)
            m_changedOf.assign(m_index.entries().size(), kNotChanged);
        const AsmDiffIndex::Entry *base = m_index.entries().data();
        QList<QByteArrayView> fields;
        quint32 row = 0;
        for (; m_current.parser->readRecord(&fields); ++row) {
            if (cancelled(row))
                return false;
            const quint64 key = m_current.keyless ? 0 : keyHash(m_current, fields);
            AsmDiffIndex::Entry *found = nullptr;
            quint64 hash = 0;
            if (matchable) {
                hash = rowHash(m_current, fields);
                found = match(key, hash);
            }
            if (!found) {
                m_changes.addedRows.push_back({row, RowChange::kNoRow});
                if (addedKeys && !m_current.keyless)
                    addedKeys->push_back(key);
                continue;
            }
            found->row |= kMatched;
            ++m_matched;
            if ((found->row & ~kFlags) == hash) {
                ++m_changes.unchanged;
                continue;
            }
            m_changedOf[size_t(found - base)] = quint32(m_changes.changedRows.size());
            m_changes.changedRows.push_back({row, RowChange::kNoRow});
        }
        m_changes.currentRows = row;
        return checkRead(m_current, row);
    }

    // Prefers an identical previous row, so that repeated keys pair up sensibly.
    AsmDiffIndex::Entry *match(quint64 key, quint64 hash)
    {
        AsmDiffIndex::Entry *firstFree = nullptr;
        for (auto [it, end] = m_index.range(key); it != end; ++it) {
            if (it->row & kMatched)
                continue;
            if ((it->row & ~kFlags) == hash)
                return it;
            if (!firstFree)
                firstFree = it;
        }
        return firstFree;
    }

    // Second pass over the previous file: the rows no current row matched, and the previous
    // row of each changed one.
    void findPreviousRows(std::vector<quint64> *removedKeys)
    {
        Side again;
        again.index = m_previous.index;
        if (!open(&again))
            return;
        const AsmDiffIndex::Entry *base = m_index.entries().data();
        QList<QByteArrayView> fields;
        quint32 row = 0;
        for (; again.parser->readRecord(&fields); ++row) {
            if (cancelled(row))
                return;
            if (m_previous.keyless) {
                m_changes.removedRows.push_back({RowChange::kNoRow, row});
                continue;
            }
            const quint64 key = keyHash(m_previous, fields);
            const quint64 hash = rowHash(m_previous, fields);
            for (auto [it, end] = m_index.range(key); it != end; ++it) {
                if ((it->row & kVisited) || (it->row & ~kFlags) != hash)
                    continue;
                it->row |= kVisited;
                if (!(it->row & kMatched)) {
                    m_changes.removedRows.push_back({RowChange::kNoRow, row});
                    if (removedKeys)
                        removedKeys->push_back(key);
                } else if (const quint32 changed = m_changedOf[size_t(it - base)];
                           changed != kNotChanged) {
                    m_changes.changedRows[changed].previousRow = row;
                }
                break;
            }
        }
        checkRead(again, row);
    }

    const std::atomic_bool &m_cancel;
    TableChanges m_changes;
    QByteArrayList m_keyNames;
    Side m_previous;
    Side m_current;
    AsmDiffIndex m_index;
    std::vector<quint32> m_changedOf; // index entry -> position in changedRows
    qint64 m_matched = 0;
    QByteArray m_rowBytes;
};

TableChanges firstDelivery(AsmTable table, const CsvTableIndex *current)
{
    TableChanges changes;
    changes.table = table;
    if (!current) {
        changes.complete = false;
        changes.problem = PackageDiffer::tr("%1 could not be read.").arg(asmFileName(table));
        return changes;
    }
    changes.currentRows = current->rowCount();
    changes.added = changes.currentRows;
    changes.columns = current->columns();
    for (qsizetype i = 0; i < changes.columns.size(); ++i) {
        changes.currentColumn.append(int(i));
        changes.previousColumn.append(-1);
    }
    return changes;
}

} // namespace

PackageChanges PackageDiffer::compare(const TableSet *previous, const TableSet &current,
                                      const std::atomic_bool &cancel)
{
    QElapsedTimer timer;
    timer.start();
    PackageChanges out;
    out.hasPrevious = previous != nullptr;
    std::vector<quint64> addedPeople;
    std::vector<quint64> removedPeople;
    qint64 added = 0;
    qint64 removed = 0;
    for (AsmTable table : kAsmTables) {
        if (cancel.load())
            return out;
        const size_t i = size_t(table);
        if (previous) {
            const bool people = isPeople(table);
            out.table(table) =
                TableComparison(table, (*previous)[i].get(), current[i].get(), cancel)
                    .run(people ? &addedPeople : nullptr, people ? &removedPeople : nullptr);
        } else {
            out.table(table) = firstDelivery(table, current[i].get());
        }
        if (isPeople(table)) {
            added += out.table(table).added;
            removed += out.table(table).removed;
        }
    }
    std::sort(addedPeople.begin(), addedPeople.end());
    std::sort(removedPeople.begin(), removedPeople.end());
    std::vector<quint64> both;
    std::set_intersection(addedPeople.begin(), addedPeople.end(), removedPeople.begin(),
                          removedPeople.end(), std::back_inserter(both));
    out.peopleMoved = qint64(both.size());
    out.peopleCreated = added - out.peopleMoved;
    out.peopleDeactivated = removed - out.peopleMoved;
    qCDebug(lcPreview) << "compared packages in" << timer.elapsed() << "ms";
    return out;
}

} // namespace rb
