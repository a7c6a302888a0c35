#include "RosterConverter.h"

#include "asm/AsmMapper.h"
#include "filters/RosterSelection.h"
#include "oneroster/OneRosterCsvLoader.h"
#include "oneroster/OneRosterSource.h"

namespace rb {

RosterConverter::RosterConverter(FilterSettings filters, MappingOptions mapping)
    : m_filters(std::move(filters))
    , m_mapping(std::move(mapping))
{
}

bool RosterConverter::convert(const QString &input, const QString &outputFolder, Findings *findings)
{
    auto source = OneRosterSource::open(input, findings);
    if (!source)
        return false;
    m_version = oneRosterVersionName(source->version());

    RosterStore store;
    OneRosterCsvLoader loader(*source, &store, findings);
    if (!loader.loadEntities(m_filters.activeTermsOnly))
        return false;

    RosterSelection selection(store, m_filters);
    if (!selection.select(loader, findings))
        return false;

    AsmMapper mapper(store, selection, m_mapping);
    const bool ok = mapper.write(outputFolder, findings);
    for (AsmTable t : kAsmTables)
        m_rows.insert(t, mapper.rows(t));

    QJsonObject read{{QStringLiteral("orgs"), qint64(store.orgs.size())},
                     {QStringLiteral("academicSessions"), qint64(store.sessions.size())},
                     {QStringLiteral("courses"), qint64(store.courses.size())},
                     {QStringLiteral("classes"), qint64(store.classes.size())},
                     {QStringLiteral("users"), qint64(store.users.size())},
                     {QStringLiteral("enrollments"), loader.enrollmentRows()}};
    m_stats = QJsonObject{{QStringLiteral("oneRosterVersion"), m_version},
                          {QStringLiteral("read"), read},
                          {QStringLiteral("kept"), selection.stats()}};
    return ok && !findings->hasErrors();
}

} // namespace rb
