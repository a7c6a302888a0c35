#include "AsmMapper.h"

#include "AsmCsvWriter.h"
#include "PersonFieldCheck.h"
#include "Pseudonymizer.h"
#include "common/Cancellation.h"
#include "common/ParallelJobs.h"

#include <QDir>
#include <QFile>
#include <QLoggingCategory>

#include <array>

namespace rb {

Q_LOGGING_CATEGORY(lcMapper, "rosterbridge.asm.mapper")

namespace {
// One output file with its writer; reports the first write error against the file's name.
class TableOutput
{
public:
    TableOutput(const QString &folder, AsmTable table)
        : m_table(table)
        , m_file(QDir(folder).filePath(asmFileName(table)))
    {
    }
    bool open(Findings *findings)
    {
        if (m_file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
            m_writer.emplace(&m_file);
            return true;
        }
        findings->error(asmFileName(m_table), 0, {},
                        AsmMapper::tr("could not be written: %1").arg(m_file.errorString()),
                        QStringLiteral("output.write"));
        return false;
    }
    AsmCsvWriter &writer() { return *m_writer; }
    bool close(Findings *findings)
    {
        const bool ok = m_writer->finish() && m_file.flush();
        if (!ok)
            findings->error(
                asmFileName(m_table), 0, {},
                AsmMapper::tr("could not be written: %1")
                    .arg(m_writer->hasError() ? m_writer->errorString() : m_file.errorString()),
                QStringLiteral("output.write"));
        m_file.close();
        return ok;
    }

private:
    AsmTable m_table;
    QFile m_file;
    std::optional<AsmCsvWriter> m_writer;
};

// Line breaks and tabs have no place in a name or title; ASM's importer handles them badly,
// so they become spaces.
QByteArrayView oneLine(QByteArrayView text, QByteArray *scratch)
{
    bool plain = true;
    for (char c : text)
        plain = plain && c != '\n' && c != '\r' && c != '\t';
    if (plain)
        return text;
    *scratch = text.toByteArray();
    scratch->replace('\r', ' ').replace('\n', ' ').replace('\t', ' ');
    *scratch = scratch->simplified();
    return *scratch;
}

void writeHeader(AsmCsvWriter &w, const QByteArrayList &header)
{
    w.writeRow(header);
}
} // namespace

AsmMapper::AsmMapper(const RosterStore &store, const RosterSelection &selection,
                     const MappingOptions &options)
    : m_store(store)
    , m_selection(selection)
    , m_options(options)
{
}

QByteArrayView AsmMapper::id(QByteArrayView raw)
{
    if (!m_options.replaceInvalidIdCharacters)
        return raw;
    bool clean = true;
    for (char c : raw)
        clean = clean && isAsmIdCharacter(c);
    if (clean)
        return raw;
    // Every reference goes through here too, so a repaired id still matches everywhere.
    QByteArray repaired = raw.toByteArray();
    for (char &c : repaired) {
        if (!isAsmIdCharacter(c))
            c = '-';
    }
    m_idScratch.push_back(repaired);
    return m_idScratch.back();
}

bool AsmMapper::stopped(quint64 row, Findings *findings)
{
    // Every 16,384 rows: a few milliseconds of writing.
    if ((row & 0x3FFF) != 0 || !Cancellation::requested())
        return false;
    findings->error({}, 0, {}, Cancellation::message(), QStringLiteral("run.cancelled"));
    return true;
}

bool AsmMapper::write(const QString &folder, Findings *findings)
{
    if (m_options.pseudonymizeStudentNames && m_options.pseudonymKey.isEmpty()) {
        findings->error({}, 0, QStringLiteral("mapping.pseudonymizeStudentNames"),
                        tr("students' names are to be pseudonymized, but the pseudonym key is "
                           "missing: store it in the profile's settings, or set "
                           "ROSTERBRIDGE_PSEUDONYM_KEY for unattended runs"),
                        QStringLiteral("mapping.pseudonymKey"));
        return false;
    }
    // rosters.csv, the largest file, is written beside the five others by a mapper of its own
    // (its own scratch space and findings, added after the others' as before).
    AsmMapper rosterMapper(m_store, m_selection, m_options);
    Findings rosterFindings;
    bool rostersOk = true;
    bool ok = true;
    runInParallel({[&] { rostersOk = rosterMapper.writeRosters(folder, &rosterFindings); },
                   [&] {
                       PersonFieldCheck check(m_store, m_options, findings);
                       ok = writeLocations(folder, findings);
                       ok = writePeople(folder, PersonKind::Student, &check, findings) && ok;
                       ok = writePeople(folder, PersonKind::Staff, &check, findings) && ok;
                       if (check.missing() > 0 || check.duplicateEmails() > 0)
                           qCWarning(lcMapper)
                               << check.missing() << "people lack the account format's field;"
                               << check.duplicateEmails() << "repeat an email address";
                       ok = writeCourses(folder, findings) && ok;
                       ok = writeClasses(folder, findings) && ok;
                   }});
    findings->append(rosterFindings);
    m_rows.insert(AsmTable::Rosters, rosterMapper.rows(AsmTable::Rosters));
    ok = rostersOk && ok;
    qCInfo(lcMapper) << "wrote" << m_rows.value(AsmTable::Students) << "students"
                     << m_rows.value(AsmTable::Staff) << "staff" << m_rows.value(AsmTable::Classes)
                     << "classes" << m_rows.value(AsmTable::Rosters) << "roster rows";
    return ok;
}

bool AsmMapper::writeLocations(const QString &folder, Findings *findings)
{
    TableOutput out(folder, AsmTable::Locations);
    if (!out.open(findings))
        return false;
    writeHeader(out.writer(), asmHeader(AsmTable::Locations));
    QByteArray scratch;
    qint64 rows = 0;
    for (quint32 i = 0; i < m_store.orgs.size(); ++i) {
        if (!m_selection.schoolKept(i))
            continue;
        const OrgRecord &o = m_store.orgs[i];
        const std::array<QByteArrayView, 2> row = {id(m_store.text(o.id)),
                                                   oneLine(m_store.text(o.name), &scratch)};
        out.writer().writeRow(row);
        m_idScratch.clear();
        ++rows;
    }
    m_rows.insert(AsmTable::Locations, rows);
    return out.close(findings);
}

QByteArray AsmMapper::passwordPolicy(QByteArrayView grade) const
{
    const auto it = m_options.passwordPolicyByGrade.constFind(QString::fromUtf8(grade));
    return (it != m_options.passwordPolicyByGrade.constEnd() ? *it : m_options.passwordPolicy)
        .toLatin1();
}

bool AsmMapper::writePeople(const QString &folder, PersonKind kind, PersonFieldCheck *check,
                            Findings *findings)
{
    const bool students = kind == PersonKind::Student;
    const PersonFieldRules &rules = students ? m_options.students : m_options.staff;
    std::optional<Pseudonymizer> pseudonyms;
    if (students && m_options.pseudonymizeStudentNames)
        pseudonyms.emplace(m_options.pseudonymKey);
    const AsmTable table = students ? AsmTable::Students : AsmTable::Staff;
    TableOutput out(folder, table);
    if (!out.open(findings))
        return false;

    // The header needs as many location columns as the busiest person has schools.
    std::vector<quint32> locations;
    int columns = 1;
    for (quint32 i = 0; i < m_store.users.size(); ++i) {
        if (m_selection.personKind(i) != kind)
            continue;
        m_selection.locationsOf(i, &locations);
        columns = std::max(columns, int(std::min<size_t>(locations.size(), kMaxLocations)));
    }
    writeHeader(out.writer(), asmHeader(table, columns));

    std::vector<QByteArrayView> row;
    QByteArray given, middle, family, policy, number, username, email;
    Pseudonymizer::Names pseudonym;
    qint64 rows = 0;
    for (quint32 i = 0; i < m_store.users.size(); ++i) {
        if (stopped(i, findings))
            return false;
        if (m_selection.personKind(i) != kind)
            continue;
        const UserRecord &u = m_store.users[i];
        m_selection.locationsOf(i, &locations);
        PersonFieldRule::Names names;
        if (pseudonyms) {
            // The pseudonyms stand in for the names in templates too, so no column leaks them.
            pseudonym = pseudonyms->names(m_store.text(u.id));
            names = {pseudonym.given, pseudonym.family};
        }
        const QByteArrayView numberValue = rules.personNumber.expand(m_store, u, names, &number);
        const QByteArrayView usernameValue = rules.sisUsername.expand(m_store, u, names, &username);
        const QByteArrayView emailValue = rules.emailAddress.expand(m_store, u, names, &email);
        check->check(i, numberValue, usernameValue, emailValue);
        row.clear();
        row.push_back(id(m_store.text(u.id)));
        row.push_back(numberValue);
        if (pseudonyms) {
            row.emplace_back(pseudonym.given);
            row.emplace_back();
            row.emplace_back(pseudonym.family);
        } else {
            row.push_back(oneLine(m_store.text(u.givenName), &given));
            row.push_back(oneLine(m_store.text(u.middleName), &middle));
            row.push_back(oneLine(m_store.text(u.familyName), &family));
        }
        if (students)
            row.push_back(m_store.text(u.grade));
        row.push_back(emailValue);
        row.push_back(usernameValue);
        if (students) {
            policy = passwordPolicy(m_store.text(u.grade));
            row.emplace_back(policy);
        }
        for (int c = 0; c < columns; ++c)
            row.push_back(c < int(locations.size())
                              ? id(m_store.text(m_store.orgs[locations[c]].id))
                              : QByteArrayView());
        out.writer().writeRow(row);
        m_idScratch.clear();
        ++rows;
    }
    m_rows.insert(table, rows);
    return out.close(findings);
}

bool AsmMapper::writeCourses(const QString &folder, Findings *findings)
{
    TableOutput out(folder, AsmTable::Courses);
    if (!out.open(findings))
        return false;
    writeHeader(out.writer(), asmHeader(AsmTable::Courses));
    QByteArray scratch;
    qint64 rows = 0;
    for (quint32 i = 0; i < m_store.courses.size(); ++i) {
        if (!m_selection.courseKept(i))
            continue;
        const CourseRecord &c = m_store.courses[i];
        const std::array<QByteArrayView, 4> row = {
            id(m_store.text(c.id)), m_store.text(c.courseCode),
            oneLine(m_store.text(c.title), &scratch),
            id(m_store.text(m_store.orgs[m_selection.courseLocation(i)].id))};
        out.writer().writeRow(row);
        m_idScratch.clear();
        ++rows;
    }
    m_rows.insert(AsmTable::Courses, rows);
    return out.close(findings);
}

bool AsmMapper::writeClasses(const QString &folder, Findings *findings)
{
    TableOutput out(folder, AsmTable::Classes);
    if (!out.open(findings))
        return false;
    const auto &instructors = m_selection.instructors();
    int columns = 3;
    for (size_t i = 0; i < instructors.size();) {
        size_t j = i;
        while (j < instructors.size() && instructors[j].cls == instructors[i].cls)
            ++j;
        columns = std::max(columns, int(j - i));
        i = j;
    }
    writeHeader(out.writer(), asmHeader(AsmTable::Classes, 1, columns));

    std::vector<QByteArrayView> row;
    std::vector<QByteArrayView> teachers;
    QByteArray title;
    size_t next = 0; // instructors are sorted by class, like the classes themselves
    qint64 rows = 0;
    for (quint32 i = 0; i < m_store.classes.size(); ++i) {
        if (stopped(i, findings))
            return false;
        teachers.clear();
        while (next < instructors.size() && instructors[next].cls < i)
            ++next;
        for (; next < instructors.size() && instructors[next].cls == i; ++next)
            teachers.push_back(id(m_store.text(m_store.users[instructors[next].user].id)));
        if (!m_selection.classKept(i))
            continue;
        const ClassRecord &c = m_store.classes[i];
        auto teacher = [&](int k) {
            return k < int(teachers.size()) ? teachers[k] : QByteArrayView();
        };
        row.clear();
        row.push_back(id(m_store.text(c.id)));
        row.push_back(m_store.text(c.classCode));
        row.push_back(id(m_store.text(m_store.courses[c.course].id)));
        row.push_back(teacher(0));
        row.push_back(teacher(1));
        row.push_back(teacher(2));
        row.push_back(id(m_store.text(m_store.orgs[m_selection.classSchool(i)].id)));
        for (int k = 3; k < columns; ++k)
            row.push_back(teacher(k));
        row.push_back(oneLine(m_store.text(c.title), &title));
        out.writer().writeRow(row);
        m_idScratch.clear();
        ++rows;
    }
    m_rows.insert(AsmTable::Classes, rows);
    return out.close(findings);
}

bool AsmMapper::writeRosters(const QString &folder, Findings *findings)
{
    TableOutput out(folder, AsmTable::Rosters);
    if (!out.open(findings))
        return false;
    writeHeader(out.writer(), asmHeader(AsmTable::Rosters));
    qint64 rows = 0;
    for (const RosterSelection::Enrollment &e : m_selection.enrollments()) {
        if (stopped(quint64(rows), findings))
            return false;
        const std::array<QByteArrayView, 3> row = {id(m_selection.rosterIds().view(e.rosterId)),
                                                   id(m_store.text(m_store.classes[e.cls].id)),
                                                   id(m_store.text(m_store.users[e.user].id))};
        out.writer().writeRow(row);
        m_idScratch.clear();
        ++rows;
    }
    m_rows.insert(AsmTable::Rosters, rows);
    return out.close(findings);
}

} // namespace rb
