#include "ConversionFixture.h"
#include "asm/AsmPackage.h"
#include "asm/AsmPackager.h"
#include "asm/AsmValidator.h"
#include "common/Cancellation.h"

#include "pipeline/RosterConverter.h"

#include <QDir>
#include <QFileInfo>
#include <QTest>

using namespace rb;
using namespace rb::test;

// Reading, filtering and mapping the hand-made fixture districts in tests/data/oneroster.
// The expected rows follow docs/mapping.md; the fixture's comments are in the data itself.
class TestRosterConverter : public QObject
{
    Q_OBJECT

    ConversionFixture m_fixture;

    static FilterSettings baseFilters() { return ConversionFixture::filtersOn(QDate(2026, 9, 1)); }
    auto convert(const QString &input, const FilterSettings &filters,
                 const MappingOptions &mapping = {})
    {
        return m_fixture.convert(input, filters, mapping);
    }

private slots:
    void initTestCase_data()
    {
        QTest::addColumn<QString>("fixture");
        QTest::newRow("1.1") << QStringLiteral("v11-basic");
        QTest::newRow("1.2") << QStringLiteral("v12-basic");
    }

    void defaultFilters()
    {
        QFETCH_GLOBAL(QString, fixture);
        auto out = convert(oneRosterFixture(fixture), baseFilters());
        QVERIFY2(out->ok, qPrintable(out->findings.lines().join(u'\n')));

        QCOMPARE(out->keys(AsmTable::Locations), (QByteArrayList{"sch-north", "sch-south"}));
        const auto locations = out->table(AsmTable::Locations);
        QCOMPARE(locations.at(2).at(1), QByteArray("South Middle School, Campus B"));

        // stu-4 is tobedeleted, stu-5 only at a closed school; stu-3 is disabled but kept.
        QCOMPARE(out->keys(AsmTable::Students), (QByteArrayList{"stu-1", "stu-2", "stu-3"}));
        const auto students = out->table(AsmTable::Students);
        QCOMPARE(students.at(0), asmHeader(AsmTable::Students, 2));
        const auto zoe = rowWithKey(students, "stu-2");
        QCOMPARE(column(students, zoe, "first_name"), QByteArray("Zoë"));
        QCOMPARE(column(students, zoe, "middle_name"), QByteArray("\"Jay\""));
        QCOMPARE(column(students, zoe, "last_name"), QByteArray("O'Brien"));
        QCOMPARE(column(students, zoe, "grade_level"), QByteArray("10"));
        QCOMPARE(column(students, zoe, "location_id"), QByteArray("sch-south"));
        QCOMPARE(column(students, zoe, "location_id_2"), QByteArray("sch-north"));
        QCOMPARE(column(students, zoe, "person_number"), QByteArray("1002"));
        QCOMPARE(column(students, zoe, "sis_username"), QByteArray("zoe.obrien"));
        QCOMPARE(column(students, zoe, "password_policy"), QByteArray());
        const auto jose = rowWithKey(students, "stu-1");
        QCOMPARE(column(students, jose, "email_address"), QByteArray("jose@example.org"));
        QCOMPARE(column(students, jose, "location_id_2"), QByteArray());

        // Staff-type roles are staff by default (the aide, 1.2's counselor); parents never
        // are; the administrator belongs to the district only and teaches nothing, so has no
        // school to be sent at.
        const QByteArrayList staffKeys =
            fixture == u"v11-basic" ? QByteArrayList{"tch-1", "tch-2", "tch-3", "aide-1"}
                                    : QByteArrayList{"tch-1", "tch-2", "tch-3", "aide-1", "cns-1"};
        QCOMPARE(out->keys(AsmTable::Staff), staffKeys);
        const auto staff = out->table(AsmTable::Staff);
        QCOMPARE(column(staff, rowWithKey(staff, "tch-1"), "last_name"), QByteArray("Smith, Jr."));

        QCOMPARE(out->keys(AsmTable::Courses), (QByteArrayList{"crs-alg", "crs-bio", "crs-art"}));
        const auto courses = out->table(AsmTable::Courses);
        // A department's course sits at its school; a district course at its busiest school.
        QCOMPARE(column(courses, rowWithKey(courses, "crs-bio"), "location_id"),
                 QByteArray("sch-north"));
        QCOMPARE(column(courses, rowWithKey(courses, "crs-art"), "location_id"),
                 QByteArray("sch-south"));
        QCOMPARE(column(courses, rowWithKey(courses, "crs-alg"), "course_number"),
                 QByteArray("MATH-101"));

        QCOMPARE(out->keys(AsmTable::Classes),
                 (QByteArrayList{"cls-alg-1", "cls-bio-1", "cls-art-n", "cls-art-s1", "cls-art-s2",
                                 "cls-old-1"}));
        const auto classes = out->table(AsmTable::Classes);
        QCOMPARE(classes.at(0), asmHeader(AsmTable::Classes, 1, 3));
        const auto alg = rowWithKey(classes, "cls-alg-1");
        QCOMPARE(column(classes, alg, "instructor_id"), QByteArray("tch-1")); // the primary
        QCOMPARE(column(classes, alg, "instructor_id_2"), QByteArray("tch-2"));
        QCOMPARE(column(classes, alg, "instructor_id_3"), QByteArray());
        QCOMPARE(column(classes, alg, "class_display_name"), QByteArray("Algebra I, Period 1"));
        QCOMPARE(column(classes, alg, "class_number"), QByteArray("ALG-1"));
        QCOMPARE(column(classes, rowWithKey(classes, "cls-bio-1"), "class_display_name"),
                 QByteArray("\"Honors\" Biology"));

        // enr-13 repeats stu-1 in cls-alg-1; enr-14's student is not sent; enr-15 is not a
        // student or teacher enrollment; enr-16 ended before the run date (dates always count).
        QCOMPARE(out->keys(AsmTable::Rosters),
                 (QByteArrayList{"enr-1", "enr-2", "enr-5", "enr-8", "enr-12"}));
        QVERIFY(!out->findings.hasErrors());
    }

