#pragma once

#include "history/RecordListModel.h"
#include "store/RunRecord.h"

namespace rb {

// The steps of the run selected in the history panel, in the order they ran.
class StepListModel : public RecordListModel<StepRecord>
{
    Q_OBJECT
public:
    enum Column { Ordinal, Step, Status, Duration, Counts, Message, ColumnCount };
    enum Role { StepIdRole = Qt::UserRole + 1 };

    explicit StepListModel(QObject *parent = nullptr);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
};

} // namespace rb
