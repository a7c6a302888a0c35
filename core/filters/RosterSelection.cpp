#include "RosterSelection.h"

#include "asm/AsmSchema.h"
#include "common/Hashing.h"

#include <QLoggingCategory>

#include <algorithm>

namespace rb {

Q_LOGGING_CATEGORY(lcSelection, "rosterbridge.filters.selection")

namespace {
const QString kUsers = QStringLiteral("users.csv");
const QString kEnrollments = QStringLiteral("enrollments.csv");
const QString kFilters = QStringLiteral("filters");

bool contains(const SessionRecord &s, QDate day)
{
    // The end date is taken as the term's last day. The standard calls it exclusive, but many
    // SIS write the last school day there, and dropping every class on its last day would
    // strip its students in ASM.
    return s.startDate <= day && day <= s.endDate;
}
} // namespace

RosterSelection::RosterSelection(const RosterStore &store, const FilterSettings &filters)
    : m_store(store)
    , m_filters(filters)
    , m_runDate(filters.runDate.isValid() ? filters.runDate : QDate::currentDate())
{
}

bool RosterSelection::statusOk(const StatusChoice &choice, RecordStatus status) const
{
    return status == RecordStatus::Active ? choice.active : choice.toBeDeleted;
}

bool RosterSelection::select(OneRosterCsvLoader &loader, Findings *findings)
{
    bool ok = selectSchools(findings);
    selectClasses();
    ok = classifyPeople(findings) && ok;
    if (!ok)
        return false;
    if (!streamEnrollments(loader, findings))
        return false;
    applyActivityRules();
    finishInstructors(findings);
    finishEnrollments();
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
        m_schoolKept[i] =
            o.isSchool && statusOk(m_filters.orgs, o.status) &&
            (m_filters.schools.isEmpty() || m_filters.schools.contains(m_store.string(o.id)));
    }
    return ok;
}

void RosterSelection::selectClasses()
{
    const auto &classes = m_store.classes;
    m_classKept.assign(classes.size(), false);
    m_classSchool.assign(classes.size(), kNone);
    for (quint32 i = 0; i < classes.size(); ++i) {
        const ClassRecord &c = classes[i];
        const quint32 school = m_store.schoolOf(c.school);
        m_classSchool[i] = school;
        if (!statusOk(m_filters.classes, c.status) || !schoolKept(school))
            continue;
        if (!statusOk(m_filters.courses, m_store.courses[c.course].status))
            continue;
        if (m_filters.activeTermsOnly) {
            bool active = false;
            for (quint32 t = c.firstTerm; t < c.firstTerm + c.termCount && !active; ++t)
                active = contains(m_store.sessions[m_store.classTerms[t]], m_runDate);
            if (!active)
                continue;
        }
        m_classKept[i] = true;
    }
}

bool RosterSelection::classifyPeople(Findings *findings)
{
    const auto &users = m_store.users;
    const auto roleCount = m_store.roleNames.size();
    // Per role: what it maps to, how many users have it, and the first line it is on.
    std::vector<PersonKind> roleKind(size_t(roleCount), PersonKind::None);
    std::vector<bool> roleKnown(size_t(roleCount), false);
    std::vector<qint64> roleUsers(size_t(roleCount), 0);
    std::vector<quint32> roleLine(size_t(roleCount), 0);
    for (qsizetype r = 0; r < roleCount; ++r) {
        const QString name = QString::fromUtf8(m_store.roleNames.at(r));
        if (name == QStringLiteral("student")) {
            roleKind[r] = PersonKind::Student;
            roleKnown[r] = true;
        } else if (name == QStringLiteral("teacher")) {
            roleKind[r] = PersonKind::Staff;
            roleKnown[r] = true;
        } else if (m_filters.roleRules.contains(name)) {
            roleKind[r] = m_filters.roleRules.value(name) == RoleRule::Staff ? PersonKind::Staff
                                                                             : PersonKind::None;
            roleKnown[r] = true;
        }
    }

    m_personKind.assign(users.size(), quint8(PersonKind::None));
    std::vector<quint32> locations;
    qint64 noSchool = 0;
    for (quint32 i = 0; i < users.size(); ++i) {
        const UserRecord &u = users[i];
        if (roleUsers[u.role]++ == 0)
            roleLine[u.role] = u.line;
        const PersonKind kind = roleKind[u.role];
        if (kind == PersonKind::None)
            continue;
        const StatusChoice &choice =
            kind == PersonKind::Student ? m_filters.students : m_filters.staff;
        if (!statusOk(choice, u.status))
            continue;
        m_personKind[i] = quint8(kind);
        locationsOf(i, &locations);
        if (locations.empty()) {
            m_personKind[i] = quint8(PersonKind::None);
            ++noSchool;
            continue;
        }
        if (u.givenName.isEmpty() || u.familyName.isEmpty())
            findings->error(kUsers, u.line,
                            u.givenName.isEmpty() ? QStringLiteral("givenName")
                                                  : QStringLiteral("familyName"),
                            tr("a name is required for everyone sent to Apple School Manager"),
                            QStringLiteral("value.required"));
    }

    bool ok = true;
    for (qsizetype r = 0; r < roleCount; ++r) {
        if (roleUsers[r] == 0)
            continue;
        const QString name = QString::fromUtf8(m_store.roleNames.at(r));
        if (!roleKnown[r]) {
            findings->error(kUsers, roleLine[r], QStringLiteral("role"),
                            tr("%n user(s) have the role \"%1\", which has no rule; add "
                               "\"%1\": \"staff\" or \"exclude\" to the filters' roleRules",
                               nullptr, int(roleUsers[r]))
                                .arg(name),
                            QStringLiteral("role.unknown"));
            ok = false;
        } else if (roleKind[r] == PersonKind::None) {
            findings->info(kUsers, 0, QStringLiteral("role"),
                           tr("%n user(s) with the role \"%1\" are not sent (role rule: "
                              "exclude)",
                              nullptr, int(roleUsers[r]))
                               .arg(name),
                           QStringLiteral("role.excluded"));
        }
    }
    if (noSchool > 0)
        findings->info(kUsers, 0, QStringLiteral("orgSourcedIds"),
                       tr("%n student(s) or staff belong to no school included by the filters "
                          "and are not sent",
                          nullptr, int(noSchool)),
                       QStringLiteral("filters.noschool"));
    return ok;
}

