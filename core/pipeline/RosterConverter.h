#pragma once

#include "asm/AsmSchema.h"
#include "asm/MappingOptions.h"
#include "common/Findings.h"
#include "filters/FilterSettings.h"

#include <QHash>
#include <QJsonObject>

namespace rb {

// Turns a OneRoster CSV export (zip or folder) into the six ASM CSV files in a folder:
// read, filter, map. Validation, comparison and packaging come after it.
class RosterConverter
{
    Q_DECLARE_TR_FUNCTIONS(rb::RosterConverter)
public:
    RosterConverter(FilterSettings filters, MappingOptions mapping);

    // False when an error stopped the conversion; the findings say why. Files written to
    // outputFolder before an error are left for the caller to discard.
    bool convert(const QString &input, const QString &outputFolder, Findings *findings);

    QString oneRosterVersion() const { return m_version; }
    qint64 rows(AsmTable table) const { return m_rows.value(table); }
    // Counts of what was read and what the filters kept, for the report.
    QJsonObject stats() const { return m_stats; }

private:
    FilterSettings m_filters;
    MappingOptions m_mapping;
    QString m_version;
    QHash<AsmTable, qint64> m_rows;
    QJsonObject m_stats;
};

} // namespace rb
