#pragma once

#include "FilterSettings.h"
#include "roster/RosterStore.h"

#include <QCoreApplication>

#include <vector>

namespace rb {

// What a person becomes in Apple School Manager.
enum class PersonKind : quint8 { None, Student, Staff };

// Decides each user's ASM role from their roles on the run date (docs/mapping.md, "Who is
// who"): the current role at the primary org; when there is none, or it gives no account
// (a family role, a role left out), any current staff role makes staff, else a student role
// a student. Roles outside their dates are not current.
class RoleResolver
{
    Q_DECLARE_TR_FUNCTIONS(rb::RoleResolver)
public:
    struct Person
    {
        PersonKind kind = PersonKind::None;
        bool teacher = false; // holds a current teacher role (for "active teachers only")
    };

    RoleResolver(const RosterStore &store, const FilterSettings &filters, QDate day);

    // Errors for roles in use that have no rule; infos for roles left out. False on error.
    bool checkRules(Findings *findings) const;
    // The person's kind, and the orgs of their current roles that send them to that file,
    // primary org first, without repeats.
    Person resolve(quint32 user, std::vector<quint32> *orgs) const;
    // Holds a role on the day (one that sends them or not).
    bool hasCurrentRole(quint32 user) const;

private:
    bool isCurrent(const RoleRecord &role) const;
    void currentRoles(const UserRecord &u, std::vector<quint32> *out) const;

    const RosterStore &m_store;
    QDate m_day;
    std::vector<PersonKind> m_roleKind;
    std::vector<bool> m_roleKnown;
    mutable std::vector<quint32> m_scratch;
};

} // namespace rb
