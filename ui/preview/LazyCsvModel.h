#pragma once

#include "preview/CsvRowCache.h"

#include <QAbstractTableModel>

#include <memory>

namespace rb {

class CsvTableIndex;

// One table of the package as a read-only table: the header gives the columns, the vertical
// header shows each row's line in the file (as findings cite it), and rows are read from the
// extracted file only when a view asks for them.
class LazyCsvModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    explicit LazyCsvModel(std::shared_ptr<const CsvTableIndex> index, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    const CsvTableIndex &table() const { return m_cache.index(); }
    std::shared_ptr<const CsvTableIndex> tableIndex() const { return m_index; }
    // Line 1 is the header: data row r is line r + 2.
    static qint64 lineOfRow(qsizetype row) { return row + 2; }

private:
    std::shared_ptr<const CsvTableIndex> m_index;
    mutable CsvRowCache m_cache;
};

} // namespace rb
