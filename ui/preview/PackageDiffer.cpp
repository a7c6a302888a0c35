#include "preview/PackageDiffer.h"

#include "pipeline/AsmTableMatcher.h"
#include "preview/CsvTableIndex.h"
#include "preview/PreviewLog.h"

#include <QElapsedTimer>
#include <QFile>

namespace rb {

namespace {

bool isPeople(AsmTable table)
{
    return table == AsmTable::Students || table == AsmTable::Staff;
}

// Keeps every differing row by its position.
class AllRowsSink : public AsmRowSink
{
public:
    explicit AllRowsSink(TableChanges *changes)
        : m_changes(changes)
    {
    }

    void started(const AsmColumnUnion &layout) override
    {
        m_changes->columns = layout.columns;
        m_changes->currentColumn = layout.currentColumn;
        m_changes->previousColumn = layout.previousColumn;
    }
    bool wantsCurrentValues() const override { return false; }
    bool wantsRemovedRows() const override { return true; }

    void added(quint32 currentRow, qint64, const QList<QByteArrayView> &) override
    {
        m_changes->addedRows.push_back({currentRow, RowChange::kNoRow});
    }
    bool changed(quint32 currentRow, qint64, const QList<QByteArrayView> &, quint32) override
    {
        m_changes->changedRows.push_back({currentRow, RowChange::kNoRow});
        return true;
    }
    void changedPrevious(quint32 token, quint32 previousRow, qint64,
                         const QList<QByteArrayView> &) override
    {
        m_changes->changedRows[token].previousRow = previousRow;
    }
    void removed(quint32 previousRow, qint64, const QList<QByteArrayView> &) override
    {
        m_changes->removedRows.push_back({RowChange::kNoRow, previousRow});
    }

private:
    TableChanges *m_changes;
};

AsmTableMatcher::Opener opener(const CsvTableIndex *index)
{
    if (!index)
        return {};
    return [path = index->filePath(),
            name = index->fileName()]() -> Result<std::unique_ptr<QIODevice>> {
        auto file = std::make_unique<QFile>(path);
        if (file->open(QIODevice::ReadOnly))
            return std::unique_ptr<QIODevice>(std::move(file));
        return Failure{PackageDiffer::tr("%1 cannot be read: %2").arg(name, file->errorString())};
    };
}

TableChanges compareTable(AsmTable table, const CsvTableIndex *previous,
                          const CsvTableIndex *current, const std::atomic_bool &cancel,
                          std::vector<quint64> *addedKeys, std::vector<quint64> *removedKeys)
{
    TableChanges changes;
    changes.table = table;
    AllRowsSink sink(&changes);
    const AsmTableMatcher::Result r =
        AsmTableMatcher(table, opener(previous), opener(current), &cancel).run(sink);
    if (addedKeys) {
        addedKeys->insert(addedKeys->end(), r.addedKeys.begin(), r.addedKeys.end());
        removedKeys->insert(removedKeys->end(), r.removedKeys.begin(), r.removedKeys.end());
    }
    changes.previousRows = r.previousRows;
    changes.currentRows = r.currentRows;
    changes.added = r.added;
    changes.removed = r.removed;
    changes.changed = r.changed;
    changes.unchanged = r.unchanged;
    changes.complete = r.complete;
    changes.problem = r.problem;
    const QString file = asmFileName(table);
    // A row count that differs from the index means the file was not read as the window
    // shows it.
    QString why;
    if (!previous)
        why = PackageDiffer::tr("%1 of the last delivery could not be read.").arg(file);
    else if (!current)
        why = PackageDiffer::tr("%1 could not be read.").arg(file);
    else if (r.complete &&
             (r.previousRows != previous->rowCount() || r.currentRows != current->rowCount()))
        why = PackageDiffer::tr("%1 changed while it was being compared.").arg(file);
    if (!why.isEmpty() && changes.complete) {
        changes.complete = false;
        changes.problem = why;
    }
    if (!changes.complete)
        qCWarning(lcPreview) << "comparison incomplete:" << changes.problem;
    return changes;
}

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
                compareTable(table, (*previous)[i].get(), current[i].get(), cancel,
                             people ? &addedPeople : nullptr, people ? &removedPeople : nullptr);
        } else {
            out.table(table) = firstDelivery(table, current[i].get());
        }
        if (isPeople(table)) {
            added += out.table(table).added;
            removed += out.table(table).removed;
        }
    }
    out.peopleMoved = AsmTableMatcher::keysInBoth(std::move(addedPeople), std::move(removedPeople));
    out.peopleCreated = added - out.peopleMoved;
    out.peopleDeactivated = removed - out.peopleMoved;
    qCDebug(lcPreview) << "compared packages in" << timer.elapsed() << "ms";
    return out;
}

} // namespace rb
