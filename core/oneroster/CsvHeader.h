#pragma once

#include "CsvReader.h"
#include "common/Findings.h"

#include <QByteArrayList>
#include <QHash>

namespace rb {

// Finds the columns a reader needs in a OneRoster header row. Columns are matched by name, so
// a file with extension columns or a slightly different order still reads; a required column
// that is missing is an error naming the column (and the near miss, such as a case slip).
class CsvHeader
{
    Q_DECLARE_TR_FUNCTIONS(rb::CsvHeader)
public:
    // Reads the header record. Returns false (with findings) if there is none or a required
    // column is missing.
    bool read(CsvReader &reader, const QByteArrayList &required, Findings *findings);

    // Index of a column, or -1 when the file does not have it.
    qsizetype column(QByteArrayView name) const { return m_columns.value(name.toByteArray(), -1); }
    qsizetype count() const { return m_count; }
    QString name(qsizetype index) const { return QString::fromUtf8(m_names.value(index)); }

private:
    QHash<QByteArray, qsizetype> m_columns;
    QByteArrayList m_names;
    qsizetype m_count = 0;
};

} // namespace rb
