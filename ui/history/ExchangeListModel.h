#pragma once

#include "store/RunRecord.h"

#include <QAbstractTableModel>
#include <QList>

namespace rb {

// The HTTP requests, SFTP and file operations of the step selected in the history panel.
class ExchangeListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Kind, Operation, Target, HttpStatus, Ok, Duration, Bytes, Error, ColumnCount };
    enum Role { ExchangeIdRole = Qt::UserRole + 1 };

    explicit ExchangeListModel(QObject *parent = nullptr);

    void setExchanges(const QList<ExchangeRecord> &exchanges);
    void clear();
    const QList<ExchangeRecord> &exchanges() const { return m_exchanges; }
    // Only for a valid row.
    const ExchangeRecord &exchangeAt(int row) const { return m_exchanges.at(row); }
    // -1 when the exchange is not listed.
    int rowOfExchange(qint64 exchangeId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<ExchangeRecord> m_exchanges;
};

} // namespace rb
