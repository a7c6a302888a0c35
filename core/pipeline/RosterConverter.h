#pragma once

#include "asm/AsmSchema.h"
#include "asm/MappingOptions.h"
#include "common/Findings.h"
#include "filters/FilterSettings.h"

#include <QHash>
#include <QJsonObject>

#include <memory>

namespace rb {

class OneRosterCsvLoader;
class OneRosterSource;
class RosterSelection;
class RosterStore;

// Turns a OneRoster CSV export (zip or folder) into the six ASM CSV files in a folder, in
// three phases a run reports as its own steps: read, filter, map. Validation, comparison and
// packaging come after it. Each phase needs the one before it to have succeeded.
class RosterConverter
{
    Q_DECLARE_TR_FUNCTIONS(rb::RosterConverter)
public:
    RosterConverter(FilterSettings filters, MappingOptions mapping);
    ~RosterConverter();

    // Opens the export and loads orgs, sessions, courses, classes and users. The loader keeps
    // reporting to these findings in the later phases: pass the same object to all three.
    bool read(const QString &input, Findings *findings);
    // Applies the filters, streaming the enrollments.
    bool filter(Findings *findings);
    // Writes the six files. Files written before an error are left for the caller to discard.
    bool map(const QString &outputFolder, Findings *findings);
    // All three; false when an error stopped the conversion (the findings say why).
    bool convert(const QString &input, const QString &outputFolder, Findings *findings);

    QString oneRosterVersion() const { return m_version; }
    qint64 rows(AsmTable table) const { return m_rows.value(table); }
    // Records read per OneRoster file, after read().
    QJsonObject readCounts() const { return m_stats.value(QStringLiteral("read")).toObject(); }
    // What the filters kept, after filter().
    QJsonObject keptCounts() const { return m_stats.value(QStringLiteral("kept")).toObject(); }
    // Active records in the export per ASM file, after filter() (see SafetyCheck).
    QHash<AsmTable, qint64> activeInExport() const;
    // What the filters left out or changed and why, as CSV (DecisionTrail), after filter();
    // empty when the run was cancelled while it was written.
    QByteArray decisionTrail() const;
    qint64 decisions() const;
    // Counts of what was read and what the filters kept, for the report.
    QJsonObject stats() const { return m_stats; }

private:
    FilterSettings m_filters;
    MappingOptions m_mapping;
    QString m_version;
    std::unique_ptr<OneRosterSource> m_source;
    std::unique_ptr<RosterStore> m_store;
    std::unique_ptr<OneRosterCsvLoader> m_loader;
    std::unique_ptr<RosterSelection> m_selection;
    QHash<AsmTable, qint64> m_rows;
    QJsonObject m_stats;
};

} // namespace rb
