#pragma once

#include "store/RunRecord.h"

#include <QAbstractTableModel>
#include <QList>

namespace rb {

// The steps of the run selected in the history panel, in the order they ran.
class StepListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Ordinal, Step, Status, Duration, Counts, Message, ColumnCount };
    enum Role { StepIdRole = Qt::UserRole + 1 };

    explicit StepListModel(QObject *parent = nullptr);

    void setSteps(const QList<StepRecord> &steps);
    void clear();
    const QList<StepRecord> &steps() const { return m_steps; }
    // Only for a valid row.
    const StepRecord &stepAt(int row) const { return m_steps.at(row); }
    // -1 when the step is not listed.
    int rowOfStep(qint64 stepId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<StepRecord> m_steps;
};

} // namespace rb
