#include "preview/LazyCsvModel.h"

#include "preview/CsvTableIndex.h"

#include <QLocale>

#include <limits>

namespace rb {

LazyCsvModel::LazyCsvModel(std::shared_ptr<const CsvTableIndex> index, QObject *parent)
    : QAbstractTableModel(parent)
    , m_index(index)
    , m_cache(std::move(index))
{
}

int LazyCsvModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid())
        return 0;
    // Views count rows in int; no ASM file comes near that.
    return int(std::min<qsizetype>(m_index->rowCount(), std::numeric_limits<int>::max()));
}

int LazyCsvModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_index->columns().size());
}

QVariant LazyCsvModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
    case Qt::ToolTipRole:
    case Qt::AccessibleTextRole: {
        const QString value = m_cache.row(index.row()).value(index.column());
        if (role == Qt::ToolTipRole)
            return value.size() > 40 ? QVariant(value) : QVariant();
        return value;
    }
    default:
        return {};
    }
}

QVariant LazyCsvModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal) {
        if (section < 0 || section >= columnCount())
            return {};
        if (role == Qt::DisplayRole || role == Qt::AccessibleTextRole)
            return QString::fromUtf8(m_index->columns().at(section));
        return {};
    }
    if (section < 0 || section >= rowCount())
        return {};
    if (role == Qt::DisplayRole)
        return QString::number(lineOfRow(section));
    if (role == Qt::ToolTipRole || role == Qt::AccessibleTextRole)
        return tr("Line %1 of %2").arg(QLocale().toString(lineOfRow(section)), m_index->fileName());
    return {};
}

} // namespace rb
