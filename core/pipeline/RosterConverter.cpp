#include "RosterConverter.h"

#include "asm/AsmMapper.h"
#include "filters/RosterSelection.h"
#include "oneroster/OneRosterCsvLoader.h"
#include "oneroster/OneRosterSource.h"

#include <QBuffer>

namespace rb {

RosterConverter::RosterConverter(FilterSettings filters, MappingOptions mapping)
    : m_filters(std::move(filters))
    , m_mapping(std::move(mapping))
{
}

RosterConverter::~RosterConverter() = default;

bool RosterConverter::read(const QString &input, Findings *findings)
{
    m_source = OneRosterSource::open(input, findings);
    if (!m_source)
        return false;
    m_version = oneRosterVersionName(m_source->version());
    m_store = std::make_unique<RosterStore>();
    m_loader = std::make_unique<OneRosterCsvLoader>(*m_source, m_store.get(), findings);
    m_loader->setDanglingReferenceLimit(m_filters.danglingReferences);
    if (!m_loader->loadEntities(m_filters.activeTermsOnly))
        return false;
    const RosterStore &store = *m_store;
    m_stats.insert(QStringLiteral("oneRosterVersion"), m_version);
    m_stats.insert(QStringLiteral("read"),
                   QJsonObject{{QStringLiteral("orgs"), qint64(store.orgs.size())},
                               {QStringLiteral("academicSessions"), qint64(store.sessions.size())},
                               {QStringLiteral("courses"), qint64(store.courses.size())},
                               {QStringLiteral("classes"), qint64(store.classes.size())},
                               {QStringLiteral("users"), qint64(store.users.size())}});
    return !findings->hasErrors();
}

bool RosterConverter::filter(Findings *findings)
{
    if (!m_loader)
        return false;
    m_selection = std::make_unique<RosterSelection>(*m_store, m_filters, kMaxInstructors);
    if (!m_selection->select(*m_loader, findings))
        return false;
    // Enrollments are only counted once they have streamed through the filters.
    QJsonObject read = readCounts();
    read.insert(QStringLiteral("enrollments"), m_loader->enrollmentRows());
    m_stats.insert(QStringLiteral("read"), read);
    m_stats.insert(QStringLiteral("kept"), m_selection->stats());
    return !findings->hasErrors();
}

QByteArray RosterConverter::decisionTrail() const
{
    if (!m_selection)
        return {};
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    if (!m_selection->trail().write(&buffer, *m_store, m_filters))
        return {};
    return buffer.data();
}

qint64 RosterConverter::decisions() const
{
    return m_selection ? m_selection->trail().size() : 0;
}

QHash<AsmTable, qint64> RosterConverter::activeInExport() const
{
    if (!m_selection)
        return {};
    const RosterSelection::ActiveInExport active = m_selection->activeInExport();
    return {{AsmTable::Classes, active.classes},
            {AsmTable::Students, active.students},
            {AsmTable::Staff, active.staff},
            {AsmTable::Rosters, active.rosters}};
}

bool RosterConverter::map(const QString &outputFolder, Findings *findings)
{
    if (!m_selection)
        return false;
    AsmMapper mapper(*m_store, *m_selection, m_mapping);
    const bool ok = mapper.write(outputFolder, findings);
    for (AsmTable t : kAsmTables)
        m_rows.insert(t, mapper.rows(t));
    return ok && !findings->hasErrors();
}

bool RosterConverter::convert(const QString &input, const QString &outputFolder, Findings *findings)
{
    return read(input, findings) && filter(findings) && map(outputFolder, findings);
}

} // namespace rb
