#include "history/StepListModel.h"

#include "history/HistoryText.h"
#include "history/RunStatusStyle.h"

using namespace Qt::StringLiterals;

namespace rb {

StepListModel::StepListModel(QObject *parent)
    : RecordListModel(ColumnCount, parent)
{
}

QVariant StepListModel::data(const QModelIndex &index, int role) const
{
    const StepRecord *record = recordOf(index);
    if (!record)
        return {};
    const StepRecord &step = *record;
    if (role == StepIdRole)
        return step.id;
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case Ordinal:
            return step.ordinal;
        case Step:
            return HistoryText::stepName(step.name);
        case Status:
            return HistoryText::stepStatus(step.status);
        case Duration:
            return HistoryText::duration(step.durationMs);
        case Counts:
            return HistoryText::countsSummary(step.counts);
        case Message:
            return HistoryText::oneLine(step.message);
        }
        break;
    case Qt::ToolTipRole:
        if (column == Step)
            return step.name;
        if (column == Counts && !step.counts.isEmpty()) {
            QStringList lines = HistoryText::countLines(step.counts);
            const QStringList found = HistoryText::findings(step.counts);
            if (!found.isEmpty())
                lines << QString() << found;
            return lines.join(u'\n');
        }
        if (column == Message && !step.message.isEmpty())
            return step.message;
        break;
    default:
        return sharedLook(
            role, column == Status, column == Duration,
            [&step] { return RunStatusStyle::stepIcon(step.status); },
            [&step] { return RunStatusStyle::stepForeground(step.status); });
    }
    return {};
}

QVariant StepListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Ordinal:
        return tr("#");
    case Step:
        return tr("Step");
    case Status:
        return tr("Status");
    case Duration:
        return tr("Duration");
    case Counts:
        return tr("Counts");
    case Message:
        return tr("Message");
    default:
        return {};
    }
}

} // namespace rb
