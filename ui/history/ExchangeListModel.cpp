#include "history/ExchangeListModel.h"

#include "history/HistoryText.h"
#include "history/RunStatusStyle.h"

using namespace Qt::StringLiterals;

namespace rb {

ExchangeListModel::ExchangeListModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void ExchangeListModel::setExchanges(const QList<ExchangeRecord> &exchanges)
{
    beginResetModel();
    m_exchanges = exchanges;
    endResetModel();
}

void ExchangeListModel::clear()
{
    setExchanges({});
}

int ExchangeListModel::rowOfExchange(qint64 exchangeId) const
{
    for (int row = 0; row < m_exchanges.size(); ++row) {
        if (m_exchanges.at(row).id == exchangeId)
            return row;
    }
    return -1;
}

int ExchangeListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_exchanges.size());
}

int ExchangeListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ExchangeListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ExchangeRecord &e = m_exchanges.at(index.row());
    if (role == ExchangeIdRole)
        return e.id;
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case Kind:
            return HistoryText::exchangeKind(e.kind);
        case Operation:
            return e.operation;
        case Target:
            return e.target;
        case HttpStatus:
            // SFTP and file operations have no status; neither has a request left unanswered.
            return e.status > 0 ? QVariant(e.status) : QVariant(u"-"_s);
        case Ok:
            return e.ok ? tr("ok") : tr("failed");
        case Duration:
            return HistoryText::duration(e.durationMs);
        case Bytes:
            return HistoryText::dataSize(e.bytes);
        case Error:
            return HistoryText::oneLine(e.error);
        }
        break;
    case Qt::ToolTipRole:
        if (column == Target)
            return e.target;
        if (column == Error && !e.error.isEmpty())
            return e.error;
        break;
    case Qt::DecorationRole:
        if (column == Ok)
            return RunStatusStyle::exchangeIcon(e.ok);
        break;
    case Qt::TextAlignmentRole:
        if (column == HttpStatus || column == Duration || column == Bytes)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    default:
        break;
    }
    return {};
}

QVariant ExchangeListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Kind:
        return tr("Kind");
    case Operation:
        return tr("Operation");
    case Target:
        return tr("URL or path");
    case HttpStatus:
        return tr("HTTP");
    case Ok:
        return tr("Result");
    case Duration:
        return tr("Duration");
    case Bytes:
        return tr("Size");
    case Error:
        return tr("Error");
    default:
        return {};
    }
}

} // namespace rb
