#pragma once

#include "history/RecordListModel.h"
#include "store/RunRecord.h"

namespace rb {

// The HTTP requests, SFTP and file operations of the step selected in the history panel.
class ExchangeListModel : public RecordListModel<ExchangeRecord>
{
    Q_OBJECT
public:
    enum Column { Kind, Operation, Target, HttpStatus, Ok, Duration, Bytes, Error, ColumnCount };
    enum Role { ExchangeIdRole = Qt::UserRole + 1 };

    explicit ExchangeListModel(QObject *parent = nullptr);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
};

} // namespace rb
