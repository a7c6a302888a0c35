#pragma once

#include "common/Finding.h"

#include <QAbstractTableModel>
#include <QList>

namespace rb {

// What the validator found in the package, errors first, as a table: severity, file, line,
// column, message.
class FindingsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { SeverityColumn, FileColumn, LineColumn, FieldColumn, MessageColumn, ColumnCount };

    explicit FindingsModel(QObject *parent = nullptr);

    void setFindings(QList<Finding> findings);
    const Finding &finding(int row) const { return m_findings.at(row); }
    const QList<Finding> &findings() const { return m_findings; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    static QString severityText(Severity severity);

private:
    QList<Finding> m_findings;
};

} // namespace rb
