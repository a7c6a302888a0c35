#include "ProfileTableModel.h"

#include "StatusTracker.h"

#include <QLocale>

namespace rb {

ProfileTableModel::ProfileTableModel(StatusTracker *tracker, QObject *parent)
    : QAbstractTableModel(parent)
    , m_tracker(tracker)
{
    connect(tracker, &StatusTracker::reset, this, [this] {
        beginResetModel();
        endResetModel();
    });
    connect(tracker, &StatusTracker::profileChanged, this,
            [this](int row) { Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1)); });
}

int ProfileTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_tracker->profiles().size());
}

int ProfileTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ProfileTableModel::whenText(const QDateTime &utc, const QDateTime &nowUtc,
                                    const QTimeZone &zone)
{
    if (!utc.isValid())
        return tr("—");
    const QDateTime local = utc.toTimeZone(zone);
    const QDate today = nowUtc.toTimeZone(zone).date();
    const QString time = QLocale().toString(local.time(), QLocale::ShortFormat);
    const qint64 secs = nowUtc.secsTo(utc);
    if (secs <= 0 && secs > -60)
        return tr("just now");
    if (secs < 0 && secs > -3600)
        return tr("%n minute(s) ago", nullptr, int(-secs / 60));
    if (local.date() == today)
        return tr("today at %1").arg(time);
    if (local.date() == today.addDays(-1))
        return tr("yesterday at %1").arg(time);
    if (local.date() == today.addDays(1))
        return tr("tomorrow at %1").arg(time);
    return QLocale().toString(local, QLocale::ShortFormat);
}

QString ProfileTableModel::nextRunText(const QDateTime &utc, const QDateTime &nowUtc,
                                       const QString &zoneId)
{
    const QTimeZone zone(zoneId.toUtf8());
    if (!utc.isValid() || !zone.isValid() || zone == QTimeZone::systemTimeZone() ||
        zone.offsetFromUtc(utc) == QTimeZone::systemTimeZone().offsetFromUtc(utc))
        return whenText(utc, nowUtc);
    return tr("%1 · %2 here")
        .arg(whenText(utc, nowUtc, zone),
             QLocale().toString(utc.toLocalTime().time(), QLocale::ShortFormat));
}

QVariant ProfileTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ProfileStatus &s = m_tracker->profiles().at(index.row());
    if (role == IdRole)
        return s.id;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (role == Qt::DisplayRole || role == Qt::AccessibleTextRole) {
        switch (index.column()) {
        case Name:
            return s.name;
        case State:
            return s.stateText();
        case LastDelivered:
            return s.lastDelivered.isValid() ? whenText(s.lastDelivered, now) : tr("never");
        case LastRun:
            return s.lastRun ? whenText(s.lastRun->startedAt, now) : tr("never");
        case NextRun:
            if (s.paused)
                return tr("paused");
            return s.nextDue.isValid() ? nextRunText(s.nextDue, now, s.timeZone)
                                       : (s.hasSchedule ? tr("—") : tr("by hand"));
        case Schedule:
            return s.scheduleText;
        default:
            break;
        }
    }
    if (role == Qt::DecorationRole && index.column() == State)
        return AppStateText::icon(s.state());
    if (role == Qt::ToolTipRole) {
        if (index.column() == Name)
            return s.route;
        if (index.column() == State && s.lastRun)
            return s.lastRun->message;
        if (index.column() == Schedule)
            return s.scheduleText;
    }
    return {};
}

QVariant ProfileTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("Profile");
    case State:
        return tr("State");
    case LastDelivered:
        return tr("Last delivered");
    case LastRun:
        return tr("Last run");
    case NextRun:
        return tr("Next run");
    case Schedule:
        return tr("Schedule");
    default:
        break;
    }
    return {};
}

} // namespace rb
