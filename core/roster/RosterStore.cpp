#include "RosterStore.h"

namespace rb {

RosterStore::RosterStore()
{
    roleNames.reserve(16);
}

quint16 RosterStore::roleId(QByteArrayView name)
{
    // Known roles are matched without regard to case; exporters are not consistent about it.
    static const QByteArrayList known = {"student",
                                         "teacher",
                                         "administrator",
                                         "aide",
                                         "guardian",
                                         "parent",
                                         "proctor",
                                         "relative",
                                         "counselor",
                                         "principal",
                                         "siteAdministrator",
                                         "districtAdministrator",
                                         "systemAdministrator"};
    QByteArray key = name.toByteArray();
    for (const QByteArray &k : known) {
        if (k.compare(key, Qt::CaseInsensitive) == 0) {
            key = k;
            break;
        }
    }
    auto it = m_roleIds.constFind(key);
    if (it != m_roleIds.constEnd())
        return it.value();
    const auto id = quint16(qMin<qsizetype>(roleNames.size(), 0xFFFF));
    roleNames.append(key);
    m_roleIds.insert(key, id);
    return id;
}

quint32 RosterStore::schoolOf(quint32 org) const
{
    // Bounded walk: a parent cycle in bad data must not hang the run.
    for (int depth = 0; org != kNone && depth < 16; ++depth) {
        const OrgRecord &o = orgs[org];
        if (o.isSchool)
            return org;
        org = o.parent;
    }
    return kNone;
}

qsizetype RosterStore::memoryBytes() const
{
    return arena.bytes() + qsizetype(orgs.capacity() * sizeof(OrgRecord)) +
           qsizetype(sessions.capacity() * sizeof(SessionRecord)) +
           qsizetype(courses.capacity() * sizeof(CourseRecord)) +
           qsizetype(classes.capacity() * sizeof(ClassRecord)) +
           qsizetype(users.capacity() * sizeof(UserRecord)) +
           qsizetype(classTerms.capacity() * sizeof(quint32)) +
           qsizetype(userRoles.capacity() * sizeof(RoleRecord));
}

QMap<QByteArray, qint64> RosterStore::roleUserCounts() const
{
    std::vector<qint64> counts(size_t(roleNames.size()), 0);
    std::vector<quint32> lastUser(size_t(roleNames.size()), kNone);
    for (quint32 i = 0; i < users.size(); ++i) {
        const UserRecord &u = users[i];
        for (quint32 k = u.firstRole; k < u.firstRole + u.roleCount; ++k) {
            const quint16 r = userRoles[k].role;
            if (lastUser[r] != i) {
                lastUser[r] = i;
                ++counts[r];
            }
        }
    }
    QMap<QByteArray, qint64> out;
    for (qsizetype r = 0; r < roleNames.size(); ++r) {
        if (counts[size_t(r)] > 0)
            out.insert(roleNames.at(r), counts[size_t(r)]);
    }
    return out;
}

bool RosterStore::hasRole(const UserRecord &user, QByteArrayView roleName) const
{
    for (quint32 k = user.firstRole; k < user.firstRole + user.roleCount; ++k) {
        if (roleNames.at(userRoles[k].role) == roleName)
            return true;
    }
    return false;
}

} // namespace rb
