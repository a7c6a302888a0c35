#pragma once

#include "DistrictPlan.h"
#include "FieldText.h"
#include "NamePools.h"

#include <QByteArrayList>
#include <QString>

#include <functional>

namespace rb::gen {

struct Person
{
    PersonRole role = PersonRole::Student;
    FieldText id;
    FieldText modified;
    bool active = true;
    bool enabled = true;
    QString given;
    QString middle;
    QString family;
    QString preferredGiven;
    QString pronouns;
    QString username;
    QString email;
    QByteArray identifier;
    int school = -1; // -1: the district
    int secondSchool = -1;
    int grade = -1;
    QByteArrayList agents;
};

// Builds each person from the plan and (seed, index) alone, so users.csv and roles.csv can be
// streamed one row at a time and agree with each other and with enrollments.csv.
class PersonFactory
{
public:
    explicit PersonFactory(const DistrictPlan &plan);

    Person student(int school, int local) const;
    Person teacher(int school, int local) const;
    // Administrators, district administrators (school -1), aides, counselors and principals.
    Person staff(PersonRole role, int school, int local) const;
    Person guardian(int school, int local) const;

    // Everyone in users.csv order: district administrators, then per open school principals,
    // administrators, counselors, aides, teachers, students and guardians.
    void forEachPerson(const std::function<void(const Person &)> &visit) const;

private:
    PersonName studentName(int school, int local) const;
    void fillCommon(Person &person, qint64 global, const PersonTraits &traits,
                    const QString &emailDomain) const;

    const DistrictPlan &m_plan;
    quint64 m_badgeOffset;
};

} // namespace rb::gen