    void activeTermsOnly()
    {
        QFETCH_GLOBAL(QString, fixture);
        FilterSettings f = baseFilters();
        f.activeTermsOnly = true;
        auto out = convert(oneRosterFixture(fixture), f);
        QVERIFY2(out->ok, qPrintable(out->findings.lines().join(u'\n')));
        QVERIFY(!out->keys(AsmTable::Classes).contains("cls-old-1"));
        QVERIFY(out->keys(AsmTable::Classes).contains("cls-bio-1")); // second term not yet
        // enr-16 ended before the run date.
        QCOMPARE(out->keys(AsmTable::Rosters),
                 (QByteArrayList{"enr-1", "enr-2", "enr-5", "enr-8"}));

        f.runDate = QDate(2026, 12, 20); // the term's last day still counts
        out = convert(oneRosterFixture(fixture), f);
        QVERIFY(out->keys(AsmTable::Classes).contains("cls-alg-1"));
        // Between terms the fall term stays current until the next term starts.
        f.runDate = QDate(2026, 12, 28);
        out = convert(oneRosterFixture(fixture), f);
        QVERIFY(out->keys(AsmTable::Classes).contains("cls-alg-1"));
        // Spring has begun at North; South has no spring class, so its fall classes stay
        // until a term of its own starts.
        f.runDate = QDate(2027, 1, 10);
        out = convert(oneRosterFixture(fixture), f);
        QCOMPARE(out->keys(AsmTable::Classes),
                 (QByteArrayList{"cls-bio-1", "cls-art-s1", "cls-art-s2"}));
    }

    void activePeopleOnly()
    {
        QFETCH_GLOBAL(QString, fixture);
        FilterSettings f = baseFilters();
        f.activeStudentsOnly = true;
        f.activeTeachersOnly = true;
        auto out = convert(oneRosterFixture(fixture), f);
        QVERIFY2(out->ok, qPrintable(out->findings.lines().join(u'\n')));
        QCOMPARE(out->keys(AsmTable::Students), (QByteArrayList{"stu-1", "stu-2"}));
        // Other staff are not affected by "active teachers only".
        QCOMPARE(out->keys(AsmTable::Staff).mid(0, 3),
                 (QByteArrayList{"tch-1", "tch-2", "aide-1"}));
        QVERIFY(!out->keys(AsmTable::Staff).contains("tch-3"));
        QVERIFY(!out->keys(AsmTable::Rosters).contains("enr-16"));
    }

