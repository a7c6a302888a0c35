#include "history/RunListModel.h"

#include "history/HistoryText.h"
#include "history/RunStatusStyle.h"

namespace rb {

RunListModel::RunListModel(QObject *parent)
    : RecordListModel(ColumnCount, parent)
{
}

void RunListModel::setProfileNames(const QHash<QString, QString> &names)
{
    if (names == m_names)
        return;
    m_names = names;
    if (!records().isEmpty())
        Q_EMIT dataChanged(index(0, Profile), index(rowCount() - 1, Profile));
}

QString RunListModel::profileName(const QString &profileId) const
{
    return m_names.value(profileId, profileId);
}

QVariant RunListModel::data(const QModelIndex &index, int role) const
{
    const RunRecord *record = recordOf(index);
    if (!record)
        return {};
    const RunRecord &run = *record;
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
    default:
        return sharedLook(
            role, column == Status, column == Duration,
            [&run] { return RunStatusStyle::icon(run.status); },
            [&run] { return RunStatusStyle::foreground(run.status); });
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
