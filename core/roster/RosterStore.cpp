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
           qsizetype((classTerms.capacity() + userOrgs.capacity()) * sizeof(quint32));
}

} // namespace rb
