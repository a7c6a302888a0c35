#include "history/RunListModel.h"

#include "history/HistoryText.h"
#include "history/RunStatusStyle.h"

namespace rb {

RunListModel::RunListModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void RunListModel::setProfileNames(const QHash<QString, QString> &names)
{
    if (names == m_names)
        return;
    m_names = names;
    if (!m_runs.isEmpty())
        Q_EMIT dataChanged(index(0, Profile), index(rowCount() - 1, Profile));
}

QString RunListModel::profileName(const QString &profileId) const
{
    return m_names.value(profileId, profileId);
}

void RunListModel::setRuns(const QList<RunRecord> &runs)
{
    beginResetModel();
    m_runs = runs;
    endResetModel();
}

void RunListModel::appendRuns(const QList<RunRecord> &runs)
{
    if (runs.isEmpty())
        return;
    const int first = rowCount();
    beginInsertRows({}, first, first + int(runs.size()) - 1);
    m_runs.append(runs);
    endInsertRows();
}

void RunListModel::clear()
{
    setRuns({});
}

int RunListModel::rowOfRun(qint64 runId) const
{
    for (int row = 0; row < m_runs.size(); ++row) {
        if (m_runs.at(row).id == runId)
            return row;
    }
    return -1;
}

int RunListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_runs.size());
}

int RunListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RunListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const RunRecord &run = m_runs.at(index.row());
    if (role == RunIdRole)
        return run.id;
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case Started:
            return HistoryText::localTime(run.startedAt);
        case Profile:
            return profileName(run.profileId);
        case Trigger:
            return HistoryText::trigger(run.trigger);
        case Status:
            return HistoryText::runStatus(run.status);
        case Duration:
            return HistoryText::duration(HistoryText::runDuration(run));
        case Message:
            return HistoryText::oneLine(run.message);
        }
        break;
    case Qt::ToolTipRole:
        if (column == Message && !run.message.isEmpty())
            return run.message;
        if (column == Profile)
            return run.profileId;
        if (column == Started)
            return tr("Run %1, started %2")
                .arg(run.id)
                .arg(HistoryText::localTime(run.startedAt, true));
        break;
    case Qt::DecorationRole:
        if (column == Status)
            return RunStatusStyle::icon(run.status);
        break;
    case Qt::ForegroundRole:
        if (column == Status)
            return RunStatusStyle::foreground(run.status);
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

QVariant RunListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Started:
        return tr("Started");
    case Profile:
        return tr("Profile");
    case Trigger:
        return tr("Trigger");
    case Status:
        return tr("Status");
    case Duration:
        return tr("Duration");
    case Message:
        return tr("Message");
    default:
        return {};
    }
}

} // namespace rb
