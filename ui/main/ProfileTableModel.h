#pragma once

#include <QAbstractTableModel>
#include <QTimeZone>

namespace rb {

class StatusTracker;

// The profiles as the main window lists them: name, state, last run, next run, schedule.
class ProfileTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Name, State, LastDelivered, LastRun, NextRun, Schedule, ColumnCount };
    // The profile's id, for any column.
    static constexpr int IdRole = Qt::UserRole + 1;

    explicit ProfileTableModel(StatusTracker *tracker, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // "3 minutes ago", "yesterday at 05:00"; local time.
    static QString whenText(const QDateTime &utc, const QDateTime &nowUtc,
                            const QTimeZone &zone = QTimeZone::systemTimeZone());
    // When a profile runs next, in its schedule's zone, with this computer's time beside it
    // when the zones differ: "tomorrow at 05:00 · 10:00 here".
    static QString nextRunText(const QDateTime &utc, const QDateTime &nowUtc,
                               const QString &zoneId);

private:
    StatusTracker *m_tracker;
};

} // namespace rb
