#pragma once

#include <QAbstractTableModel>
#include <QList>
#include <QVariant>

namespace rb {

// What the history panel's three tables (runs, steps, exchanges) share: records that carry an
// id, one per row, replaced or appended as the panel reads them. A model adds its columns.
template<typename Record>
class RecordListModel : public QAbstractTableModel
{
public:
    RecordListModel(int columns, QObject *parent)
        : QAbstractTableModel(parent)
        , m_columns(columns)
    {
    }

    void setRecords(const QList<Record> &records)
    {
        beginResetModel();
        m_records = records;
        endResetModel();
    }
    void appendRecords(const QList<Record> &records)
    {
        if (records.isEmpty())
            return;
        const int first = rowCount();
        beginInsertRows({}, first, first + int(records.size()) - 1);
        m_records.append(records);
        endInsertRows();
    }
    void clear() { setRecords({}); }
    const QList<Record> &records() const { return m_records; }
    // Only for a valid row.
    const Record &recordAt(int row) const { return m_records.at(row); }
    // -1 when the record is not listed.
    int rowOf(qint64 id) const
    {
        for (int row = 0; row < m_records.size(); ++row) {
            if (m_records.at(row).id == id)
                return row;
        }
        return -1;
    }

    int rowCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : int(m_records.size());
    }
    int columnCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : m_columns;
    }

protected:
    // The look the three tables share: the status column's icon and colour, and numbers
    // aligned right. icon() and colour() are called only for the status column.
    template<typename Icon, typename Colour>
    static QVariant sharedLook(int role, bool statusColumn, bool numberColumn, Icon icon,
                               Colour colour)
    {
        switch (role) {
        case Qt::DecorationRole:
            return statusColumn ? QVariant(icon()) : QVariant();
        case Qt::ForegroundRole:
            return statusColumn ? QVariant(colour()) : QVariant();
        case Qt::TextAlignmentRole:
            return numberColumn ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter)) : QVariant();
        default:
            return {};
        }
    }

    // The record shown at a valid index of this model; nullptr for any other index.
    const Record *recordOf(const QModelIndex &index) const
    {
        if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
            return nullptr;
        return &m_records.at(index.row());
    }

private:
    int m_columns;
    QList<Record> m_records;
};

} // namespace rb
