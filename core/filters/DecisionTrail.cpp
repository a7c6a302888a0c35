#include "DecisionTrail.h"

#include "common/Cancellation.h"
#include "oneroster/OneRosterCsvLoader.h"
#include "oneroster/OneRosterCsvWriter.h"

namespace rb {

namespace {

QByteArray statusName(RecordStatus status)
{
    return status == RecordStatus::Active ? QByteArrayLiteral("active")
                                          : QByteArrayLiteral("tobedeleted");
}

QByteArray dateText(QDate date)
{
    return date.isValid() ? date.toString(Qt::ISODate).toLatin1() : QByteArray();
}

// "field=value; field=value": the source record as the filters read it.
class SourceText
{
public:
    void add(const char *field, QByteArrayView value)
    {
        if (value.isEmpty())
            return;
        if (!m_text.isEmpty())
            m_text += "; ";
        m_text += field;
        m_text += '=';
        m_text += value;
    }
    QByteArray take() { return std::move(m_text); }

private:
    QByteArray m_text;
};

QByteArray orgText(const RosterStore &s, quint32 org)
{
    if (org == kNone)
        return {};
    const OrgRecord &o = s.orgs[org];
    return s.text(o.name).toByteArray() + " (" + s.text(o.id).toByteArray() + ')';
}

QByteArray termsText(const RosterStore &s, const ClassRecord &c)
{
    QByteArrayList terms;
    for (quint32 t = c.firstTerm; t < c.firstTerm + c.termCount; ++t) {
        const SessionRecord &term = s.sessions[s.classTerms[t]];
        QByteArray text = s.text(term.id).toByteArray();
        if (!term.title.isEmpty())
            text += " \"" + s.text(term.title).toByteArray() + '"';
        text += ' ' + dateText(term.startDate) + ".." + dateText(term.endDate);
        if (term.status != RecordStatus::Active)
            text += " tobedeleted";
        terms.append(text);
    }
    return terms.join(", ");
}

QByteArray rolesText(const RosterStore &s, const UserRecord &u, const FilterSettings *filters)
{
    QByteArrayList roles;
    for (quint32 k = u.firstRole; k < u.firstRole + u.roleCount; ++k) {
        const RoleRecord &r = s.userRoles[k];
        const QByteArray name = s.roleNames.at(r.role);
        QByteArray text = name;
        if (r.org != kNone)
            text += '@' + s.text(s.orgs[r.org].id).toByteArray();
        if (r.beginDate.isValid() || r.endDate.isValid())
            text += ' ' + dateText(r.beginDate) + ".." + dateText(r.endDate);
        if (r.status != RecordStatus::Active)
            text += " tobedeleted";
        if (filters) {
            const auto rule = filters->roleRules.constFind(QString::fromUtf8(name));
            if (rule != filters->roleRules.constEnd() && *rule == RoleRule::Exclude)
                text += " (leave out)";
        }
        roles.append(text);
    }
    return roles.join(", ");
}

QByteArray personSource(const RosterStore &s, const UserRecord &u)
{
    SourceText t;
    t.add("status", statusName(u.status));
    t.add("enabledUser", u.enabled ? "true" : "false");
    t.add("givenName", s.text(u.givenName));
    t.add("familyName", s.text(u.familyName));
    t.add("grades", s.text(u.grade));
    t.add("primaryOrg", u.primaryOrg == kNone ? QByteArray() : orgText(s, u.primaryOrg));
    t.add("roles", rolesText(s, u, nullptr));
    return t.take();
}

QByteArray classSource(const RosterStore &s, const ClassRecord &c)
{
    SourceText t;
    t.add("status", statusName(c.status));
    t.add("title", s.text(c.title));
    t.add("classCode", s.text(c.classCode));
    if (c.course != kNone)
        t.add("course", s.text(s.courses[c.course].id));
    t.add("school", orgText(s, c.school));
    t.add("terms", termsText(s, c));
    return t.take();
}

QByteArray courseSource(const RosterStore &s, const CourseRecord &c)
{
    SourceText t;
    t.add("status", statusName(c.status));
    t.add("title", s.text(c.title));
    t.add("courseCode", s.text(c.courseCode));
    t.add("org", orgText(s, c.org));
    return t.take();
}

QByteArray schoolSource(const RosterStore &s, const OrgRecord &o)
{
    SourceText t;
    t.add("status", statusName(o.status));
    t.add("name", s.text(o.name));
    t.add("type", s.text(o.type));
    return t.take();
}

const char *enrollmentRoleName(quint8 role)
{
    switch (EnrollmentRole(role)) {
    case EnrollmentRole::Student:
        return "student";
    case EnrollmentRole::Teacher:
        return "teacher";
    case EnrollmentRole::Other:
        break;
    }
    return "other";
}

} // namespace

QByteArray decisionCauseName(DecisionCause cause)
{
    switch (cause) {
    case DecisionCause::SchoolFilter:
        return QByteArrayLiteral("school-filter");
    case DecisionCause::Status:
        return QByteArrayLiteral("status");
    case DecisionCause::CourseStatus:
        return QByteArrayLiteral("course-status");
    case DecisionCause::RoleRule:
        return QByteArrayLiteral("role-rule");
    case DecisionCause::NoCurrentRole:
        return QByteArrayLiteral("no-current-role");
    case DecisionCause::Exclusion:
        return QByteArrayLiteral("exclusion");
    case DecisionCause::TermEnded:
        return QByteArrayLiteral("term-ended");
    case DecisionCause::EnrollmentDates:
        return QByteArrayLiteral("enrollment-dates");
    case DecisionCause::EnrollmentRole:
        return QByteArrayLiteral("enrollment-role");
    case DecisionCause::RoleMismatch:
        return QByteArrayLiteral("role-mismatch");
    case DecisionCause::Inactive:
        return QByteArrayLiteral("inactive");
    case DecisionCause::NoSchool:
        return QByteArrayLiteral("no-school");
    case DecisionCause::NoClass:
        return QByteArrayLiteral("no-class");
    case DecisionCause::PlacedByClasses:
        return QByteArrayLiteral("placed-by-classes");
    case DecisionCause::InstructorLimit:
        return QByteArrayLiteral("instructor-limit");
    case DecisionCause::CourseSchool:
        return QByteArrayLiteral("course-school");
    }
    return {};
}

QByteArray decisionSubjectName(DecisionSubject subject)
{
    switch (subject) {
    case DecisionSubject::School:
        return QByteArrayLiteral("school");
    case DecisionSubject::Course:
        return QByteArrayLiteral("course");
    case DecisionSubject::Class:
        return QByteArrayLiteral("class");
    case DecisionSubject::Person:
        return QByteArrayLiteral("person");
    case DecisionSubject::Enrollment:
        break;
    }
    return QByteArrayLiteral("enrollment");
}

bool decisionKeepsRecord(DecisionCause cause)
{
    return cause == DecisionCause::PlacedByClasses || cause == DecisionCause::InstructorLimit ||
           cause == DecisionCause::CourseSchool;
}

QByteArrayList DecisionTrail::columns()
{
    return {"subject", "id", "cause", "file", "line", "detail", "source", "class", "user"};
}

void DecisionTrail::add(DecisionSubject subject, DecisionCause cause, quint32 index, QString detail)
{
    quint32 note = kNone;
    if (!detail.isEmpty()) {
        note = quint32(m_notes.size());
        m_notes.push_back(std::move(detail));
    }
    m_entries.push_back({subject, cause, index, note});
}

void DecisionTrail::addEnrollment(DecisionCause cause, const EnrollmentRow &row)
{
    m_enrollments.push_back({m_ids.add(row.id), row.cls, row.user, quint32(row.line), row.beginDate,
                             row.endDate, cause, quint8(row.role), row.status});
}

bool DecisionTrail::write(QIODevice *device, const RosterStore &s,
                          const FilterSettings &filters) const
{
    OneRosterCsvWriter out(device, OneRosterCsvWriter::LineEnding::Lf);
    out.writeRow(columns());
    qint64 written = 0;
    const auto stopped = [&written] {
        return (++written & 0xFFF) == 0 && Cancellation::requested();
    };
    for (const Entry &e : m_entries) {
        if (stopped())
            return false;
        QByteArray id, file, source, detail;
        quint32 line = 0;
        if (e.note != kNone)
            detail = m_notes[e.note].toUtf8();
        switch (e.subject) {
        case DecisionSubject::School: {
            const OrgRecord &o = s.orgs[e.index];
            id = s.text(o.id).toByteArray();
            file = "orgs.csv";
            line = o.line;
            source = schoolSource(s, o);
            break;
        }
        case DecisionSubject::Course: {
            const CourseRecord &c = s.courses[e.index];
            id = s.text(c.id).toByteArray();
            file = "courses.csv";
            line = c.line;
            source = courseSource(s, c);
            if (detail.isEmpty() && e.cause == DecisionCause::NoClass)
                detail = orgText(s, c.org);
            break;
        }
        case DecisionSubject::Class: {
            const ClassRecord &c = s.classes[e.index];
            id = s.text(c.id).toByteArray();
            file = "classes.csv";
            line = c.line;
            source = classSource(s, c);
            if (!detail.isEmpty())
                break;
            if (e.cause == DecisionCause::SchoolFilter)
                detail = orgText(s, c.school);
            else if (e.cause == DecisionCause::TermEnded)
                detail = termsText(s, c);
            else if (e.cause == DecisionCause::CourseStatus && c.course != kNone)
                detail = s.text(s.courses[c.course].id).toByteArray();
            break;
        }
        case DecisionSubject::Person: {
            const UserRecord &u = s.users[e.index];
            id = s.text(u.id).toByteArray();
            // A role decision points at the person's first role row; with none, at the person.
            const bool roleRow =
                s.rolesFromRolesFile && u.roleCount > 0 &&
                (e.cause == DecisionCause::RoleRule || e.cause == DecisionCause::NoCurrentRole);
            file = roleRow ? "roles.csv" : "users.csv";
            line = roleRow ? s.userRoles[u.firstRole].line : u.line;
            source = personSource(s, u);
            if (detail.isEmpty() &&
                (e.cause == DecisionCause::RoleRule || e.cause == DecisionCause::NoCurrentRole))
                detail = rolesText(s, u, &filters);
            break;
        }
        case DecisionSubject::Enrollment:
            break;
        }
        if (detail.isEmpty() && e.cause == DecisionCause::Status)
            detail = "tobedeleted";
        out.writeRow({decisionSubjectName(e.subject), id, decisionCauseName(e.cause), file,
                      QByteArray::number(line), detail, source, QByteArrayView(),
                      QByteArrayView()});
    }
    for (const EnrollmentEntry &e : m_enrollments) {
        if (stopped())
            return false;
        const QByteArray cls = s.text(s.classes[e.cls].id).toByteArray();
        const QByteArray user = s.text(s.users[e.user].id).toByteArray();
        SourceText t;
        t.add("status", statusName(e.status));
        t.add("class", cls);
        t.add("user", user);
        t.add("role", enrollmentRoleName(e.role));
        t.add("beginDate", dateText(e.beginDate));
        t.add("endDate", dateText(e.endDate));
        QByteArray detail;
        if (e.cause == DecisionCause::EnrollmentDates)
            detail = dateText(e.beginDate) + ".." + dateText(e.endDate);
        else if (e.cause == DecisionCause::Status)
            detail = statusName(e.status);
        else
            detail = enrollmentRoleName(e.role);
        out.writeRow({decisionSubjectName(DecisionSubject::Enrollment), m_ids.view(e.id),
                      decisionCauseName(e.cause), "enrollments.csv", QByteArray::number(e.line),
                      detail, t.take(), cls, user});
    }
    return out.flush();
}

} // namespace rb
