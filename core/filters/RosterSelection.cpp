#include "RosterSelection.h"

#include "ExclusionMatcher.h"
#include "common/BucketSort.h"
#include "common/Cancellation.h"
#include "common/Hashing.h"
#include "oneroster/OneRosterFile.h"

#include <QLoggingCategory>

#include <algorithm>
#include <bit>

namespace rb {

Q_LOGGING_CATEGORY(lcSelection, "rosterbridge.filters.selection")

namespace {
const QString kUsers = QStringLiteral("users.csv");
const QString kEnrollments = QStringLiteral("enrollments.csv");
const QString kFilters = QStringLiteral("filters");
} // namespace

RosterSelection::RosterSelection(const RosterStore &store, const FilterSettings &filters,
                                 int maxInstructors)
    : m_store(store)
    , m_filters(filters)
    , m_runDate(filters.runDate.isValid() ? filters.runDate : QDate::currentDate())
    , m_calendar(store, m_runDate)
    , m_maxInstructors(maxInstructors)
{
}

bool RosterSelection::statusOk(const StatusChoice &choice, RecordStatus status) const
{
    return status == RecordStatus::Active ? choice.active : choice.toBeDeleted;
}

bool RosterSelection::select(OneRosterCsvLoader &loader, Findings *findings)
{
    // Between the phases that each take a good part of a second on a large district.
    const auto cancelled = [findings] {
        if (!Cancellation::requested())
            return false;
        findings->error(kEnrollments, 0, {}, Cancellation::message(),
                        QStringLiteral("run.cancelled"));
        return true;
    };
    bool ok = selectSchools(findings);
    selectClasses();
    ok = classifyPeople(findings) && ok;
    if (!ok || cancelled())
        return false;
    if (!streamEnrollments(loader, findings) || cancelled())
        return false;
    placeStaffByClasses(findings);
    applyActivityRules();
    finishInstructors(findings);
    if (cancelled())
        return false;
    finishEnrollments();
    if (cancelled())
        return false;
    selectCourses();
    countStats();
    return !findings->hasErrors();
}

bool RosterSelection::selectSchools(Findings *findings)
{
    const auto &orgs = m_store.orgs;
    m_schoolKept.assign(orgs.size(), false);
    bool ok = true;
    for (const QString &id : m_filters.schools) {
        const quint32 org = m_store.orgIndex.find(id.toUtf8());
        if (org == kNone || !orgs[org].isSchool) {
            // A school that vanished from the SIS must not silently empty the upload.
            findings->error(kFilters, 0, QStringLiteral("schools"),
                            tr("the filters include the school \"%1\", but the export has no "
                               "school with that sourcedId")
                                .arg(id),
                            QStringLiteral("filters.school.unknown"));
            ok = false;
        }
    }
    for (quint32 i = 0; i < orgs.size(); ++i) {
        const OrgRecord &o = orgs[i];
        if (!o.isSchool)
            continue;
        if (!statusOk(m_filters.orgs, o.status))
            m_trail.add(DecisionSubject::School, DecisionCause::Status, i);
        else if (!m_filters.schools.isEmpty() && !m_filters.schools.contains(m_store.string(o.id)))
            m_trail.add(DecisionSubject::School, DecisionCause::SchoolFilter, i);
        else
            m_schoolKept[i] = true;
    }
    return ok;
}

void RosterSelection::selectClasses()
{
    const auto &classes = m_store.classes;
    const ExclusionMatcher exclusions(m_store, m_filters.exclusions);
    m_classKept.assign(classes.size(), false);
    m_classSchool.assign(classes.size(), kNone);
    qint64 active = 0;
    for (quint32 i = 0; i < classes.size(); ++i) {
        const ClassRecord &c = classes[i];
        const quint32 school = m_store.schoolOf(c.school);
        m_classSchool[i] = school;
        active += c.status == RecordStatus::Active;
        const auto drop = [this, i](DecisionCause cause, QString detail = {}) {
            m_trail.add(DecisionSubject::Class, cause, i, std::move(detail));
        };
        if (!statusOk(m_filters.classes, c.status)) {
            drop(DecisionCause::Status);
            continue;
        }
        if (!schoolKept(school)) {
            drop(DecisionCause::SchoolFilter);
            continue;
        }
        if (!statusOk(m_filters.courses, m_store.courses[c.course].status)) {
            drop(DecisionCause::CourseStatus);
            continue;
        }
        if (exclusions.excludesClass(c)) {
            ++m_excludedClasses;
            drop(DecisionCause::Exclusion, exclusions.ruleFor(c));
            continue;
        }
        m_classKept[i] = true;
    }
    m_activeInExport.classes = active;
    m_haveCalendar = !m_store.sessions.empty();
    if (m_haveCalendar)
        m_calendar.build(m_classKept, m_classSchool);
    if (!m_filters.activeTermsOnly)
        return;
    for (quint32 i = 0; i < classes.size(); ++i) {
        if (m_classKept[i] && !m_calendar.classCurrent(i)) {
            m_classKept[i] = false;
            m_trail.add(DecisionSubject::Class, DecisionCause::TermEnded, i);
        }
    }
}

bool RosterSelection::classifyPeople(Findings *findings)
{
    const auto &users = m_store.users;
    const RoleResolver roles(m_store, m_filters, m_runDate);
    const bool ok = roles.checkRules(findings);
    const ExclusionMatcher exclusions(m_store, m_filters.exclusions);

    m_personKind.assign(users.size(), quint8(PersonKind::None));
    m_teacher.assign(users.size(), false);
    m_locStart.assign(users.size(), 0);
    m_locCount.assign(users.size(), 0);
    m_locations.clear();
    std::vector<quint32> orgs, schools;
    qint64 noSchool = 0, activeStudents = 0, activeStaff = 0;
    for (quint32 i = 0; i < users.size(); ++i) {
        const UserRecord &u = users[i];
        const RoleResolver::Person person = roles.resolve(i, &orgs);
        const auto drop = [this, i](DecisionCause cause, QString detail = {}) {
            m_trail.add(DecisionSubject::Person, cause, i, std::move(detail));
        };
        if (person.kind == PersonKind::None) {
            drop(roles.hasCurrentRole(i) ? DecisionCause::RoleRule : DecisionCause::NoCurrentRole);
            continue;
        }
        const bool student = person.kind == PersonKind::Student;
        if (u.status == RecordStatus::Active)
            ++(student ? activeStudents : activeStaff);
        if (!statusOk(student ? m_filters.students : m_filters.staff, u.status)) {
            drop(DecisionCause::Status);
            continue;
        }
        if (exclusions.excludesPerson(u)) {
            ++m_excludedPeople;
            drop(DecisionCause::Exclusion, exclusions.ruleFor(u));
            continue;
        }
        schools.clear();
        for (quint32 org : orgs) {
            const quint32 school = m_store.schoolOf(org);
            if (schoolKept(school) &&
                std::find(schools.begin(), schools.end(), school) == schools.end())
                schools.push_back(school);
        }
        if (schools.empty()) {
            if (student) {
                ++noSchool;
                QStringList names;
                for (quint32 org : orgs)
                    names.append(m_store.string(m_store.orgs[org].name));
                drop(DecisionCause::NoSchool, names.join(QStringLiteral(", ")));
                continue;
            }
            // Itinerant staff belong to the district only: their classes may place them.
            m_teachingSchools.insert(i, {});
        }
        m_personKind[i] = quint8(person.kind);
        m_teacher[i] = person.teacher;
        setLocations(i, schools);
        if (u.givenName.isEmpty() || u.familyName.isEmpty())
            findings->error(kUsers, u.line,
                            u.givenName.isEmpty() ? QStringLiteral("givenName")
                                                  : QStringLiteral("familyName"),
                            tr("a name is required for everyone sent to Apple School Manager"),
                            QStringLiteral("value.required"));
    }
    m_activeInExport.students = activeStudents;
    m_activeInExport.staff = activeStaff;
    for (const auto &[user, finding] : m_store.userProblems)
        findings->add(personKind(user) != PersonKind::None ? finding
                                                           : OneRosterFile::notSent(finding));
    if (noSchool > 0)
        findings->info(kUsers, 0, QStringLiteral("orgSourcedIds"),
                       tr("%n student(s) belong to no school included by the filters and are "
                          "not sent",
                          nullptr, int(noSchool)),
                       QStringLiteral("filters.noschool"));
    return ok;
}

void RosterSelection::setLocations(quint32 user, const std::vector<quint32> &schools)
{
    m_locStart[user] = quint32(m_locations.size());
    m_locCount[user] = quint16(std::min<size_t>(schools.size(), 0xFFFF));
    m_locations.insert(m_locations.end(), schools.begin(), schools.begin() + m_locCount[user]);
}

void RosterSelection::locationsOf(quint32 user, std::vector<quint32> *out) const
{
    out->assign(m_locations.begin() + m_locStart[user],
                m_locations.begin() + m_locStart[user] + m_locCount[user]);
}

bool RosterSelection::enrollmentInDates(const EnrollmentRow &row) const
{
    // Outside its own dates an enrollment is over (a dropped class, a replaced teacher) or
    // not begun, unless those dates are just its class's term: that is the calendar's call.
    const auto [first, last] =
        m_haveCalendar ? m_calendar.span(row.cls) : std::pair<QDate, QDate>();
    if (row.beginDate.isValid() && row.beginDate > m_runDate &&
        !(first.isValid() && row.beginDate <= first))
        return false;
    if (row.endDate.isValid() && row.endDate < m_runDate &&
        !(last.isValid() && row.endDate >= last))
        return false;
    return true;
}

bool RosterSelection::streamEnrollments(OneRosterCsvLoader &loader, Findings *findings)
{
    // Enrollment sourcedIds are checked for repeats by hash; the lines let the finding point
    // at both rows.
    struct IdSeen
    {
        quint64 hash;
        quint32 line;
    };
    std::vector<IdSeen> seen;
    quint32 order = 0;
    qint64 activeRosters = 0;
    const bool ok = loader.streamEnrollments(
        [&](const EnrollmentRow &row) {
            seen.push_back({hash64(row.id), quint32(row.line)});
            ++order;
            activeRosters +=
                row.role == EnrollmentRole::Student && row.status == RecordStatus::Active;
            // Enrollments that go with their class or person are not listed: the class's or
            // person's decision answers for them.
            if (!statusOk(m_filters.enrollments, row.status)) {
                ++m_skippedEnrollments;
                m_trail.addEnrollment(DecisionCause::Status, row);
                return;
            }
            if (!m_classKept[row.cls]) {
                ++m_skippedEnrollments;
                return;
            }
            if (!enrollmentInDates(row)) {
                ++m_enrollmentsOutOfDates;
                ++m_skippedEnrollments;
                m_trail.addEnrollment(DecisionCause::EnrollmentDates, row);
                return;
            }
            const PersonKind kind = personKind(row.user);
            if (kind == PersonKind::None) {
                ++m_skippedEnrollments;
                return;
            }
            if (row.role == EnrollmentRole::Other) {
                ++m_skippedEnrollments;
                m_trail.addEnrollment(DecisionCause::EnrollmentRole, row);
                return;
            }
            const bool asStudent = row.role == EnrollmentRole::Student;
            if (asStudent != (kind == PersonKind::Student)) {
                findings->warning(kEnrollments, row.line, QStringLiteral("role"),
                                  asStudent ? tr("the user is enrolled as a student but is sent "
                                                 "as staff; the enrollment is skipped")
                                            : tr("the user is enrolled as a teacher but is sent "
                                                 "as a student; the enrollment is skipped"),
                                  QStringLiteral("enrollment.role.mismatch"));
                ++m_skippedEnrollments;
                m_trail.addEnrollment(DecisionCause::RoleMismatch, row);
                return;
            }
            if (asStudent) {
                m_enrollments.push_back({row.cls, row.user, order, m_rosterIds.add(row.id)});
                return;
            }
            m_instructors.push_back({row.cls, row.user, order, row.primary});
            const auto placing = m_teachingSchools.find(row.user);
            if (placing != m_teachingSchools.end() &&
                std::find(placing->begin(), placing->end(), m_classSchool[row.cls]) ==
                    placing->end())
                placing->push_back(m_classSchool[row.cls]);
        },
        [this](quint32 cls, quint32 user) {
            return m_classKept[cls] && personKind(user) != PersonKind::None;
        },
        [&](qint64 rows) {
            // Room for them all at once, with a margin: growing by doubling would copy
            // these (the largest arrays of a run) and briefly hold both copies.
            // Past 50 million (twelve times the largest district seen) doubling will do.
            const auto room = size_t(double(std::min<qint64>(rows, 50'000'000)) * 1.05);
            seen.reserve(room);
            m_enrollments.reserve(room);
        });
    m_activeInExport.rosters = activeRosters;
    if (!ok)
        return false;
    if (m_rosterIds.overflowed()) {
        findings->error(QStringLiteral("enrollments.csv"), 0, QStringLiteral("sourcedId"),
                        tr("the enrollments' ids come to more than 4 GiB of text, more than "
                           "RosterBridge can hold"),
                        QStringLiteral("export.tooLarge"));
        return false;
    }

    if (Cancellation::requested())
        return false;
    // The top 10 bits of uniform hashes.
    bucketSort(
        seen, std::size_t(1) << 10, [](const IdSeen &s) { return s.hash >> 54; },
        [](const IdSeen &a, const IdSeen &b) {
            return a.hash != b.hash ? a.hash < b.hash : a.line < b.line;
        });
    bool unique = true;
    for (size_t i = 1; i < seen.size(); ++i) {
        if (seen[i].hash == seen[i - 1].hash) {
            findings->error(
                kEnrollments, seen[i].line, QStringLiteral("sourcedId"),
                tr("duplicate sourcedId; it is first used on line %1").arg(seen[i - 1].line),
                QStringLiteral("id.duplicate"));
            unique = false;
        }
    }
    return unique;
}

void RosterSelection::placeStaffByClasses(Findings *findings)
{
    qint64 unplaced = 0;
    // In users.csv order, so that the warnings read the same from one run to the next.
    QList<quint32> users = m_teachingSchools.keys();
    std::sort(users.begin(), users.end());
    for (const quint32 user : users) {
        const std::vector<quint32> &schools = m_teachingSchools[user];
        const UserRecord &u = m_store.users[user];
        if (schools.empty()) {
            m_personKind[user] = quint8(PersonKind::None);
            ++unplaced;
            m_trail.add(DecisionSubject::Person, DecisionCause::NoSchool, user);
            continue;
        }
        setLocations(user, schools);
        QStringList names;
        for (quint32 school : schools)
            names.append(m_store.string(m_store.orgs[school].name));
        m_trail.add(DecisionSubject::Person, DecisionCause::PlacedByClasses, user,
                    names.join(QStringLiteral(", ")));
        findings->warning(kUsers, u.line, QStringLiteral("sourcedId"),
                          tr("%1 %2 (%3) belongs to no school included by the filters; sent "
                             "with the schools of the classes they teach: %4")
                              .arg(m_store.string(u.givenName), m_store.string(u.familyName),
                                   m_store.string(u.id), names.join(QStringLiteral(", "))),
                          QStringLiteral("staff.placedByClasses"));
    }
    if (unplaced > 0)
        findings->info(kUsers, 0, QStringLiteral("orgSourcedIds"),
                       tr("%n staff member(s) belong to no school included by the filters and "
                          "teach no class there, so they are not sent",
                          nullptr, int(unplaced)),
                       QStringLiteral("filters.noschool"));
}

void RosterSelection::applyActivityRules()
{
    if (!m_filters.activeStudentsOnly && !m_filters.activeTeachersOnly)
        return;
    std::vector<bool> inClass(m_store.users.size(), false);
    for (const Enrollment &e : m_enrollments)
        inClass[e.user] = true;
    for (const Instructor &i : m_instructors)
        inClass[i.user] = true;
    for (quint32 i = 0; i < m_store.users.size(); ++i) {
        const UserRecord &u = m_store.users[i];
        const PersonKind kind = personKind(i);
        const bool active = u.enabled && inClass[i];
        const bool dropStudent =
            kind == PersonKind::Student && m_filters.activeStudentsOnly && !active;
        const bool dropTeacher =
            kind == PersonKind::Staff && m_filters.activeTeachersOnly && m_teacher[i] && !active;
        if (dropStudent || dropTeacher) {
            m_personKind[i] = quint8(PersonKind::None);
            m_trail.add(DecisionSubject::Person, DecisionCause::Inactive, i,
                        u.enabled ? QStringLiteral("in no class sent")
                                  : QStringLiteral("enabledUser=false"));
        }
    }
}

void RosterSelection::finishInstructors(Findings *findings)
{
    auto &list = m_instructors;
    std::sort(list.begin(), list.end(), [](const Instructor &a, const Instructor &b) {
        if (a.cls != b.cls)
            return a.cls < b.cls;
        if (a.primary != b.primary)
            return a.primary;
        return a.order < b.order;
    });
    std::vector<Instructor> kept;
    kept.reserve(list.size());
    for (size_t i = 0; i < list.size();) {
        const quint32 cls = list[i].cls;
        const size_t first = kept.size();
        for (; i < list.size() && list[i].cls == cls; ++i) {
            const Instructor &in = list[i];
            if (personKind(in.user) != PersonKind::Staff)
                continue;
            bool dup = false;
            for (size_t k = first; k < kept.size() && !dup; ++k)
                dup = kept[k].user == in.user;
            if (!dup)
                kept.push_back(in);
        }
        const size_t count = kept.size() - first;
        if (count > size_t(m_maxInstructors)) {
            const ClassRecord &c = m_store.classes[cls];
            findings->warning(QStringLiteral("classes.csv"), c.line, QStringLiteral("sourcedId"),
                              tr("the class \"%1\" (%2) has %3 teachers; Apple School Manager "
                                 "takes at most %4, so the rest are left out")
                                  .arg(m_store.string(c.id), m_store.string(c.title))
                                  .arg(count)
                                  .arg(m_maxInstructors),
                              QStringLiteral("class.instructors.limit"));
            m_trail.add(DecisionSubject::Class, DecisionCause::InstructorLimit, cls,
                        QStringLiteral("%1 teachers, %2 sent").arg(count).arg(m_maxInstructors));
            kept.resize(first + size_t(m_maxInstructors));
        }
    }
    m_instructors.swap(kept);
}

void RosterSelection::finishEnrollments()
{
    auto &list = m_enrollments;
    // About a thousand buckets of neighbouring classes.
    const std::size_t classes = std::max<std::size_t>(m_store.classes.size(), 1);
    const int shift = std::max(0, int(std::bit_width(classes)) - 10);
    // In class order, each class's rows in the export's order.
    bucketSort(
        list, ((classes - 1) >> shift) + 1, [shift](const Enrollment &e) { return e.cls >> shift; },
        [](const Enrollment &a, const Enrollment &b) {
            return a.cls != b.cls ? a.cls < b.cls : a.order < b.order;
        });
    // One roster row per student and class; the first enrollment's id becomes the roster_id.
    // lastClass[user] is 1 + the class of the user's last kept row.
    std::vector<quint32> lastClass(m_store.users.size(), 0);
    size_t out = 0;
    for (size_t i = 0; i < list.size(); ++i) {
        const Enrollment &e = list[i];
        if (personKind(e.user) != PersonKind::Student || lastClass[e.user] == e.cls + 1)
            continue;
        lastClass[e.user] = e.cls + 1;
        list[out++] = e;
    }
    list.resize(out);
}

void RosterSelection::selectCourses()
{
    const auto &courses = m_store.courses;
    m_courseLocation.assign(courses.size(), kNone);
    // A course owned by the district has no school of its own: it takes the school most of
    // its kept classes are at (ties go to the earliest school in orgs.csv).
    std::vector<std::pair<quint32, quint32>> uses; // (course, school)
    for (quint32 i = 0; i < m_store.classes.size(); ++i) {
        if (m_classKept[i])
            uses.emplace_back(m_store.classes[i].course, m_classSchool[i]);
    }
    std::sort(uses.begin(), uses.end());
    std::vector<quint32> busiest(courses.size(), kNone);
    std::vector<quint32> busiestCount(courses.size(), 0);
    for (size_t i = 0; i < uses.size();) {
        size_t j = i;
        while (j < uses.size() && uses[j] == uses[i])
            ++j;
        const quint32 course = uses[i].first;
        if (quint32(j - i) > busiestCount[course]) {
            busiestCount[course] = quint32(j - i);
            busiest[course] = uses[i].second;
        }
        i = j;
    }
    for (quint32 i = 0; i < courses.size(); ++i) {
        const CourseRecord &c = courses[i];
        if (!statusOk(m_filters.courses, c.status)) {
            m_trail.add(DecisionSubject::Course, DecisionCause::Status, i);
            continue;
        }
        const quint32 own = m_store.schoolOf(c.org);
        m_courseLocation[i] = schoolKept(own) ? own : busiest[i];
        if (m_courseLocation[i] == kNone)
            m_trail.add(DecisionSubject::Course, DecisionCause::NoClass, i);
        else if (m_courseLocation[i] != own)
            m_trail.add(DecisionSubject::Course, DecisionCause::CourseSchool, i,
                        m_store.string(m_store.orgs[busiest[i]].name));
    }
}

void RosterSelection::countStats()
{
    auto count = [](const auto &flags) {
        return qint64(std::count(flags.begin(), flags.end(), true));
    };
    qint64 students = 0, staff = 0;
    for (quint8 k : m_personKind) {
        students += k == quint8(PersonKind::Student);
        staff += k == quint8(PersonKind::Staff);
    }
    const qint64 courses =
        qint64(m_courseLocation.size()) -
        qint64(std::count(m_courseLocation.begin(), m_courseLocation.end(), kNone));
    m_stats = QJsonObject{
        {QStringLiteral("runDate"), m_runDate.toString(Qt::ISODate)},
        {QStringLiteral("schools"), count(m_schoolKept)},
        {QStringLiteral("classes"), count(m_classKept)},
        {QStringLiteral("courses"), courses},
        {QStringLiteral("students"), students},
        {QStringLiteral("staff"), staff},
        {QStringLiteral("studentEnrollments"), qint64(m_enrollments.size())},
        {QStringLiteral("teacherAssignments"), qint64(m_instructors.size())},
        {QStringLiteral("enrollmentsNotSent"), m_skippedEnrollments},
        {QStringLiteral("enrollmentsOutsideTheirDates"), m_enrollmentsOutOfDates},
        {QStringLiteral("classesExcluded"), m_excludedClasses},
        {QStringLiteral("peopleExcluded"), m_excludedPeople},
    };
    qCInfo(lcSelection) << m_stats;
}

} // namespace rb