void RosterSelection::locationsOf(quint32 user, std::vector<quint32> *out) const
{
    out->clear();
    const UserRecord &u = m_store.users[user];
    for (quint32 k = u.firstOrg; k < u.firstOrg + u.orgCount; ++k) {
        const quint32 school = m_store.schoolOf(m_store.userOrgs[k]);
        if (schoolKept(school) && std::find(out->begin(), out->end(), school) == out->end())
            out->push_back(school);
    }
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
    const bool ok = loader.streamEnrollments([&](const EnrollmentRow &row) {
        seen.push_back({hash64(row.id), quint32(row.line)});
        ++order;
        if (!statusOk(m_filters.enrollments, row.status) || !m_classKept[row.cls]) {
            ++m_skippedEnrollments;
            return;
        }
        if (m_filters.activeTermsOnly && ((row.beginDate.isValid() && row.beginDate > m_runDate) ||
                                          (row.endDate.isValid() && row.endDate < m_runDate))) {
            ++m_skippedEnrollments;
            return;
        }
        const PersonKind kind = personKind(row.user);
        if (row.role == EnrollmentRole::Other || kind == PersonKind::None) {
            ++m_skippedEnrollments;
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
            return;
        }
        if (asStudent)
            m_enrollments.push_back({row.cls, row.user, order, m_rosterIds.add(row.id)});
        else
            m_instructors.push_back({row.cls, row.user, order, row.primary});
    });
    if (!ok)
        return false;

    std::sort(seen.begin(), seen.end(), [](const IdSeen &a, const IdSeen &b) {
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

void RosterSelection::applyActivityRules()
{
    if (!m_filters.activeStudentsOnly && !m_filters.activeTeachersOnly)
        return;
    std::vector<bool> inClass(m_store.users.size(), false);
    for (const Enrollment &e : m_enrollments)
        inClass[e.user] = true;
    for (const Instructor &i : m_instructors)
        inClass[i.user] = true;
    const QByteArray teacher = QByteArrayLiteral("teacher");
    for (quint32 i = 0; i < m_store.users.size(); ++i) {
        const UserRecord &u = m_store.users[i];
        const PersonKind kind = personKind(i);
        const bool active = u.enabled && inClass[i];
        const bool dropStudent =
            kind == PersonKind::Student && m_filters.activeStudentsOnly && !active;
        const bool dropTeacher = kind == PersonKind::Staff && m_filters.activeTeachersOnly &&
                                 m_store.roleNames.at(u.role) == teacher && !active;
        if (dropStudent || dropTeacher)
            m_personKind[i] = quint8(PersonKind::None);
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
        if (count > size_t(kMaxInstructors)) {
            const ClassRecord &c = m_store.classes[cls];
            findings->warning(QStringLiteral("classes.csv"), c.line, QStringLiteral("sourcedId"),
                              tr("the class \"%1\" (%2) has %3 teachers; Apple School Manager "
                                 "takes at most %4, so the rest are left out")
                                  .arg(m_store.string(c.id), m_store.string(c.title))
                                  .arg(count)
                                  .arg(kMaxInstructors),
                              QStringLiteral("class.instructors.limit"));
            kept.resize(first + size_t(kMaxInstructors));
        }
    }
    m_instructors.swap(kept);
}

void RosterSelection::finishEnrollments()
{
    auto &list = m_enrollments;
    std::sort(list.begin(), list.end(), [](const Enrollment &a, const Enrollment &b) {
        if (a.cls != b.cls)
            return a.cls < b.cls;
        if (a.user != b.user)
            return a.user < b.user;
        return a.order < b.order;
    });
    // One roster row per student and class; the first enrollment's id becomes the roster_id.
    size_t out = 0;
    for (size_t i = 0; i < list.size(); ++i) {
        if (personKind(list[i].user) != PersonKind::Student)
            continue;
        if (out > 0 && list[out - 1].cls == list[i].cls && list[out - 1].user == list[i].user)
            continue;
        list[out++] = list[i];
    }
    list.resize(out);
    std::stable_sort(list.begin(), list.end(), [](const Enrollment &a, const Enrollment &b) {
        return a.cls != b.cls ? a.cls < b.cls : a.order < b.order;
    });
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
        if (!statusOk(m_filters.courses, c.status))
            continue;
        const quint32 own = m_store.schoolOf(c.org);
        m_courseLocation[i] = schoolKept(own) ? own : busiest[i];
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
    };
    qCInfo(lcSelection) << m_stats;
}

} // namespace rb
