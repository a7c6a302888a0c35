#include "DistrictPlan.h"

#include "CourseCatalog.h"

#include <QTimeZone>

#include <iterator>

using namespace Qt::StringLiterals;

namespace rb::gen {

namespace {

// Class kinds cycle through this pattern per school. The first six entries cover every kind and
// hold three current classes, so that even the tiny district (six classes per school) has each
// case and a spare current class for a dropped enrollment.
constexpr ClassKind kClassPattern[20] = {
    ClassKind::Current,   ClassKind::Homeroom,      ClassKind::YearLong,
    ClassKind::PastTerm1, ClassKind::OtherSemester, ClassKind::Current,
    ClassKind::Current,   ClassKind::PastTerm2,     ClassKind::Current,
    ClassKind::YearLong,  ClassKind::Current,       ClassKind::Homeroom,
    ClassKind::Current,   ClassKind::OtherSemester, ClassKind::Current,
    ClassKind::PastTerm1, ClassKind::Current,       ClassKind::YearLong,
    ClassKind::Current,   ClassKind::OtherSemester,
};

const QString kPlaces[] = {
    u"César Chávez"_s, u"Martin Luther King, Jr."_s,
    u"Lincoln"_s,      u"Washington"_s,
    u"Jefferson"_s,    u"Roosevelt"_s,
    u"Riverside"_s,    u"Hillcrest"_s,
    u"Oakwood"_s,      u"Maple Grove"_s,
    u"Sequoia"_s,      u"Sojourner Truth"_s,
    u"Lakeview"_s,     u"Pine Ridge"_s,
    u"Cedar Park"_s,   u"Sunnyvale"_s,
    u"Meadowbrook"_s,  u"Westfield"_s,
    u"Eastwood"_s,     u"Northgate"_s,
    u"Southside"_s,    u"Harbor View"_s,
    u"Willow Creek"_s, u"Aspen"_s,
    u"Redwood"_s,      u"Brookside"_s,
    u"Fairview"_s,     u"Greenfield"_s,
    u"Highland"_s,     u"Kennedy"_s,
    u"Franklin"_s,     u"Madison"_s,
    u"Monroe"_s,       u"Adams"_s,
    u"Hamilton"_s,     u"Sacajawea"_s,
    u"Ruby Bridges"_s, u"Dolores Huerta"_s,
    u"Ellen Ochoa"_s,  u"Amelia Earhart"_s,
};

struct DistrictName
{
    QString name;
    QString domain;
};

const DistrictName kDistricts[] = {
    {u"Riverside Unified School District"_s, u"riverside.example.org"_s},
    {u"Cedar Valley Public Schools"_s, u"cedarvalley.example.org"_s},
    {u"Lakeshore County Schools"_s, u"lakeshore.example.org"_s},
    {u"Mesa Verde Independent School District"_s, u"mesaverde.example.org"_s},
};

QString schoolSuffix(int firstGrade, int lastGrade)
{
    if (firstGrade == 0)
        return lastGrade <= 5 ? u"Elementary School"_s
                              : u"K-"_s + QString::number(lastGrade) + u" School"_s;
    if (lastGrade <= 8)
        return u"Middle School"_s;
    return firstGrade <= 7 ? u"Secondary School"_s : u"High School"_s;
}

} // namespace

// Exact sizes. Per open school s, with u uniform in [-1, 1] drawn from (seed, s):
//   students  = mean + mean * spread% * u
//   teachers  = max(4, students / 19); school 0 has at least 17 (for the crowded class)
//   guardians = ceil(students / 7); each is linked to students 7m and 7m+1
//   classes   = max(6, round(students * 0.12)); kinds cycle through kClassPattern
//   courses   = per school year max(3, classes / 5), plus one homeroom course; 4 district
//               courses per school year
// Each student takes 1 homeroom, min(6, current classes - 1) current classes, and one
// past-term class (even local index) or one next/previous-semester class (odd), plus one class
// at the partner school when enrolled in two schools; 1 in 40 also has a dropped (tobedeleted)
// enrollment in one more current class.
//   tiny:  2 schools, 20 students each, 1 district administrator
//   small: 5 schools (1 closed), 1250 students each +-20%, 2 district administrators
//   large: 200 schools (2 closed), 2525 students each +-30%, 3 district administrators
ScaleParams DistrictPlan::paramsFor(Scale scale)
{
    switch (scale) {
    case Scale::Tiny:
        return {2, 0, 20, 0, 19, 120, 6, 1, 1, 1, 1, 1, 6};
    case Scale::Small:
        return {5, 1, 1250, 20, 19, 120, 6, 1, 2, 1, 1, 2, 6};
    case Scale::Large:
        return {200, 2, 2525, 30, 19, 120, 6, 2, 4, 2, 1, 3, 6};
    }
    return {};
}

DistrictPlan::DistrictPlan(const GeneratorOptions &options)
    : m_options(options)
    , m_params(paramsFor(options.scale))
    , m_calendar(options.runDate)
{
    m_runMsecs = QDateTime(options.runDate, QTime(0, 0), QTimeZone::utc()).toMSecsSinceEpoch();
    planDistrict();
    planSchools();
    planCourses();
    planClasses();
    planTeachers();
}

void DistrictPlan::planDistrict()
{
    const DistrictName &district = kDistricts[seed() % std::size(kDistricts)];
    m_districtId = QByteArrayLiteral("dst-0001");
    m_districtName = district.name;
    m_emailDomain = district.domain;
    m_districtIdentifier = QByteArray::number(600000 + qint64(seed() % 300000));
}

void DistrictPlan::planSchools()
{
    const int count = m_params.schools;
    m_activeSchools = count - m_params.closedSchools;
    qint64 students = 0, teachers = 0, guardians = 0, aides = 0, counselors = 0, principals = 0;
    qint64 administrators = m_params.districtAdministrators;
    for (int s = 0; s < count; ++s) {
        SchoolPlan school;
        school.id = FieldText::id("sch", s + 1, 4).view().toByteArray();
        school.identifier = m_districtIdentifier + QByteArray::number(10000 + s);
        school.active = s < m_activeSchools;
        if (m_activeSchools == 2) {
            school.firstGrade = s == 0 ? 0 : 7;
            school.lastGrade = s == 0 ? 6 : 12;
        } else {
            static constexpr int bands[3][2] = {{0, 5}, {6, 8}, {9, 12}};
            school.firstGrade = bands[s % 3][0];
            school.lastGrade = bands[s % 3][1];
        }
        const int places = int(std::size(kPlaces));
        school.name =
            kPlaces[s % places] + u' ' + schoolSuffix(school.firstGrade, school.lastGrade);
        if (s >= places)
            school.name += u" No. "_s + QString::number(s / places + 1);

        if (school.active) {
            Random random = randomFor(seed(), Stream::School, quint64(s));
            const int spread = m_params.meanStudents * m_params.spreadPercent / 100;
            school.students =
                m_params.meanStudents + spread * (int(random.below(2001)) - 1000) / 1000;
            school.teachers = qMax(4, school.students / m_params.studentsPerTeacher);
            if (s == 0)
                school.teachers = qMax(kCrowdedClassTeachers, school.teachers);
            school.guardians = (school.students + 6) / 7;
            school.administrators = m_params.administrators;
            school.aides = m_params.aides;
            school.counselors = m_params.counselors;
            school.principals = m_params.principals;
            school.classCount =
                qMax(m_params.minClasses,
                     (school.students * m_params.classesPerThousandStudents + 500) / 1000);
            school.partner = m_activeSchools > 1 ? (s + 1) % m_activeSchools : -1;
        }
        school.firstStudent = students;
        school.firstTeacher = teachers;
        school.firstGuardian = guardians;
        school.firstAdministrator = administrators;
        school.firstAide = aides;
        school.firstCounselor = counselors;
        school.firstPrincipal = principals;
        students += school.students;
        teachers += school.teachers;
        guardians += school.guardians;
        administrators += school.administrators;
        aides += school.aides;
        counselors += school.counselors;
        principals += school.principals;
        m_schools.append(school);
    }

    const auto set = [this](PersonRole role, qint64 total) {
        m_roleTotals[int(role)] = total;
    };
    set(PersonRole::Student, students);
    set(PersonRole::Teacher, teachers);
    set(PersonRole::Administrator, administrators);
    set(PersonRole::DistrictAdministrator, administrators);
    set(PersonRole::Aide, aides);
    set(PersonRole::Counselor, counselors);
    set(PersonRole::Principal, principals);
    set(PersonRole::Guardian, guardians);
    set(PersonRole::Parent, guardians);
    qint64 base = 0;
    for (const PersonRole role :
         {PersonRole::Student, PersonRole::Teacher, PersonRole::Administrator, PersonRole::Aide,
          PersonRole::Counselor, PersonRole::Principal, PersonRole::Guardian}) {
        m_roleBases[int(role)] = base;
        base += m_roleTotals[int(role)];
    }
    m_roleBases[int(PersonRole::DistrictAdministrator)] =
        m_roleBases[int(PersonRole::Administrator)];
    m_roleBases[int(PersonRole::Parent)] = m_roleBases[int(PersonRole::Guardian)];
}

qint64 DistrictPlan::totalOf(PersonRole role) const
{
    return m_roleTotals[int(role)];
}

qint64 DistrictPlan::personNumber(PersonRole role, qint64 global) const
{
    return m_roleBases[int(role)] + global + 1;
}

int DistrictPlan::districtCourse(bool past, int index) const
{
    return (past ? 0 : CourseCatalog::districtCourseCount()) + index;
}

void DistrictPlan::planCourses()
{
    for (const bool past : {true, false}) {
        for (int k = 0; k < CourseCatalog::districtCourseCount(); ++k)
            m_courses.append({-1, past, false, k});
    }
    for (int s = 0; s < m_activeSchools; ++s) {
        SchoolPlan &school = m_schools[s];
        school.firstCourse = int(m_courses.size());
        school.coursesPerYear = qMax(3, school.classCount / 5);
        for (const bool past : {true, false}) {
            for (int k = 0; k < school.coursesPerYear; ++k)
                m_courses.append({s, past, false, (k + s) % CourseCatalog::schoolCourseCount()});
        }
        m_courses.append({s, false, true, 0});
    }
}

void DistrictPlan::planClasses()
{
    for (int s = 0; s < m_activeSchools; ++s) {
        SchoolPlan &school = m_schools[s];
        school.firstClass = int(m_classes.size());
        for (int j = 0; j < school.classCount; ++j) {
            ClassPlan cls;
            cls.school = s;
            cls.local = j;
            cls.kind = kClassPattern[j % std::size(kClassPattern)];
            const bool past = cls.kind == ClassKind::PastTerm1 || cls.kind == ClassKind::PastTerm2;
            const int schoolYearBase = school.firstCourse + (past ? 0 : school.coursesPerYear);
            if (cls.kind == ClassKind::Homeroom)
                cls.course = school.firstCourse + 2 * school.coursesPerYear;
            else if (j % 7 == 4)
                cls.course = districtCourse(past, (j / 7) % CourseCatalog::districtCourseCount());
            else
                cls.course = schoolYearBase + j % school.coursesPerYear;

            const auto global = qint32(m_classes.size());
            switch (cls.kind) {
            case ClassKind::Homeroom:
                school.homeroomClasses.append(global);
                break;
            case ClassKind::Current:
            case ClassKind::YearLong:
                school.currentClasses.append(global);
                break;
            case ClassKind::OtherSemester:
                school.otherClasses.append(global);
                break;
            case ClassKind::PastTerm1:
            case ClassKind::PastTerm2:
                school.pastClasses.append(global);
                break;
            }
            m_classes.push_back(std::move(cls));
        }
    }
}

int DistrictPlan::pickExtraClass(int school, quint64 key) const
{
    // Extra teachers never join the crowded class, which keeps exactly seventeen.
    const QList<qint32> &candidates = m_schools.at(school).currentClasses;
    Random random = randomFor(seed(), Stream::Extras, key);
    int pick = int(random.below(quint32(candidates.size())));
    if (candidates.at(pick) == kCrowdedClass)
        pick = (pick + 1) % int(candidates.size());
    return candidates.at(pick);
}

void DistrictPlan::planTeachers()
{
    for (int s = 0; s < m_activeSchools; ++s) {
        const SchoolPlan &school = m_schools.at(s);
        QList<qint32> pool;
        for (int t = 0; t < school.teachers; ++t) {
            if (teacherTraits(s, t).active)
                pool.append(qint32(school.firstTeacher + t));
        }
        const int poolSize = int(pool.size());
        for (int j = 0; j < school.classCount; ++j) {
            const int global = school.firstClass + j;
            ClassPlan &cls = m_classes[std::size_t(global)];
            const int first = j % poolSize;
            int extra = 0;
            if (global == kCrowdedClass) {
                extra = kCrowdedClassTeachers - 1;
            } else {
                Random random = randomFor(seed(), Stream::Classes, quint64(global));
                const bool forced = (s == 0 && j == 2) || (s == 1 && j == 0);
                if (random.chance(1, 10) || forced)
                    extra = 1 + int(random.below(3));
            }
            extra = qMin(extra, poolSize - 1);
            for (int i = 0; i <= extra; ++i)
                cls.teachers.append({pool.at((first + i) % poolSize), i == 0, true});
        }
    }
    // Second schools and departed teachers add non-primary rows to classes already staffed.
    for (int s = 0; s < m_activeSchools; ++s) {
        const SchoolPlan &school = m_schools.at(s);
        for (int t = 0; t < school.teachers; ++t) {
            const PersonTraits traits = teacherTraits(s, t);
            const auto teacher = qint32(school.firstTeacher + t);
            if (!traits.active) {
                const int cls = pickExtraClass(s, quint64(teacher));
                m_classes[std::size_t(cls)].teachers.append({teacher, false, false});
            } else if (traits.secondSchool && school.partner >= 0) {
                const int cls = pickExtraClass(school.partner, quint64(teacher));
                m_classes[std::size_t(cls)].teachers.append({teacher, false, true});
            }
        }
    }
}

PersonTraits DistrictPlan::studentTraits(int school, int local) const
{
    PersonTraits traits;
    const SchoolPlan &plan = m_schools.at(school);
    if (school == 0 && local < 12) {
        // The first students of the first school carry one special case each.
        traits.enabled = local != 5;
        traits.active = local != 6;
        traits.secondSchool = local == 7 && plan.partner >= 0;
        traits.blankEmail = local == 8;
        traits.blankIdentifier = local == 9;
        traits.dropsClass = local == 10;
        traits.lateStart = local == 11;
        return traits;
    }
    Random random =
        randomFor(seed(), Stream::Traits,
                  quint64(personNumber(PersonRole::Student, plan.firstStudent + local)));
    traits.enabled = !random.chance(1, 100);
    traits.active = !random.chance(1, 100);
    traits.secondSchool = random.chance(1, 50) && plan.partner >= 0;
    traits.blankEmail = random.chance(1, 20);
    traits.blankIdentifier = random.chance(1, 25);
    traits.dropsClass = random.chance(1, 40);
    traits.lateStart = random.chance(1, 15);
    return traits;
}

PersonTraits DistrictPlan::teacherTraits(int school, int local) const
{
    PersonTraits traits;
    const SchoolPlan &plan = m_schools.at(school);
    // Everyone in the crowded class stays plain and active.
    if (school == 0 && local < kCrowdedClassTeachers)
        return traits;
    if (school == 1 && local < 4) {
        traits.secondSchool = local == 1;
        traits.enabled = local != 2;
        traits.active = local != 3;
        return traits;
    }
    Random random =
        randomFor(seed(), Stream::Traits,
                  quint64(personNumber(PersonRole::Teacher, plan.firstTeacher + local)));
    traits.enabled = !random.chance(1, 60);
    traits.active = !random.chance(1, 80);
    traits.secondSchool = random.chance(1, 25) && plan.partner >= 0;
    traits.blankEmail = random.chance(1, 40);
    traits.blankIdentifier = random.chance(1, 20);
    return traits;
}

PersonTraits DistrictPlan::otherTraits(PersonRole role, qint64 global) const
{
    PersonTraits traits;
    Random random = randomFor(seed(), Stream::Traits, quint64(personNumber(role, global)));
    const bool guardian = role == PersonRole::Guardian || role == PersonRole::Parent;
    traits.enabled = !random.chance(1, 50);
    traits.active = !random.chance(1, 100);
    traits.blankEmail = random.chance(1, guardian ? 4 : 40);
    traits.blankIdentifier = guardian || random.chance(1, 20);
    return traits;
}

FieldText DistrictPlan::modified(Random &random) const
{
    const qint64 back = qint64(random.below(200u * 86400u)) * 1000 + random.below(1000);
    return FieldText::timestamp(m_runMsecs - 1 - back);
}

FieldText DistrictPlan::personId(PersonRole role, qint64 global)
{
    switch (role) {
    case PersonRole::Student:
        return FieldText::id("stu", global + 1, 6);
    case PersonRole::Teacher:
        return FieldText::id("tch", global + 1, 4);
    case PersonRole::Administrator:
    case PersonRole::DistrictAdministrator:
        return FieldText::id("adm", global + 1, 4);
    case PersonRole::Aide:
        return FieldText::id("aid", global + 1, 4);
    case PersonRole::Counselor:
        return FieldText::id("cns", global + 1, 4);
    case PersonRole::Principal:
        return FieldText::id("prn", global + 1, 4);
    case PersonRole::Guardian:
    case PersonRole::Parent:
        return FieldText::id("gdn", global + 1, 6);
    }
    return {};
}

} // namespace rb::gen
