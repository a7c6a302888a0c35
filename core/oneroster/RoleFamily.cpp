#include "RoleFamily.h"

#include <QStringList>

namespace rb {

RoleFamily roleFamily(QStringView role)
{
    static const QStringList staffType = {
        QStringLiteral("administrator"),     QStringLiteral("aide"),
        QStringLiteral("counselor"),         QStringLiteral("districtAdministrator"),
        QStringLiteral("principal"),         QStringLiteral("proctor"),
        QStringLiteral("siteAdministrator"), QStringLiteral("systemAdministrator")};
    if (role == u"student")
        return RoleFamily::Student;
    if (role == u"teacher")
        return RoleFamily::Teacher;
    if (role == u"guardian" || role == u"parent" || role == u"relative")
        return RoleFamily::Family;
    for (const QString &name : staffType) {
        if (role == name)
            return RoleFamily::StaffType;
    }
    return RoleFamily::Other;
}

} // namespace rb
