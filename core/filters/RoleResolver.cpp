#include "RoleResolver.h"

#include <algorithm>

namespace rb {

RoleResolver::RoleResolver(const RosterStore &store, const FilterSettings &filters, QDate day)
    : m_store(store)
    , m_day(day)
{
    const auto count = size_t(store.roleNames.size());
    m_roleKind.assign(count, PersonKind::None);
    m_roleKnown.assign(count, false);
    for (size_t r = 0; r < count; ++r) {
        const QString name = QString::fromUtf8(store.roleNames.at(qsizetype(r)));
        switch (roleFamily(name)) {
        case RoleFamily::Student:
            m_roleKind[r] = PersonKind::Student;
            m_roleKnown[r] = true;
            break;
        case RoleFamily::Teacher:
            m_roleKind[r] = PersonKind::Staff;
            m_roleKnown[r] = true;
            break;
        case RoleFamily::Family:
            m_roleKnown[r] = true;
            break;
        case RoleFamily::StaffType:
        case RoleFamily::Other:
            if (filters.roleRules.contains(name)) {
                m_roleKnown[r] = true;
                if (filters.roleRules.value(name) == RoleRule::Staff)
                    m_roleKind[r] = PersonKind::Staff;
            }
            break;
        }
    }
}

bool RoleResolver::isCurrent(const RoleRecord &role) const
{
    return (!role.beginDate.isValid() || role.beginDate <= m_day) &&
           (!role.endDate.isValid() || m_day <= role.endDate);
}

void RoleResolver::currentRoles(const UserRecord &u, std::vector<quint32> *out) const
{
    // Active roles in their dates; a user whose every such role is being deleted is placed by
    // those (the user usually is being deleted too, and the status filter decides).
    out->clear();
    for (int pass = 0; pass < 2 && out->empty(); ++pass) {
        for (quint32 k = u.firstRole; k < u.firstRole + u.roleCount; ++k) {
            const RoleRecord &r = m_store.userRoles[k];
            if (isCurrent(r) && (pass == 1 || r.status == RecordStatus::Active))
                out->push_back(k);
        }
    }
}

bool RoleResolver::checkRules(Findings *findings) const
{
    const auto count = m_roleKind.size();
    std::vector<qint64> users(count, 0);
    std::vector<quint32> line(count, 0);
    std::vector<quint32> lastUser(count, kNone);
    std::vector<quint32> current;
    for (quint32 i = 0; i < m_store.users.size(); ++i) {
        currentRoles(m_store.users[i], &current);
        for (quint32 k : current) {
            const RoleRecord &r = m_store.userRoles[k];
            if (lastUser[r.role] == i)
                continue;
            lastUser[r.role] = i;
            if (users[r.role]++ == 0)
                line[r.role] = r.line;
        }
    }
    // 1.2 keeps roles in roles.csv; the lines point there.
    const QString rolesFile =
        m_store.rolesFromRolesFile ? QStringLiteral("roles.csv") : QStringLiteral("users.csv");
    bool ok = true;
    for (size_t r = 0; r < count; ++r) {
        if (users[r] == 0)
            continue;
        const QString name = QString::fromUtf8(m_store.roleNames.at(qsizetype(r)));
        const RoleFamily family = roleFamily(name);
        if (!m_roleKnown[r]) {
            findings->error(rolesFile, line[r], QStringLiteral("role"),
                            tr("%n user(s) have the role \"%1\", which has no rule; choose Staff "
                               "or Leave out for it in the profile's roles, or add \"%1\": "
                               "\"staff\" or \"exclude\" to the filters' roleRules",
                               nullptr, int(users[r]))
                                .arg(name),
                            QStringLiteral("role.unknown"));
            ok = false;
        } else if (m_roleKind[r] == PersonKind::None) {
            findings->info(rolesFile, 0, QStringLiteral("role"),
                           family == RoleFamily::Family
                               ? tr("%n user(s) with the role \"%1\" are not sent for it "
                                    "(family roles never are)",
                                    nullptr, int(users[r]))
                                     .arg(name)
                               : tr("%n user(s) with the role \"%1\" are not sent for it (role "
                                    "rule: leave out)",
                                    nullptr, int(users[r]))
                                     .arg(name),
                           QStringLiteral("role.excluded"));
        }
    }
    return ok;
}

RoleResolver::Person RoleResolver::resolve(quint32 user, std::vector<quint32> *orgs) const
{
    orgs->clear();
    const UserRecord &u = m_store.users[user];
    std::vector<quint32> &current = m_scratch;
    currentRoles(u, &current);
    Person person;
    auto kindOf = [this](quint32 k) {
        return m_roleKind[m_store.userRoles[k].role];
    };

    // The role at the primary org decides (its primary role type first).
    if (u.primaryOrg != kNone) {
        quint32 atPrimary = kNone;
        for (quint32 k : current) {
            const RoleRecord &r = m_store.userRoles[k];
            if (r.org == u.primaryOrg &&
                (atPrimary == kNone || (r.primary && !m_store.userRoles[atPrimary].primary)))
                atPrimary = k;
        }
        if (atPrimary != kNone)
            person.kind = kindOf(atPrimary);
    }
    if (person.kind == PersonKind::None) {
        for (quint32 k : current) {
            const PersonKind kind = kindOf(k);
            if (kind == PersonKind::Staff)
                person.kind = PersonKind::Staff;
            else if (kind == PersonKind::Student && person.kind == PersonKind::None)
                person.kind = PersonKind::Student;
        }
    }
    if (person.kind == PersonKind::None)
        return person;

    const QByteArray teacher = QByteArrayLiteral("teacher");
    auto addOrg = [orgs](quint32 org) {
        if (org != kNone && std::find(orgs->begin(), orgs->end(), org) == orgs->end())
            orgs->push_back(org);
    };
    for (quint32 k : current) {
        const RoleRecord &r = m_store.userRoles[k];
        if (kindOf(k) == person.kind && r.org == u.primaryOrg)
            addOrg(r.org);
    }
    for (quint32 k : current) {
        const RoleRecord &r = m_store.userRoles[k];
        if (kindOf(k) != person.kind)
            continue;
        addOrg(r.org);
        person.teacher = person.teacher || m_store.roleNames.at(r.role) == teacher;
    }
    return person;
}

bool RoleResolver::hasCurrentRole(quint32 user) const
{
    currentRoles(m_store.users[user], &m_scratch);
    return !m_scratch.empty();
}

} // namespace rb
