#include "history/ExchangeListModel.h"

#include "history/HistoryText.h"
#include "history/RunStatusStyle.h"

using namespace Qt::StringLiterals;

namespace rb {

ExchangeListModel::ExchangeListModel(QObject *parent)
    : RecordListModel(ColumnCount, parent)
{
}

QVariant ExchangeListModel::data(const QModelIndex &index, int role) const
{
    const ExchangeRecord *record = recordOf(index);
    if (!record)
        return {};
    const ExchangeRecord &e = *record;
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
    default:
        // Success shows by its icon alone; the text keeps its colour.
        return sharedLook(
            role, column == Ok, column == HttpStatus || column == Duration || column == Bytes,
            [&e] { return RunStatusStyle::exchangeIcon(e.ok); }, [] { return QVariant(); });
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
