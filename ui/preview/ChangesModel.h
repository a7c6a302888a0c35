#pragma once

#include "preview/CsvRowCache.h"
#include "preview/PackageChanges.h"
#include "preview/PackageDiffer.h"

#include <QAbstractTableModel>

#include <memory>
#include <optional>

namespace rb {

class DecisionLookup;

// The rows of one file that differ from the last delivery: removed rows first (what Apple
// School Manager will deactivate or drop), then added, then changed. Columns are "Change",
// "Line" and the file's columns; in a changed row each changed value reads "old → new" and is
// highlighted. Values are read from the extracted files when shown.
class ChangesModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { KindColumn, CauseColumn, LineColumn, FirstValueColumn };
    enum Role {
        // bool: the value differs from the last delivery.
        ChangedValueRole = Qt::UserRole + 1,
        // int (ChangeKind) of the row.
        KindRole,
        // qint64: the row in the current table, -1 for a removed row.
        CurrentRowRole,
    };

    explicit ChangesModel(QObject *parent = nullptr);

    // Everything the model reads; current and previous must hold the tables the changes were
    // computed from.
    void setChanges(std::shared_ptr<const PackageChanges> changes, const TableSet &current,
                    const TableSet &previous);
    // The run's decision trail: the Cause column says which rule removed or changed a row.
    // Null when the run kept none.
    void setDecisions(std::shared_ptr<const DecisionLookup> decisions);
    void setTable(AsmTable table);
    AsmTable table() const { return m_table; }
    // nullopt shows every kind.
    void setKindFilter(std::optional<ChangeKind> kind);
    std::optional<ChangeKind> kindFilter() const { return m_kind; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    static QString kindName(ChangeKind kind);

private:
    struct Entry
    {
        ChangeKind kind;
        RowChange rows;
    };

    const TableChanges *changes() const;
    Entry entry(int row) const;
    QVariant valueData(const Entry &entry, int unionColumn, int role) const;
    QVariant kindData(const Entry &entry, int role) const;
    QVariant lineData(const Entry &entry, int role) const;
    QVariant causeData(const Entry &entry, int role) const;
    QString previousValue(quint32 row, int unionColumn) const;
    void rebuild();

    std::shared_ptr<const PackageChanges> m_changes;
    TableSet m_current;
    TableSet m_previous;
    AsmTable m_table = AsmTable::Students;
    std::optional<ChangeKind> m_kind;
    std::unique_ptr<CsvRowCache> m_currentRows;
    std::unique_ptr<CsvRowCache> m_previousRows;
    std::shared_ptr<const DecisionLookup> m_decisions;
    // Union columns of the row's id, and of a roster row's class and student; -1 if absent.
    int m_idColumn = -1, m_classColumn = -1, m_studentColumn = -1;
};

} // namespace rb
