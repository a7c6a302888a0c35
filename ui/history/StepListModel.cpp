#include "history/StepListModel.h"

#include "history/HistoryText.h"
#include "history/RunStatusStyle.h"

using namespace Qt::StringLiterals;

namespace rb {

StepListModel::StepListModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void StepListModel::setSteps(const QList<StepRecord> &steps)
{
    beginResetModel();
    m_steps = steps;
    endResetModel();
}

void StepListModel::clear()
{
    setSteps({});
}

int StepListModel::rowOfStep(qint64 stepId) const
{
    for (int row = 0; row < m_steps.size(); ++row) {
        if (m_steps.at(row).id == stepId)
            return row;
    }
    return -1;
}

int StepListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_steps.size());
}

int StepListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant StepListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const StepRecord &step = m_steps.at(index.row());
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
    case Qt::DecorationRole:
        if (column == Status)
            return RunStatusStyle::stepIcon(step.status);
        break;
    case Qt::ForegroundRole:
        if (column == Status)
            return RunStatusStyle::stepForeground(step.status);
        break;
    case Qt::TextAlignmentRole:
        if (column == Duration)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    default:
        break;
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
