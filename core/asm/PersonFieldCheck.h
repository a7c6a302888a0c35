#pragma once

#include "MappingOptions.h"

#include <QHash>

namespace rb {

class RosterStore;

// Checks each person as the mapper writes them, before anything is uploaded: the field the
// district's Managed Apple Account format is built from must be there (ASM fails the whole
// upload otherwise), and no two people may share an email address (federation needs them
// unique). Findings point at the person's users.csv line.
class PersonFieldCheck
{
    Q_DECLARE_TR_FUNCTIONS(rb::PersonFieldCheck)
public:
    PersonFieldCheck(const RosterStore &store, const MappingOptions &options, Findings *findings);

    // One person as sent: their index in the store and their values of the three columns.
    void check(quint32 user, QByteArrayView personNumber, QByteArrayView sisUsername,
               QByteArrayView email);

    qint64 missing() const { return m_missing; }
    qint64 duplicateEmails() const { return m_duplicates; }

private:
    const RosterStore &m_store;
    std::optional<PersonColumn> m_required;
    bool m_emailIsKey;
    Findings *m_findings;
    // hash64 of the lower-cased address → the first person who has it
    QHash<quint64, quint32> m_emails;
    qint64 m_missing = 0;
    qint64 m_duplicates = 0;
};

} // namespace rb
