#pragma once

#include "history/RecordListModel.h"
#include "store/RunRecord.h"

#include <QHash>
#include <QString>

namespace rb {

// The runs the history panel has read, newest first, one row each. It holds records already
// loaded; the panel adds pages as the admin scrolls.
class RunListModel : public RecordListModel<RunRecord>
{
    Q_OBJECT
public:
    enum Column { Started, Profile, Trigger, Status, Duration, Message, ColumnCount };
    enum Role { RunIdRole = Qt::UserRole + 1 };

    explicit RunListModel(QObject *parent = nullptr);

    // Profile ids to names; a deleted profile's runs show its id.
    void setProfileNames(const QHash<QString, QString> &names);
    QString profileName(const QString &profileId) const;

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QHash<QString, QString> m_names;
};

} // namespace rb
