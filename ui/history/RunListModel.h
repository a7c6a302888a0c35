#pragma once

#include "store/RunRecord.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QString>

namespace rb {

// The runs the history panel has read, newest first, one row each. It holds records already
// loaded; the panel adds pages as the admin scrolls.
class RunListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Started, Profile, Trigger, Status, Duration, Message, ColumnCount };
    enum Role { RunIdRole = Qt::UserRole + 1 };

    explicit RunListModel(QObject *parent = nullptr);

    // Profile ids to names; a deleted profile's runs show its id.
    void setProfileNames(const QHash<QString, QString> &names);
    QString profileName(const QString &profileId) const;

    void setRuns(const QList<RunRecord> &runs);
    void appendRuns(const QList<RunRecord> &runs);
    void clear();
    const QList<RunRecord> &runs() const { return m_runs; }
    // Only for a valid row.
    const RunRecord &runAt(int row) const { return m_runs.at(row); }
    // -1 when the run is not loaded.
    int rowOfRun(qint64 runId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<RunRecord> m_runs;
    QHash<QString, QString> m_names;
};

} // namespace rb
