#include "DistrictGenerator.h"

#include "CourseCatalog.h"
#include "EnrollmentFileWriter.h"
#include "UserFileWriter.h"
#include "oneroster/OneRosterFiles.h"

#include <oneroster/OneRosterCsvWriter.h>

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace rb::gen {

namespace {

// Offsets that keep the last-modified streams of different files apart.
constexpr quint64 kOrgRows = 1ULL << 40;
constexpr quint64 kSessionRows = 2ULL << 40;
constexpr quint64 kCourseRows = 3ULL << 40;
constexpr quint64 kClassRows = 4ULL << 40;

QByteArray gradeList(int first, int last)
{
    QByteArrayList grades;
    for (int g = first; g <= last; ++g)
        grades.append(CourseCatalog::gradeName(g));
    return OneRosterCsvWriter::joinList(grades);
}

} // namespace

DistrictGenerator::DistrictGenerator(const GeneratorOptions &options, CsvSetOutput &output)
    : m_plan(options)
    , m_people(m_plan)
    , m_output(output)
{
}

QStringList DistrictGenerator::writtenFiles() const
{
    QStringList files = {u"orgs"_s,  u"academicSessions"_s, u"courses"_s, u"classes"_s,
                         u"users"_s, u"enrollments"_s};
    if (m_plan.isVersion12())
        files.insert(5, u"roles"_s);
    return files;
}

bool DistrictGenerator::run()
{
    if (!m_output.open()) {
        m_error = m_output.errorString();
        return false;
    }
    const auto bind = [this](void (DistrictGenerator::*write)(OneRosterCsvWriter &) const) {
        return [this, write](OneRosterCsvWriter &out) {
            (this->*write)(out);
        };
    };
    bool ok = writeFile(u"manifest.csv"_s, bind(&DistrictGenerator::writeManifest)) &&
              writeFile(u"orgs.csv"_s, bind(&DistrictGenerator::writeOrgs)) &&
              writeFile(u"academicSessions.csv"_s, bind(&DistrictGenerator::writeSessions)) &&
              writeFile(u"courses.csv"_s, bind(&DistrictGenerator::writeCourses)) &&
              writeFile(u"classes.csv"_s, bind(&DistrictGenerator::writeClasses));
    const UserFileWriter users(m_plan, m_people);
    ok = ok && writeFile(u"users.csv"_s, [&](OneRosterCsvWriter &out) { users.writeUsers(out); });
    if (m_plan.isVersion12())
        ok = ok &&
             writeFile(u"roles.csv"_s, [&](OneRosterCsvWriter &out) { users.writeRoles(out); });
    EnrollmentFileWriter enrollments(m_plan);
    ok = ok &&
         writeFile(u"enrollments.csv"_s, [&](OneRosterCsvWriter &out) { enrollments.write(out); });

    QStringList unwritten;
    const QStringList written = writtenFiles();
    for (const QString &file : OneRosterFiles::manifestFiles(m_plan.options().version)) {
        if (!written.contains(file))
            unwritten.append(file + u".csv"_s);
    }
    if (!m_plan.isVersion12())
        unwritten.append(u"roles.csv"_s);
    ok = ok && m_output.finish(unwritten);
    if (!ok) {
        if (m_error.isEmpty())
            m_error = m_output.errorString();
        m_output.abort();
    }
    return ok;
}

bool DistrictGenerator::writeFile(const QString &name,
                                  const std::function<void(OneRosterCsvWriter &)> &rows)
{
    QIODevice *device = m_output.beginFile(name);
    if (!device) {
        m_error = m_output.errorString();
        return false;
    }
    const auto lineEnding = m_plan.options().crlf ? OneRosterCsvWriter::LineEnding::CrLf
                                                  : OneRosterCsvWriter::LineEnding::Lf;
    OneRosterCsvWriter out(device, lineEnding);
    rows(out);
    if (!out.flush()) {
        m_error = QCoreApplication::translate("GenDistrict", "Writing %1 failed: %2")
                      .arg(name, out.errorString());
        return false;
    }
    if (!m_output.endFile()) {
        m_error = m_output.errorString();
        return false;
    }
    m_counts.append({name, out.rowCount() - 1});
    return true;
}

void DistrictGenerator::writeManifest(OneRosterCsvWriter &out) const
{
    const OneRosterVersion version = m_plan.options().version;
    out.writeRow(OneRosterFiles::header(u"manifest.csv"_s, version));
    out.writeRow({"manifest.version", "1.0"});
    out.writeRow({"oneroster.version", OneRosterFiles::versionText(version)});
    const QStringList written = writtenFiles();
    for (const QString &file : OneRosterFiles::manifestFiles(version))
        out.writeRow({"file." + file.toUtf8(), written.contains(file) ? "bulk" : "absent"});
    out.writeRow({"source.systemName", "RosterBridge Generator"});
}

void DistrictGenerator::writeOrgs(OneRosterCsvWriter &out) const
{
    out.writeRow(OneRosterFiles::header(u"orgs.csv"_s, m_plan.options().version));
    Random random = randomFor(m_plan.seed(), Stream::Modified, kOrgRows);
    out.addField(QByteArrayView(m_plan.districtId()));
    out.addField("active");
    out.addField(m_plan.modified(random).view());
    out.addField(QStringView(m_plan.districtName()));
    out.addField("district");
    out.addField(QByteArrayView(m_plan.districtIdentifier()));
    out.addField(QByteArrayView());
    out.endRow();
    for (const SchoolPlan &school : m_plan.schools()) {
        out.addField(QByteArrayView(school.id));
        out.addField(school.active ? QByteArrayView("active") : QByteArrayView("tobedeleted"));
        out.addField(m_plan.modified(random).view());
        out.addField(QStringView(school.name));
        out.addField("school");
        out.addField(QByteArrayView(school.identifier));
        out.addField(QByteArrayView(m_plan.districtId()));
        out.endRow();
    }
}

void DistrictGenerator::writeSessions(OneRosterCsvWriter &out) const
{
    out.writeRow(OneRosterFiles::header(u"academicSessions.csv"_s, m_plan.options().version));
    Random random = randomFor(m_plan.seed(), Stream::Modified, kSessionRows);
    for (int i = 0; i < m_plan.calendar().sessionCount(); ++i) {
        const SessionPlan &session = m_plan.calendar().session(SessionSlot(i));
        out.addField(QByteArrayView(session.id));
        out.addField("active");
        out.addField(m_plan.modified(random).view());
        out.addField(QStringView(session.title));
        out.addField(QByteArrayView(session.type));
        out.addField(FieldText::date(session.start).view());
        out.addField(FieldText::date(session.end).view());
        out.addField(session.parent >= 0
                         ? QByteArrayView(m_plan.calendar().session(SessionSlot(session.parent)).id)
                         : QByteArrayView());
        out.addField(QByteArrayView(QByteArray::number(session.schoolYear)));
        out.endRow();
    }
}

void DistrictGenerator::writeCourses(OneRosterCsvWriter &out) const
{
    out.writeRow(OneRosterFiles::header(u"courses.csv"_s, m_plan.options().version));
    const QByteArray &pastYear = m_plan.calendar().session(SessionSlot::PastYear).id;
    const QByteArray &currentYear = m_plan.calendar().session(SessionSlot::CurrentYear).id;
    const QByteArray districtGrades = gradeList(6, 12);
    const QList<CoursePlan> &courses = m_plan.courses();
    for (int c = 0; c < courses.size(); ++c) {
        const CoursePlan &course = courses.at(c);
        const CatalogEntry &entry = course.homeroom ? CourseCatalog::homeroom()
                                    : course.school < 0
                                        ? CourseCatalog::districtCourse(course.catalog)
                                        : CourseCatalog::schoolCourse(course.catalog);
        Random random = randomFor(m_plan.seed(), Stream::Modified, kCourseRows + quint64(c));
        out.addField(DistrictPlan::courseId(c).view());
        out.addField("active");
        out.addField(m_plan.modified(random).view());
        out.addField(QByteArrayView(course.past ? pastYear : currentYear));
        out.addField(QStringView(entry.title));
        out.addField(QByteArrayView(entry.code));
        if (course.school < 0) {
            out.addField(QByteArrayView(districtGrades));
            out.addField(QByteArrayView(m_plan.districtId()));
        } else {
            const SchoolPlan &school = m_plan.school(course.school);
            out.addField(QByteArrayView(gradeList(school.firstGrade, school.lastGrade)));
            out.addField(QByteArrayView(school.id));
        }
        out.addField(QStringView(entry.subject));
        out.addField(QByteArrayView());
        out.endRow();
    }
}

void DistrictGenerator::writeClasses(OneRosterCsvWriter &out) const
{
    out.writeRow(OneRosterFiles::header(u"classes.csv"_s, m_plan.options().version));
    const std::vector<ClassPlan> &classes = m_plan.classes();
    for (std::size_t c = 0; c < classes.size(); ++c) {
        const ClassPlan &cls = classes[c];
        const CoursePlan &course = m_plan.courses().at(cls.course);
        const CatalogEntry &entry = course.homeroom ? CourseCatalog::homeroom()
                                    : course.school < 0
                                        ? CourseCatalog::districtCourse(course.catalog)
                                        : CourseCatalog::schoolCourse(course.catalog);
        const SchoolPlan &school = m_plan.school(cls.school);
        const int j = cls.local;
        const int period = j % 7 + 1;
        const int room = 100 + (j * 7) % 150;

        QString title;
        QByteArray periods = QByteArray::number(period);
        if (cls.kind == ClassKind::Homeroom)
            title = u"Homeroom "_s + QString::number(room);
        else if (j % 3 == 0)
            title = entry.title + u", Period "_s + QString::number(period);
        else
            title = entry.title + u" - Period "_s + QString::number(period);
        if (j % 6 == 5) // double-period block
            periods += ',' + QByteArray::number(period + 1);

        const QByteArray classCode =
            entry.code + '-' + QByteArray::number(j + 1).rightJustified(3, '0');
        const QString location = j % 10 == 9 ? QString() : u"Room "_s + QString::number(room);
        QByteArrayList terms;
        for (const SessionSlot slot : m_plan.calendar().termsOf(cls.kind))
            terms.append(m_plan.calendar().session(slot).id);

        Random random = randomFor(m_plan.seed(), Stream::Modified, kClassRows + c);
        out.addField(DistrictPlan::classId(int(c)).view());
        out.addField("active");
        out.addField(m_plan.modified(random).view());
        out.addField(QStringView(title));
        out.addField(QByteArrayView(gradeList(school.firstGrade, school.lastGrade)));
        out.addField(DistrictPlan::courseId(cls.course).view());
        out.addField(QByteArrayView(classCode));
        out.addField(cls.kind == ClassKind::Homeroom ? QByteArrayView("homeroom")
                                                     : QByteArrayView("scheduled"));
        out.addField(QStringView(location));
        out.addField(QByteArrayView(school.id));
        out.addField(QByteArrayView(OneRosterCsvWriter::joinList(terms)));
        out.addField(QStringView(entry.subject));
        out.addField(QByteArrayView());
        out.addField(QByteArrayView(periods));
        out.endRow();
    }
}

} // namespace rb::gen
