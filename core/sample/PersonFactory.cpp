#include "PersonFactory.h"

#include "NamePools.h"

using namespace Qt::StringLiterals;

namespace rb::gen {

namespace {

QString usernameBase(const Person &person)
{
    QString base =
        NamePools::asciiFold(person.given).left(1) + NamePools::asciiFold(person.family).left(12);
    if (!base.isEmpty())
        return base;
    return person.role == PersonRole::Student ? u"student"_s : u"user"_s;
}

} // namespace

PersonFactory::PersonFactory(const DistrictPlan &plan)
    : m_plan(plan)
    , m_badgeOffset(Random::mix(plan.seed() ^ 0x5EEDBAD6E5ULL))
{
}

PersonName PersonFactory::studentName(int school, int local) const
{
    if (school == 0 && local < NamePools::forcedStudentCount() &&
        m_plan.names() == NameMix::Default)
        return NamePools::forcedStudent(local);
    const qint64 global = m_plan.school(school).firstStudent + local;
    Random random = randomFor(m_plan.seed(), Stream::Names,
                              quint64(m_plan.personNumber(PersonRole::Student, global)));
    PersonName name = NamePools::draw(random, m_plan.names());
    // Students 7m and 7m+1 are siblings sharing a guardian and a family name.
    if (local % 7 == 1)
        name.family = studentName(school, local - 1).family;
    return name;
}

void PersonFactory::fillCommon(Person &person, qint64 global, const PersonTraits &traits,
                               const QString &emailDomain) const
{
    const qint64 number = m_plan.personNumber(person.role, global);
    person.id = DistrictPlan::personId(person.role, global);
    person.active = traits.active;
    person.enabled = traits.enabled;
    Random modified = randomFor(m_plan.seed(), Stream::Modified, quint64(number));
    person.modified = m_plan.modified(modified);

    person.username = usernameBase(person) + QString::number(number);
    if (!traits.blankEmail)
        person.email = person.username + u'@' + emailDomain;

    Random extras = randomFor(m_plan.seed(), Stream::Extras, quint64(number));
    if (m_plan.isVersion12()) {
        if (extras.chance(1, 30))
            person.preferredGiven = NamePools::preferredName(extras);
        if (extras.chance(1, 10))
            person.pronouns = NamePools::pronouns(extras);
    }
    if (!traits.blankIdentifier) {
        // Multiplying by a number coprime to the range permutes it: badges stay unique.
        const bool student = person.role == PersonRole::Student;
        const quint64 range = student ? 900000 : 1000000;
        const quint64 badge = (quint64(number) * 7919 + m_badgeOffset) % range;
        person.identifier = QByteArray::number(qint64((student ? 100000 : 9000000) + badge));
    }
}

Person PersonFactory::student(int school, int local) const
{
    const SchoolPlan &plan = m_plan.school(school);
    const qint64 global = plan.firstStudent + local;
    const PersonTraits traits = m_plan.studentTraits(school, local);
    Person person;
    person.role = PersonRole::Student;
    const PersonName name = studentName(school, local);
    person.given = name.given;
    person.middle = name.middle;
    person.family = name.family;
    person.school = school;
    person.secondSchool = traits.secondSchool ? plan.partner : -1;
    Random grade = randomFor(m_plan.seed(), Stream::Schedule, quint64(global) ^ (1ULL << 40));
    person.grade =
        plan.firstGrade + int(grade.below(quint32(plan.lastGrade - plan.firstGrade + 1)));
    if (local % 7 <= 1)
        person.agents.append(
            DistrictPlan::personId(PersonRole::Guardian, plan.firstGuardian + local / 7)
                .view()
                .toByteArray());
    fillCommon(person, global, traits, u"students."_s + m_plan.emailDomain());
    return person;
}

Person PersonFactory::teacher(int school, int local) const
{
    const SchoolPlan &plan = m_plan.school(school);
    const qint64 global = plan.firstTeacher + local;
    const PersonTraits traits = m_plan.teacherTraits(school, local);
    Person person;
    person.role = PersonRole::Teacher;
    PersonName name;
    if (school == 0 && local < NamePools::forcedTeacherCount() &&
        m_plan.names() == NameMix::Default) {
        name = NamePools::forcedTeacher(local);
    } else {
        Random random = randomFor(m_plan.seed(), Stream::Names,
                                  quint64(m_plan.personNumber(PersonRole::Teacher, global)));
        name = NamePools::draw(random, m_plan.names());
    }
    person.given = name.given;
    person.middle = name.middle;
    person.family = name.family;
    person.school = school;
    person.secondSchool = traits.secondSchool ? plan.partner : -1;
    fillCommon(person, global, traits, m_plan.emailDomain());
    return person;
}

Person PersonFactory::staff(PersonRole role, int school, int local) const
{
    qint64 global = local;
    if (school >= 0) {
        const SchoolPlan &plan = m_plan.school(school);
        switch (role) {
        case PersonRole::Aide:
            global = plan.firstAide + local;
            break;
        case PersonRole::Counselor:
            global = plan.firstCounselor + local;
            break;
        case PersonRole::Principal:
            global = plan.firstPrincipal + local;
            break;
        default:
            global = plan.firstAdministrator + local;
            break;
        }
    }
    Person person;
    person.role = role;
    person.school = school;
    Random random =
        randomFor(m_plan.seed(), Stream::Names, quint64(m_plan.personNumber(role, global)));
    const PersonName name = NamePools::draw(random, m_plan.names());
    person.given = name.given;
    person.middle = name.middle;
    person.family = name.family;
    fillCommon(person, global, m_plan.otherTraits(role, global), m_plan.emailDomain());
    return person;
}

Person PersonFactory::guardian(int school, int local) const
{
    const SchoolPlan &plan = m_plan.school(school);
    const qint64 global = plan.firstGuardian + local;
    Person person;
    // Both words are in use for the same relationship; exports mix them.
    person.role = local % 2 == 0 ? PersonRole::Guardian : PersonRole::Parent;
    person.school = school;
    Random random =
        randomFor(m_plan.seed(), Stream::Names, quint64(m_plan.personNumber(person.role, global)));
    person.given = NamePools::givenName(random, m_plan.names());
    person.middle = NamePools::middleName(random);
    const int firstChild = local * 7;
    person.family = studentName(school, firstChild).family;
    for (int child = firstChild; child <= firstChild + 1 && child < plan.students; ++child)
        person.agents.append(DistrictPlan::personId(PersonRole::Student, plan.firstStudent + child)
                                 .view()
                                 .toByteArray());
    fillCommon(person, global, m_plan.otherTraits(person.role, global), u"mail.example.com"_s);
    return person;
}

void PersonFactory::forEachPerson(const std::function<void(const Person &)> &visit) const
{
    for (int a = 0; a < m_plan.districtAdministrators(); ++a)
        visit(staff(PersonRole::DistrictAdministrator, -1, a));
    for (int s = 0; s < m_plan.activeSchoolCount(); ++s) {
        const SchoolPlan &plan = m_plan.school(s);
        for (int i = 0; i < plan.principals; ++i)
            visit(staff(PersonRole::Principal, s, i));
        for (int i = 0; i < plan.administrators; ++i)
            visit(staff(PersonRole::Administrator, s, i));
        for (int i = 0; i < plan.counselors; ++i)
            visit(staff(PersonRole::Counselor, s, i));
        for (int i = 0; i < plan.aides; ++i)
            visit(staff(PersonRole::Aide, s, i));
        for (int i = 0; i < plan.teachers; ++i)
            visit(teacher(s, i));
        for (int i = 0; i < plan.students; ++i)
            visit(student(s, i));
        for (int i = 0; i < plan.guardians; ++i)
            visit(guardian(s, i));
    }
}

} // namespace rb::gen