    void statusChoices()
    {
        QFETCH_GLOBAL(QString, fixture);
        FilterSettings f = baseFilters();
        f.students.toBeDeleted = true;
        f.classes.toBeDeleted = true;
        f.orgs.toBeDeleted = true;
        auto out = convert(oneRosterFixture(fixture), f);
        QVERIFY2(out->ok, qPrintable(out->findings.lines().join(u'\n')));
        QVERIFY(out->keys(AsmTable::Students).contains("stu-4"));
        QVERIFY(out->keys(AsmTable::Students).contains("stu-5"));
        QVERIFY(out->keys(AsmTable::Locations).contains("sch-closed"));
        QVERIFY(out->keys(AsmTable::Classes).contains("cls-gone"));
        QVERIFY(out->keys(AsmTable::Rosters).contains("enr-14"));
        QVERIFY(!out->keys(AsmTable::Rosters).contains("enr-6")); // enrollment status

        f.enrollments.toBeDeleted = true;
        out = convert(oneRosterFixture(fixture), f);
        QVERIFY(out->keys(AsmTable::Rosters).contains("enr-6"));
    }

    void schoolFilter()
    {
        QFETCH_GLOBAL(QString, fixture);
        FilterSettings f = baseFilters();
        f.schools = {QStringLiteral("sch-south")};
        auto out = convert(oneRosterFixture(fixture), f);
        QVERIFY2(out->ok, qPrintable(out->findings.lines().join(u'\n')));
        QCOMPARE(out->keys(AsmTable::Locations), (QByteArrayList{"sch-south"}));
        QCOMPARE(out->keys(AsmTable::Students), (QByteArrayList{"stu-2"}));
        QCOMPARE(out->table(AsmTable::Students).at(0), asmHeader(AsmTable::Students, 1));
        // 1.2's counselor works at South.
        const QByteArrayList southStaff =
            fixture == u"v11-basic" ? QByteArrayList{"tch-2"} : QByteArrayList{"tch-2", "cns-1"};
        QCOMPARE(out->keys(AsmTable::Staff), southStaff);
        QCOMPARE(out->keys(AsmTable::Classes), (QByteArrayList{"cls-art-s1", "cls-art-s2"}));
        QCOMPARE(out->keys(AsmTable::Courses), (QByteArrayList{"crs-art"}));
        QCOMPARE(out->keys(AsmTable::Rosters), (QByteArrayList{"enr-8"}));

        f.schools = {QStringLiteral("sch-east")};
        out = convert(oneRosterFixture(fixture), f);
        QVERIFY(!out->ok);
        QVERIFY2(out->findings.lines().join(u'\n').contains(u"sch-east"),
                 qPrintable(out->findings.lines().join(u'\n')));
    }

    void roleRules()
    {
        QFETCH_GLOBAL(QString, fixture);
        FilterSettings f = baseFilters();
        f.roleRules.insert(QStringLiteral("aide"), RoleRule::Exclude);
        auto out = convert(oneRosterFixture(fixture), f);
        QVERIFY2(out->ok, qPrintable(out->findings.lines().join(u'\n')));
        QVERIFY(!out->keys(AsmTable::Staff).contains("aide-1"));
        QVERIFY(!out->keys(AsmTable::Students).contains("aide-1"));

        // A role without a rule stops the run instead of guessing.
        f.roleRules.remove(QStringLiteral("aide"));
        out = convert(oneRosterFixture(fixture), f);
        QVERIFY(!out->ok);
        const QString lines = out->findings.lines().join(u'\n');
        const QString where = fixture == u"v11-basic" ? QStringLiteral("users.csv:11: role:")
                                                      : QStringLiteral("roles.csv:13: role:");
        QVERIFY2(lines.contains(where) && lines.contains(u"\"aide\""), qPrintable(lines));
    }

    void passwordPolicy()
    {
        QFETCH_GLOBAL(QString, fixture);
        MappingOptions m;
        m.passwordPolicy = QStringLiteral("8");
        m.passwordPolicyByGrade.insert(QStringLiteral("09"), QStringLiteral("6"));
        auto out = convert(oneRosterFixture(fixture), baseFilters(), m);
        QVERIFY(out->ok);
        const auto students = out->table(AsmTable::Students);
        QCOMPARE(column(students, rowWithKey(students, "stu-1"), "password_policy"),
                 QByteArray("6"));
        QCOMPARE(column(students, rowWithKey(students, "stu-2"), "password_policy"),
                 QByteArray("8"));
    }

