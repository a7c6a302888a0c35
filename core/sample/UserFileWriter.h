#pragma once

#include "PersonFactory.h"

#include <oneroster/OneRosterCsvWriter.h>

namespace rb::gen {

// users.csv for either version, and roles.csv for 1.2.
class UserFileWriter
{
public:
    UserFileWriter(const DistrictPlan &plan, const PersonFactory &people);

    void writeUsers(OneRosterCsvWriter &out) const;
    void writeRoles(OneRosterCsvWriter &out) const;

    static QByteArray roleName11(PersonRole role);
    static QByteArray roleName12(PersonRole role);

private:
    QByteArray orgOf(int school) const;

    const DistrictPlan &m_plan;
    const PersonFactory &m_people;
};

} // namespace rb::gen
