#include "profile/DistrictSummary.h"

#include "filters/ExclusionMatcher.h"
#include "oneroster/OneRosterCsvLoader.h"
#include "oneroster/OneRosterSource.h"
#include "pipeline/RosterConverter.h"
#include "roster/RosterStore.h"

#include <algorithm>
#include <vector>

namespace rb {

namespace {

QString firstError(const Findings &findings)
{
    for (const Finding &f : findings.kept()) {
        if (f.severity == Severity::Error)
            return f.toString();
    }
    return QString();
}

} // namespace

DistrictSummary DistrictSummary::read(const QString &path)
{
    DistrictSummary out;
    Findings findings;
    const std::unique_ptr<OneRosterSource> source = OneRosterSource::open(path, &findings);
    if (!source) {
        out.error = firstError(findings);
        if (out.error.isEmpty())
            out.error = tr("%1 is not a OneRoster export.").arg(path);
        return out;
    }
    out.version = oneRosterVersionName(source->version());
    RosterStore store;
    OneRosterCsvLoader loader(*source, &store, &findings);
    if (!loader.loadEntities(false) || findings.hasErrors()) {
        out.error = firstError(findings);
        return out;
    }
    // Per school, so that the admin ticks schools knowing their size.
    std::vector<qint64> students(store.orgs.size(), 0), classes(store.orgs.size(), 0);
    for (const ClassRecord &c : store.classes) {
        if (const quint32 school = store.schoolOf(c.school); school != kNone)
            ++classes[school];
    }
    const quint16 studentRole =
        store.roleNames.indexOf(QByteArrayLiteral("student")) < 0
            ? quint16(0xFFFF)
            : quint16(store.roleNames.indexOf(QByteArrayLiteral("student")));
    std::vector<quint32> counted(store.orgs.size(), kNone);
    for (quint32 u = 0; u < store.users.size(); ++u) {
        const UserRecord &user = store.users[u];
        for (quint32 k = user.firstRole; k < user.firstRole + user.roleCount; ++k) {
            const RoleRecord &r = store.userRoles[k];
            const quint32 school = r.org == kNone ? kNone : store.schoolOf(r.org);
            if (r.role != studentRole || school == kNone || counted[school] == u)
                continue;
            counted[school] = u;
            ++students[school];
        }
    }
    for (quint32 i = 0; i < store.orgs.size(); ++i) {
        const OrgRecord &org = store.orgs[i];
        if (org.isSchool)
            out.schools.append(
                {store.string(org.id), store.string(org.name), students[i], classes[i]});
    }
    std::sort(out.schools.begin(), out.schools.end(), [](const SchoolInfo &a, const SchoolInfo &b) {
        return QString::localeAwareCompare(a.name, b.name) < 0;
    });
    out.orgs = qint64(store.orgs.size());
    out.sessions = qint64(store.sessions.size());
    out.courses = qint64(store.courses.size());
    out.classes = qint64(store.classes.size());
    for (const UserRecord &user : store.users) {
        if (store.hasRole(user, "student"))
            ++out.students;
        else
            ++out.otherUsers;
    }
    const QMap<QByteArray, qint64> roles = store.roleUserCounts();
    for (auto it = roles.begin(); it != roles.end(); ++it)
        out.roles.insert(QString::fromUtf8(it.key()), it.value());
    out.ok = true;
    return out;
}

QString DistrictSummary::describe() const
{
    if (!ok)
        return error;
    // "label: number" reads right in every language without plural forms.
    return tr("OneRoster %1 export. Schools: %2, classes: %3, students: %4, other users: %5.")
        .arg(version)
        .arg(schools.size())
        .arg(classes)
        .arg(students)
        .arg(otherUsers);
}

SelectionCounts SelectionCounts::count(const QString &path, const FilterSettings &filters)
{
    SelectionCounts out;
    RosterConverter converter(filters, MappingOptions());
    Findings findings;
    if (!converter.read(path, &findings) || !converter.filter(&findings)) {
        out.error = firstError(findings);
        if (out.error.isEmpty())
            out.error = tr("The export could not be read.");
        return out;
    }
    const QJsonObject kept = converter.keptCounts();
    out.schools = kept.value(QStringLiteral("schools")).toInteger();
    out.students = kept.value(QStringLiteral("students")).toInteger();
    out.staff = kept.value(QStringLiteral("staff")).toInteger();
    out.classes = kept.value(QStringLiteral("classes")).toInteger();
    out.classesExcluded = kept.value(QStringLiteral("classesExcluded")).toInteger();
    out.peopleExcluded = kept.value(QStringLiteral("peopleExcluded")).toInteger();
    if (!filters.exclusions.isEmpty()) {
        // The converter keeps its store to itself; a second read of the entities (no
        // enrollments) is the price of per-rule counts, paid only when there are rules.
        Findings ignored;
        const std::unique_ptr<OneRosterSource> source = OneRosterSource::open(path, &ignored);
        RosterStore store;
        if (source) {
            OneRosterCsvLoader loader(*source, &store, &ignored);
            loader.setDanglingReferenceLimit(filters.danglingReferences);
            if (loader.loadEntities(false))
                out.matches = ExclusionMatches::count(store, filters.exclusions);
        }
    }
    out.ok = true;
    return out;
}

ExclusionMatches ExclusionMatches::count(const RosterStore &store, const ExclusionRules &rules)
{
    ExclusionMatches out;
    // One matcher per kind of rule, so each count says what that kind alone finds.
    const auto classMatches = [&store](QStringList ExclusionRules::*member,
                                       const QStringList &patterns) {
        if (patterns.isEmpty())
            return qint64(0);
        ExclusionRules only;
        only.*member = patterns;
        const ExclusionMatcher matcher(store, only);
        return qint64(
            std::count_if(store.classes.begin(), store.classes.end(),
                          [&matcher](const ClassRecord &c) { return matcher.excludesClass(c); }));
    };
    out.classTitles = classMatches(&ExclusionRules::classTitles, rules.classTitles);
    out.classCodes = classMatches(&ExclusionRules::classCodes, rules.classCodes);
    out.courses = classMatches(&ExclusionRules::courses, rules.courses);
    if (!rules.grades.isEmpty()) {
        ExclusionRules only;
        only.grades = rules.grades;
        const ExclusionMatcher matcher(store, only);
        out.grades = qint64(
            std::count_if(store.users.begin(), store.users.end(),
                          [&matcher](const UserRecord &u) { return matcher.excludesPerson(u); }));
    }
    for (const QString &id : rules.people) {
        if (store.userIndex.find(id.toUtf8()) == IdIndex::npos)
            out.missingPeople.append(id);
        else
            ++out.people;
    }
    return out;
}

QString SelectionCounts::describe() const
{
    if (!ok)
        return error;
    return tr("With these choices Apple School Manager gets schools: %1, students: %2, staff: "
              "%3, classes: %4.")
        .arg(schools)
        .arg(students)
        .arg(staff)
        .arg(classes);
}

} // namespace rb
