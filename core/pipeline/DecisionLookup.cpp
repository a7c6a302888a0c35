#include "DecisionLookup.h"

#include "filters/DecisionTrail.h"
#include "oneroster/CsvReader.h"
#include "store/HistoryDatabase.h"

#include <QBuffer>
#include <QLoggingCategory>

namespace rb {

Q_LOGGING_CATEGORY(lcDecisions, "rosterbridge.pipeline.decisions")

namespace {

const QByteArray kPerson = QByteArrayLiteral("person");
const QByteArray kSchool = QByteArrayLiteral("school");
const QByteArray kEnrollment = QByteArrayLiteral("enrollment");

bool keepsRecord(const QByteArray &cause)
{
    for (DecisionCause c : {DecisionCause::PlacedByClasses, DecisionCause::InstructorLimit,
                            DecisionCause::CourseSchool}) {
        if (cause == decisionCauseName(c))
            return true;
    }
    return false;
}

bool is(const Decision &d, DecisionCause cause)
{
    return d.cause == decisionCauseName(cause);
}

} // namespace

Result<std::optional<DecisionLookup>> DecisionLookup::load(HistoryDatabase *history, qint64 runId)
{
    const Result<std::optional<RunRecord>> run = history->run(runId);
    if (!run)
        return run.failure();
    if (!*run)
        return Failure{tr("Run %1 is not in the history.").arg(runId)};
    // An approval made no package of its own: the one it delivered was decided by its run.
    const qint64 decidedBy = (*run)->counts.value(QStringLiteral("approvedRun")).toInteger(runId);
    const Result<std::optional<QByteArray>> csv = history->decisionTrail(decidedBy);
    if (!csv)
        return csv.failure();
    if (!*csv)
        return std::optional<DecisionLookup>();
    Result<DecisionLookup> lookup = fromCsv(**csv);
    if (!lookup)
        return lookup.failure();
    lookup->m_runId = decidedBy;
    return std::optional<DecisionLookup>(std::move(*lookup));
}

std::shared_ptr<const DecisionLookup> DecisionLookup::shared(HistoryDatabase *history, qint64 runId)
{
    Result<std::optional<DecisionLookup>> found = load(history, runId);
    if (!found) {
        qCWarning(lcDecisions).noquote() << found.failure().message;
        return nullptr;
    }
    if (!*found)
        return nullptr;
    return std::make_shared<const DecisionLookup>(std::move(**found));
}

Result<DecisionLookup> DecisionLookup::fromCsv(const QByteArray &csv)
{
    QByteArray bytes = csv;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(&buffer, QStringLiteral("decisions.csv"));
    const QByteArrayList columns = DecisionTrail::columns();
    if (!reader.next() || reader.fieldCount() < columns.size())
        return Failure{tr("The decision trail is damaged: it has no header.")};
    for (qsizetype i = 0; i < columns.size(); ++i) {
        if (reader.field(i) != columns.at(i))
            return Failure{tr("The decision trail is damaged: its column %1 is \"%2\".")
                               .arg(i + 1)
                               .arg(QString::fromUtf8(reader.field(i)))};
    }
    DecisionLookup lookup;
    while (reader.next()) {
        Decision d;
        d.subject = reader.fieldBytes(0);
        d.id = reader.fieldBytes(1);
        d.cause = reader.fieldBytes(2);
        d.file = QString::fromUtf8(reader.field(3));
        d.line = reader.field(4).toLongLong();
        d.detail = QString::fromUtf8(reader.field(5));
        d.source = QString::fromUtf8(reader.field(6));
        d.classId = reader.fieldBytes(7);
        d.userId = reader.fieldBytes(8);
        lookup.m_byId.insert(d.id, lookup.m_decisions.size());
        lookup.m_decisions.append(std::move(d));
    }
    if (reader.hasFatalError())
        return Failure{tr("The decision trail is damaged: %1").arg(reader.fatalError())};
    return lookup;
}

QList<Decision> DecisionLookup::about(QByteArrayView id) const
{
    QList<qsizetype> rows = m_byId.values(id.toByteArray());
    std::sort(rows.begin(), rows.end());
    QList<Decision> out;
    for (qsizetype row : rows)
        out.append(m_decisions.at(row));
    return out;
}

std::optional<Decision> DecisionLookup::leftOut(QByteArrayView id) const
{
    for (const Decision &d : about(id)) {
        if (!keepsRecord(d.cause))
            return d;
    }
    return std::nullopt;
}

DecisionLookup::Cause DecisionLookup::removalCause(QByteArrayView id, QByteArrayView classId,
                                                   QByteArrayView studentId) const
{
    if (const std::optional<Decision> d = leftOut(id))
        return {causeTitle(*d), causeSentence(*d)};
    // A roster row goes with its class or its student.
    if (!classId.isEmpty()) {
        if (const std::optional<Decision> d = leftOut(classId))
            return {tr("Class not sent"), tr("Its class %1 is not sent: %2")
                                              .arg(QString::fromUtf8(classId), causeSentence(*d))};
    }
    if (!studentId.isEmpty()) {
        if (const std::optional<Decision> d = leftOut(studentId))
            return {tr("Student not sent"),
                    tr("The student %1 is not sent: %2")
                        .arg(QString::fromUtf8(studentId), causeSentence(*d))};
    }
    return {tr("Left the export"),
            tr("No filter left it out: the SIS's export no longer has it (or, for a roster "
               "row, no longer enrolls that student in that class)."),
            true};
}

QString DecisionLookup::causeTitle(const Decision &d)
{
    if (is(d, DecisionCause::SchoolFilter))
        return tr("School filter");
    if (is(d, DecisionCause::Status))
        return tr("Status filter");
    if (is(d, DecisionCause::CourseStatus))
        return tr("Course status");
    if (is(d, DecisionCause::RoleRule))
        return tr("Role rule");
    if (is(d, DecisionCause::NoCurrentRole))
        return tr("No current role");
    if (is(d, DecisionCause::Exclusion))
        return tr("Exclusion rule");
    if (is(d, DecisionCause::TermEnded))
        return tr("Term ended");
    if (is(d, DecisionCause::EnrollmentDates))
        return tr("Enrollment ended");
    if (is(d, DecisionCause::EnrollmentRole))
        return tr("Enrollment role");
    if (is(d, DecisionCause::RoleMismatch))
        return tr("Role mismatch");
    if (is(d, DecisionCause::Inactive))
        return tr("Active only");
    if (is(d, DecisionCause::NoSchool))
        return tr("No school sent");
    if (is(d, DecisionCause::NoClass))
        return tr("No class sent");
    if (is(d, DecisionCause::PlacedByClasses))
        return tr("Placed by classes");
    if (is(d, DecisionCause::InstructorLimit))
        return tr("Teacher limit");
    if (is(d, DecisionCause::CourseSchool))
        return tr("Course school");
    return QString::fromUtf8(d.cause);
}

QString DecisionLookup::causeSentence(const Decision &d)
{
    const QString &detail = d.detail;
    if (is(d, DecisionCause::SchoolFilter)) {
        if (d.subject == kSchool)
            return tr(
                "the school is not among the profile's schools (Filters → Schools and records).");
        return tr("its school, %1, is not among the profile's schools (Filters → Schools and "
                  "records).")
            .arg(detail);
    }
    if (is(d, DecisionCause::Status))
        return tr("its status is %1, and the profile's filters send only active records "
                  "(Filters → Schools and records).")
            .arg(detail);
    if (is(d, DecisionCause::CourseStatus))
        return tr("its course %1 is marked tobedeleted, and the filters send only active "
                  "courses.")
            .arg(detail);
    if (is(d, DecisionCause::RoleRule))
        return tr("none of their roles sends them to Apple School Manager: %1. Roles set to "
                  "Leave out in the profile's roles, and family roles, are not sent.")
            .arg(detail);
    if (is(d, DecisionCause::NoCurrentRole))
        return tr("they hold no role on the run date (roles: %1).")
            .arg(detail.isEmpty() ? tr("none") : detail);
    if (is(d, DecisionCause::Exclusion))
        return tr("the profile's exclusion rule %1 matches it (Filters → Exclusions).").arg(detail);
    if (is(d, DecisionCause::TermEnded))
        return tr("none of its terms is current, and the profile sends active terms only "
                  "(terms: %1).")
            .arg(detail);
    if (is(d, DecisionCause::EnrollmentDates))
        return tr("the enrollment's dates (%1) do not include the run date: it ended or has "
                  "not begun.")
            .arg(detail);
    if (is(d, DecisionCause::EnrollmentRole))
        return tr("the enrollment's role is %1, neither student nor teacher.").arg(detail);
    if (is(d, DecisionCause::RoleMismatch))
        return tr("the enrollment's role (%1) does not match how the person is sent (a student "
                  "enrolled as a teacher, or the other way round).")
            .arg(detail);
    if (is(d, DecisionCause::Inactive))
        return tr("the profile sends active students or teachers only, and this person is not "
                  "active (%1).")
            .arg(detail);
    if (is(d, DecisionCause::NoSchool))
        return detail.isEmpty()
                   ? tr("none of their schools is among the profile's schools, and they teach "
                        "no class that is sent.")
                   : tr("none of their schools (%1) is among the profile's schools.").arg(detail);
    if (is(d, DecisionCause::NoClass))
        return tr("its school (%1) is not among the profile's schools, and none of its classes "
                  "is sent.")
            .arg(detail);
    if (is(d, DecisionCause::PlacedByClasses))
        return tr("none of their own schools is among the profile's schools; they are sent with "
                  "the schools of the classes they teach: %1.")
            .arg(detail);
    if (is(d, DecisionCause::InstructorLimit))
        return tr("the class has more teachers than Apple School Manager takes (%1); the "
                  "primary teachers are sent first.")
            .arg(detail);
    if (is(d, DecisionCause::CourseSchool))
        return tr("a district course: it is sent at %1, where most of its classes are.")
            .arg(detail);
    return detail;
}

} // namespace rb
