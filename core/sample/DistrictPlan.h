#pragma once

#include "FieldText.h"
#include "GeneratorOptions.h"
#include "Random.h"
#include "SchoolCalendar.h"

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QString>

#include <array>
#include <vector>

namespace rb::gen {

// Administrator and DistrictAdministrator share one ID space (adm-), as do Guardian and Parent.
enum class PersonRole : quint8 {
    Student,
    Teacher,
    Administrator,
    DistrictAdministrator,
    Aide,
    Counselor,
    Principal,
    Guardian,
    Parent,
};

struct CoursePlan
{
    int school = -1; // -1: owned by the district
    bool past = false;
    bool homeroom = false;
    int catalog = 0;
};

struct TeacherSlot
{
    qint32 teacher = 0; // global teacher index
    bool primary = false;
    bool active = true;
};

struct ClassPlan
{
    qint32 school = 0;
    qint32 local = 0;
    ClassKind kind = ClassKind::Current;
    qint32 course = 0;
    QList<TeacherSlot> teachers;
};

struct SchoolPlan
{
    QByteArray id;
    QString name;
    QByteArray identifier;
    bool active = true;
    int firstGrade = 0;
    int lastGrade = 12;
    int partner = -1; // the school that users with two schools also attend
    int students = 0;
    int teachers = 0;
    int guardians = 0;
    int administrators = 0;
    int aides = 0;
    int counselors = 0;
    int principals = 0;
    qint64 firstStudent = 0;
    qint64 firstTeacher = 0;
    qint64 firstGuardian = 0;
    qint64 firstAdministrator = 0;
    qint64 firstAide = 0;
    qint64 firstCounselor = 0;
    qint64 firstPrincipal = 0;
    int firstClass = 0;
    int classCount = 0;
    int firstCourse = 0;
    int coursesPerYear = 0;
    // Global class indices by what a student takes from them.
    QList<qint32> homeroomClasses;
    QList<qint32> currentClasses; // current semester or the whole current year
    QList<qint32> otherClasses;   // the current year's other semester
    QList<qint32> pastClasses;
};

struct PersonTraits
{
    bool active = true;
    bool enabled = true;
    bool secondSchool = false;
    bool blankEmail = false;
    bool blankIdentifier = false;
    bool dropsClass = false;
    bool lateStart = false;
};

struct ScaleParams
{
    int schools;       // school orgs, closed ones included
    int closedSchools; // the last ones; status tobedeleted, no people or classes
    int meanStudents;  // per open school
    int spreadPercent; // school sizes vary by up to this much either way
    int studentsPerTeacher;
    int classesPerThousandStudents;
    int minClasses;
    int administrators; // per school, and the same for the rest
    int aides;
    int counselors;
    int principals;
    int districtAdministrators;
    int currentClassesPerStudent;
};

// The whole shape of a synthetic district, worked out up front from the options: schools and
// their head counts, sessions, courses, classes and who teaches them. People and enrollments
// are not held; they are derived row by row from (seed, index) while the files are written.
class DistrictPlan
{
public:
    explicit DistrictPlan(const GeneratorOptions &options);

    static ScaleParams paramsFor(Scale scale);

    const GeneratorOptions &options() const { return m_options; }
    quint64 seed() const { return m_options.seed; }
    NameMix names() const { return m_options.names; }
    bool isVersion12() const { return m_options.version == OneRosterVersion::V1_2; }
    const ScaleParams &params() const { return m_params; }

    const QByteArray &districtId() const { return m_districtId; }
    const QString &districtName() const { return m_districtName; }
    const QByteArray &districtIdentifier() const { return m_districtIdentifier; }
    const QString &emailDomain() const { return m_emailDomain; }

    const QList<SchoolPlan> &schools() const { return m_schools; }
    const SchoolPlan &school(int index) const { return m_schools.at(index); }
    int activeSchoolCount() const { return m_activeSchools; }

    const SchoolCalendar &calendar() const { return m_calendar; }

    const QList<CoursePlan> &courses() const { return m_courses; }
    int districtCourse(bool past, int index) const;
    const std::vector<ClassPlan> &classes() const { return m_classes; }
    // The class with seventeen teachers, more than Apple School Manager accepts.
    static constexpr int kCrowdedClass = 0;
    static constexpr int kCrowdedClassTeachers = 17;

    int districtAdministrators() const { return m_params.districtAdministrators; }
    qint64 totalOf(PersonRole role) const;
    // Unique across all people (1-based); keys usernames and per-person random streams.
    qint64 personNumber(PersonRole role, qint64 global) const;

    PersonTraits studentTraits(int school, int local) const;
    PersonTraits teacherTraits(int school, int local) const;
    PersonTraits otherTraits(PersonRole role, qint64 global) const;

    // A last-modified time within the 200 days before the run date.
    FieldText modified(Random &random) const;

    static FieldText personId(PersonRole role, qint64 global);
    static FieldText classId(int global) { return FieldText::id("cls", global + 1, 5); }
    static FieldText courseId(int global) { return FieldText::id("crs", global + 1, 5); }

private:
    void planDistrict();
    void planSchools();
    void planCourses();
    void planClasses();
    void planTeachers();
    int pickExtraClass(int school, quint64 key) const;

    GeneratorOptions m_options;
    ScaleParams m_params;
    QByteArray m_districtId;
    QString m_districtName;
    QByteArray m_districtIdentifier;
    QString m_emailDomain;
    QList<SchoolPlan> m_schools;
    int m_activeSchools = 0;
    SchoolCalendar m_calendar;
    QList<CoursePlan> m_courses;
    std::vector<ClassPlan> m_classes;
    std::array<qint64, 9> m_roleTotals{};
    std::array<qint64, 9> m_roleBases{};
    qint64 m_runMsecs = 0;
};

} // namespace rb::gen
