#pragma once

#include "AsmSchema.h"
#include "MappingOptions.h"
#include "filters/RosterSelection.h"

#include <QHash>

#include <vector>

namespace rb {

class PersonFieldCheck;

// Writes the six ASM tables for a selection into a folder (students.csv and so on), in
// Apple's dialect. Extra location and instructor columns are added only as far as the data
// needs them. People's fields follow the mapping options' rules and are checked against the
// account format (PersonFieldCheck) as they are written.
class AsmMapper
{
    Q_DECLARE_TR_FUNCTIONS(rb::AsmMapper)
public:
    AsmMapper(const RosterStore &store, const RosterSelection &selection,
              const MappingOptions &options);

    bool write(const QString &folder, Findings *findings);
    qint64 rows(AsmTable table) const { return m_rows.value(table); }

private:
    bool writeLocations(const QString &folder, Findings *findings);
    bool writePeople(const QString &folder, PersonKind kind, PersonFieldCheck *check,
                     Findings *findings);
    bool writeCourses(const QString &folder, Findings *findings);
    bool writeClasses(const QString &folder, Findings *findings);
    bool writeRosters(const QString &folder, Findings *findings);
    QByteArray passwordPolicy(QByteArrayView grade) const;
    // The id as written: unchanged, or with characters ASM refuses replaced (mapping option).
    QByteArrayView id(QByteArrayView raw);
    // True (with a finding) when the run was cancelled; asks only every few thousand rows.
    static bool stopped(quint64 row, Findings *findings);

    const RosterStore &m_store;
    const RosterSelection &m_selection;
    const MappingOptions &m_options;
    QHash<AsmTable, qint64> m_rows;
    std::vector<QByteArray> m_idScratch; // repaired ids of the row being written
};

} // namespace rb