    void invalidIdCharacters()
    {
        QFETCH_GLOBAL(QString, fixture);
        // An SIS with underscores in its ids (Aeries writes TCH_990421): rejected by ASM's rule
        // unless the mapping option repairs them, consistently in every reference.
        const QString dir = m_fixture.path(fixture + QStringLiteral("-underscores"));
        QDir().mkpath(dir);
        copyFolder(oneRosterFixture(fixture), dir);
        for (const char *file : {"users.csv", "enrollments.csv", "roles.csv"}) {
            const QString path = QDir(dir).filePath(QString::fromLatin1(file));
            if (QFile::exists(path))
                writeFile(path, readFile(path).replace("tch-1", "TCH_1"));
        }
        auto out = convert(dir, baseFilters());
        QVERIFY(out->ok);
        QVERIFY(out->keys(AsmTable::Staff).contains("TCH_1"));
        Findings checks;
        auto package = AsmPackage::open(out->folder, &checks);
        QVERIFY(package);
        QVERIFY(!AsmValidator(&checks).validate(*package));
        QVERIFY2(checks.lines().join(u'\n').contains(u"staff.csv:2: person_id:"),
                 qPrintable(checks.lines().join(u'\n')));

        MappingOptions repair;
        repair.replaceInvalidIdCharacters = true;
        out = convert(dir, baseFilters(), repair);
        QVERIFY(out->ok);
        QVERIFY(out->keys(AsmTable::Staff).contains("TCH-1"));
        const auto classes = out->table(AsmTable::Classes);
        QCOMPARE(column(classes, rowWithKey(classes, "cls-alg-1"), "instructor_id"),
                 QByteArray("TCH-1"));
    }

    // A cancel reaches the loops inside each phase: reading stops at the next chunk, and
    // writing the six files and zipping them at once.
    void cancelStopsEachPhase()
    {
        QFETCH_GLOBAL(QString, fixture);
        std::atomic_bool cancel = false;
        const Cancellation::Scope scope(&cancel);
        const QString folder = m_fixture.path(fixture + QStringLiteral("-cancelled"));
        QVERIFY(QDir().mkpath(folder));

        RosterConverter reading(baseFilters(), MappingOptions());
        Findings findings;
        cancel = true;
        QVERIFY(!reading.read(oneRosterFixture(fixture), &findings));
        QVERIFY2(findings.lines().join(u'\n').contains(u"cancelled"),
                 qPrintable(findings.lines().join(u'\n')));

        cancel = false;
        RosterConverter mapping(baseFilters(), MappingOptions());
        Findings more;
        QVERIFY(mapping.read(oneRosterFixture(fixture), &more) && mapping.filter(&more));
        cancel = true;
        QVERIFY(!mapping.map(folder, &more));
        QVERIFY(more.lines().join(u'\n').contains(u"cancelled"));

        cancel = false;
        auto done = convert(oneRosterFixture(fixture), baseFilters());
        QVERIFY(done->ok);
        cancel = true;
        const Result<void> zipped = AsmPackager::writeZip(
            done->folder, m_fixture.path(fixture + QStringLiteral(".cancelled.zip")));
        QVERIFY(!zipped);
        QCOMPARE(zipped.error(), QStringLiteral("cancelled"));
        QVERIFY(!QFileInfo::exists(m_fixture.path(fixture + QStringLiteral(".cancelled.zip"))));
    }

    void zipMatchesFolder()
    {
        QFETCH_GLOBAL(QString, fixture);
        const QString zip = m_fixture.path(fixture + QStringLiteral(".zip"));
        zipFolder(oneRosterFixture(fixture), zip);
        auto fromZip = convert(zip, baseFilters());
        auto fromFolder = convert(oneRosterFixture(fixture), baseFilters());
        QVERIFY(fromZip->ok);
        for (AsmTable t : kAsmTables)
            QCOMPARE(readFile(QDir(fromZip->folder).filePath(asmFileName(t))),
                     readFile(QDir(fromFolder->folder).filePath(asmFileName(t))));
    }
};

QTEST_GUILESS_MAIN(TestRosterConverter)
#include "tst_rosterconverter.moc"
