#include "PersonFieldCheck.h"

#include "common/Hashing.h"
#include "roster/RosterStore.h"

namespace rb {

namespace {
const QString kUsers = QStringLiteral("users.csv");
} // namespace

PersonFieldCheck::PersonFieldCheck(const RosterStore &store, const MappingOptions &options,
                                   Findings *findings)
    : m_store(store)
    , m_required(options.requiredColumn())
    , m_emailIsKey(options.accountFormat == AccountFormat::Email)
    , m_findings(findings)
{
}

void PersonFieldCheck::check(quint32 user, QByteArrayView personNumber, QByteArrayView sisUsername,
                             QByteArrayView email)
{
    const UserRecord &u = m_store.users[user];
    if (m_required) {
        const QByteArrayView value = *m_required == PersonColumn::PersonNumber  ? personNumber
                                     : *m_required == PersonColumn::SisUsername ? sisUsername
                                                                                : email;
        if (value.trimmed().isEmpty()) {
            ++m_missing;
            m_findings->error(
                kUsers, u.line, QString::fromLatin1(personColumnName(*m_required)),
                tr("%1 has no %2, which the district's Managed Apple Account format is built "
                   "from; Apple School Manager would refuse the whole upload "
                   "(MANAGED_ID_GENERATION_FAILED)")
                    .arg(m_store.string(u.id), QString::fromLatin1(personColumnName(*m_required))),
                QStringLiteral("mapping.accountFormat"));
        }
    }
    if (email.isEmpty())
        return;
    // Addresses that differ only in case are the same mailbox to a directory.
    const quint64 key = hash64(email.toByteArray().toLower());
    const auto it = m_emails.constFind(key);
    if (it == m_emails.constEnd()) {
        m_emails.insert(key, user);
        return;
    }
    ++m_duplicates;
    const UserRecord &first = m_store.users[it.value()];
    const QString message =
        tr("%1 has the same email address \"%2\" as %3 (users.csv:%4); "
           "federated authentication needs each address once")
            .arg(m_store.string(u.id), QString::fromUtf8(email), m_store.string(first.id))
            .arg(first.line);
    m_findings->add(m_emailIsKey ? Severity::Error : Severity::Warning, kUsers, u.line,
                    QStringLiteral("email_address"), message,
                    QStringLiteral("mapping.duplicateEmail"));
}

} // namespace rb
