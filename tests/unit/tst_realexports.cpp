#include "ConversionFixture.h"
#include "ResultCheck.h"
#include "pipeline/RunEngine.h"
#include "store/HistoryDatabase.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>

using namespace rb;
using namespace rb::test;

// Exports in the shapes real SIS write them (tests/data/exports): CRLF, a BOM, metadata
// columns, datetimes, quoted lists, uppercase booleans, userProfiles and demographics files,
// 1.2 users with a role at each of several orgs, district-only staff, a withdrawn student's
// enrollment, mid-term drops and a calendar with a winter break. The expected rows follow
// docs/mapping.md.
class TestRealExports : public QObject
{
    Q_OBJECT

    ConversionFixture m_fixture;
    HistoryDatabase m_history;
    std::unique_ptr<RunEngine> m_engine;

    static QString exportDir(const QString &name)
    {
        return testDataDir() + QStringLiteral("/exports/") + name;
    }
    static FilterSettings on(QDate day)
    {
        FilterSettings f;
        f.runDate = day;
        return f;
    }
    static QByteArrayList instructors(const QList<QByteArrayList> &classes, const QByteArray &cls)
    {
        const QByteArrayList row = rowWithKey(classes, cls);
        QByteArrayList out;
        for (const char *name : {"instructor_id", "instructor_id_2", "instructor_id_3"}) {
            const QByteArray id = column(classes, row, name);
            if (!id.isEmpty())
                out.append(id);
        }
        return out;
    }
    static QByteArrayList rosterOf(const QList<QByteArrayList> &rosters, const QByteArray &cls)
    {
        QByteArrayList students;
        for (qsizetype i = 1; i < rosters.size(); ++i) {
            if (rosters.at(i).value(1) == cls)
                students.append(rosters.at(i).value(2));
        }
        std::sort(students.begin(), students.end());
        return students;
    }
    // A column the file does not have reads as empty: ASM adds location_id_N only as needed.
    static QByteArray cell(const QList<QByteArrayList> &table, const QByteArrayList &row,
                           const QByteArray &name)
    {
        return table.value(0).contains(name) ? column(table, row, name) : QByteArray();
    }
    static QByteArrayList sorted(QByteArrayList list)
    {
        std::sort(list.begin(), list.end());
        return list;
    }
    static bool hasFinding(const Findings &findings, const QString &code, const QString &text)
    {
        for (const Finding &f : findings.kept()) {
            if (f.code == code && f.toString().contains(text))
                return true;
        }
        return false;
    }

    Profile profile(const QString &fixture, const QString &name)
    {
        Profile p = Profile::create(name);
        p.source.kind = SourceKind::Csv;
        p.source.path = exportDir(fixture);
        p.conversion.filters.runDate = QDate(2026, 10, 1);
        p.needsFirstRunApproval = false;
        p.destination.kind = DestinationKind::Folder;
        p.destination.folder = m_fixture.path(name + u'-' + fixture);
        QDir().mkpath(p.destination.folder);
        return p;
    }
    RunResult runOnce(const Profile &p)
    {
        RunRequest request;
        request.profile = p;
        QSignalSpy finished(m_engine.get(), &RunEngine::runFinished);
        m_engine->submit(request);
        if (!finished.wait(120000) || finished.size() != 1)
            return {};
        return finished.first().first().value<RunResult>();
    }
    QString stepsText(qint64 runId)
    {
        QList<StepRecord> steps;
        if (!take(m_history.steps(runId), &steps))
            return {};
        QString text;
        for (const StepRecord &s : steps)
            text += QString::fromUtf8(QJsonDocument(s.toJson()).toJson()) + u'\n';
        return text;
    }
    ProcessResult convertCommand(const QStringList &args)
    {
        return run(appBinary(), QStringList{QStringLiteral("convert")} + args);
    }

private slots:
    void initTestCase()
    {
        QVERIFY_OK(m_history.open(m_fixture.path(QStringLiteral("history.sqlite"))));
        m_engine = std::make_unique<RunEngine>(&m_history, m_fixture.path(QStringLiteral("held")));
    }
    void cleanupTestCase() { m_engine.reset(); }

    void initTestCase_data()
    {
        QTest::addColumn<QString>("fixture");
        QTest::newRow("1.1") << QStringLiteral("v11-district");
        QTest::newRow("1.2") << QStringLiteral("v12-district");
    }

    void everyoneApplesExpects()
    {
        QFETCH_GLOBAL(QString, fixture);
        auto out = m_fixture.convert(exportDir(fixture), on(QDate(2026, 10, 1)));
        QVERIFY2(out->ok, qPrintable(out->findings.lines().join(u'\n')));

        QCOMPARE(out->keys(AsmTable::Locations), (QByteArrayList{"sch-a", "sch-b", "sch-c"}));
        QCOMPARE(sorted(out->keys(AsmTable::Students)),
                 (QByteArrayList{"stu-1", "stu-2", "stu-3", "stu-4", "stu-5", "stu-pk"}));
        // Every staff-type role is staff by default; guardians and parents never are.
        QCOMPARE(sorted(out->keys(AsmTable::Staff)),
                 (QByteArrayList{"adm-1", "aide-1", "csl-1", "tch-ada", "tch-b", "tch-c",
                                 "tch-itin", "tch-new", "tch-old"}));
        const auto staff = out->table(AsmTable::Staff);
        // Teacher at her primary org, principal at B (staff too), guardian at C (no location).
        const QByteArrayList ada = rowWithKey(staff, "tch-ada");
        QCOMPARE(column(staff, ada, "location_id"), QByteArray("sch-a"));
        QCOMPARE(column(staff, ada, "location_id_2"), QByteArray("sch-b"));
        QCOMPARE(cell(staff, ada, "location_id_3"), QByteArray());
        // District-only staff take the schools of the classes they teach, with a warning.
        QCOMPARE(column(staff, rowWithKey(staff, "tch-itin"), "location_id"), QByteArray("sch-b"));
        QCOMPARE(column(staff, rowWithKey(staff, "tch-itin"), "first_name"), QByteArray("Иван"));
        QVERIFY(hasFinding(out->findings, QStringLiteral("staff.placedByClasses"),
                           QStringLiteral("Washington Middle School")));
        QCOMPARE(column(staff, rowWithKey(staff, "adm-1"), "last_name"), QByteArray("王"));

        // Without "active terms only" every class is sent, the one of a term being deleted too.
        QCOMPARE(out->keys(AsmTable::Classes).size(), 7);
        const auto classes = out->table(AsmTable::Classes);
        QCOMPARE(instructors(classes, "cls-a-math"), (QByteArrayList{"tch-ada"}));
        // The replaced teacher's enrollment ended on 2026-09-10: only the new one teaches.
        QCOMPARE(instructors(classes, "cls-a-home"), (QByteArrayList{"tch-new"}));
        QCOMPARE(instructors(classes, "cls-b-band"), (QByteArrayList{"tch-itin", "tch-b"}));

        const auto rosters = out->table(AsmTable::Rosters);
        // stu-2 dropped Math on 2026-09-10; the withdrawn student's enrollment is skipped.
        QCOMPARE(rosterOf(rosters, "cls-a-math"), (QByteArrayList{"stu-1", "stu-pk"}));
        QCOMPARE(rosterOf(rosters, "cls-c-eng-f"), (QByteArrayList{"stu-4", "stu-5"}));
        // Starting with its class's term is the calendar's business, not "not begun".
        QCOMPARE(rosterOf(rosters, "cls-c-eng-s"), (QByteArrayList{"stu-4"}));
        QVERIFY(hasFinding(out->findings, QStringLiteral("ref.missing"),
                           QStringLiteral("stu-withdrawn")));
        QVERIFY(!out->findings.hasErrors());
    }

    void guardianWithoutOrgIsAWarning()
    {
        QFETCH_GLOBAL(QString, fixture);
        auto out = m_fixture.convert(exportDir(fixture), on(QDate(2026, 10, 1)));
        QVERIFY(out->ok);
        const QString code = fixture.startsWith(u"v11") ? QStringLiteral("user.noorg")
                                                        : QStringLiteral("ref.norole");
        QVERIFY2(hasFinding(out->findings, code, QStringLiteral("users.csv")),
                 qPrintable(out->findings.lines().join(u'\n')));
    }

    void roleRowsInAnyOrder()
    {
        QFETCH_GLOBAL(QString, fixture);
        if (!fixture.startsWith(u"v12"))
            QSKIP("1.1 has no roles.csv");
        const QString dir = m_fixture.path(QStringLiteral("reordered"));
        QDir().mkpath(dir);
        copyFolder(exportDir(fixture), dir);
        QByteArrayList lines = readFile(dir + QStringLiteral("/roles.csv")).split('\n');
        // Guardian at C first, then teacher at A, then principal at B.
        std::swap(lines[1], lines[3]);
        writeFile(dir + QStringLiteral("/roles.csv"), lines.join('\n'));
        auto out = m_fixture.convert(dir, on(QDate(2026, 10, 1)));
        QVERIFY2(out->ok, qPrintable(out->findings.lines().join(u'\n')));
        const auto staff = out->table(AsmTable::Staff);
        const QByteArrayList ada = rowWithKey(staff, "tch-ada");
        QCOMPARE(column(staff, ada, "location_id"), QByteArray("sch-a"));
        QCOMPARE(column(staff, ada, "location_id_2"), QByteArray("sch-b"));
        QCOMPARE(cell(staff, ada, "location_id_3"), QByteArray());
    }

    void leftOutRoleGivesNoLocation()
    {
        QFETCH_GLOBAL(QString, fixture);
        FilterSettings f = on(QDate(2026, 10, 1));
        f.roleRules.insert(QStringLiteral("principal"), RoleRule::Exclude);
        f.roleRules.insert(QStringLiteral("aide"), RoleRule::Exclude);
        auto out = m_fixture.convert(exportDir(fixture), f);
        QVERIFY(out->ok);
        const auto staff = out->table(AsmTable::Staff);
        QVERIFY(rowWithKey(staff, "aide-1").isEmpty());
        // Still a teacher at her primary org; the principal role no longer places her.
        QCOMPARE(column(staff, rowWithKey(staff, "tch-ada"), "location_id"), QByteArray("sch-a"));
        QCOMPARE(cell(staff, rowWithKey(staff, "tch-ada"), "location_id_2"),
                 fixture.startsWith(u"v11") ? QByteArray("sch-b") : QByteArray());
    }

    void activeTermsInTermAndBetweenTerms_data()
    {
        QTest::addColumn<QDate>("day");
        QTest::addColumn<QByteArrayList>("classes");
        QTest::addColumn<QByteArrayList>("english");
        // In the fall: the fall classes, the year's lunch, the homeroom with no term, the band
        // of both semesters. Never the class of a term being deleted.
        QTest::newRow("fall") << QDate(2026, 10, 1)
                              << QByteArrayList{"cls-a-home", "cls-a-lunch", "cls-a-math",
                                                "cls-b-band", "cls-c-eng-f"}
                              << QByteArrayList{"stu-4", "stu-5"};
        // Winter break: the fall term stays current until spring starts, with its rosters.
        QTest::newRow("winter break") << QDate(2026, 12, 28)
                                      << QByteArrayList{"cls-a-home", "cls-a-lunch", "cls-a-math",
                                                        "cls-b-band", "cls-c-eng-f"}
                                      << QByteArrayList{"stu-4", "stu-5"};
        // Spring: at Roosevelt the spring term replaces the fall one. Lincoln has no spring
        // class, so its fall Math stays until a term of its own starts.
        QTest::newRow("spring") << QDate(2027, 1, 6)
                                << QByteArrayList{"cls-a-home", "cls-a-lunch", "cls-a-math",
                                                  "cls-b-band", "cls-c-eng-s"}
                                << QByteArrayList{"stu-4"};
        // Before the year starts: the first term to come.
        QTest::newRow("summer before") << QDate(2026, 8, 1)
                                       << QByteArrayList{"cls-a-home", "cls-a-lunch", "cls-a-math",
                                                         "cls-b-band", "cls-c-eng-f"}
                                       << QByteArrayList{"stu-4", "stu-5"};
    }
    void activeTermsInTermAndBetweenTerms()
    {
        QFETCH_GLOBAL(QString, fixture);
        QFETCH(QDate, day);
        QFETCH(QByteArrayList, classes);
        QFETCH(QByteArrayList, english);
        FilterSettings f = on(day);
        f.activeTermsOnly = true;
        auto out = m_fixture.convert(exportDir(fixture), f);
        QVERIFY2(out->ok, qPrintable(out->findings.lines().join(u'\n')));
        QCOMPARE(sorted(out->keys(AsmTable::Classes)), classes);
        const QByteArray eng = classes.contains("cls-c-eng-f") ? "cls-c-eng-f" : "cls-c-eng-s";
        QCOMPARE(rosterOf(out->table(AsmTable::Rosters), eng), english);
    }

    void exclusionRules()
    {
        QFETCH_GLOBAL(QString, fixture);
        FilterSettings f = on(QDate(2026, 10, 1));
        f.exclusions.classTitles = {QStringLiteral("lunch*")};
        f.exclusions.courses = {QStringLiteral("HR")};
        f.exclusions.grades = {QStringLiteral("pk")};
        f.exclusions.people = {QStringLiteral("tch-b")};
        auto out = m_fixture.convert(exportDir(fixture), f);
        QVERIFY(out->ok);
        const QByteArrayList classes = out->keys(AsmTable::Classes);
        QVERIFY(!classes.contains("cls-a-lunch"));
        QVERIFY(!classes.contains("cls-a-home"));
        QVERIFY(classes.contains("cls-a-math"));
        QVERIFY(!out->keys(AsmTable::Students).contains("stu-pk"));
        QVERIFY(!out->keys(AsmTable::Staff).contains("tch-b"));
        const auto rosters = out->table(AsmTable::Rosters);
        QCOMPARE(rosterOf(rosters, "cls-a-math"), (QByteArrayList{"stu-1"}));
        QCOMPARE(instructors(out->table(AsmTable::Classes), "cls-b-band"),
                 (QByteArrayList{"tch-itin"}));
    }

    // A bad value in a row that is not sent (an excluded class's enrollment, a guardian) does
    // not stop the night; the same value in a row that is sent does.
    void problemsInRowsNotSentAreWarnings()
    {
        QFETCH_GLOBAL(QString, fixture);
        const QString dir = m_fixture.path(QStringLiteral("badvalues-") + fixture);
        QDir().mkpath(dir);
        copyFolder(exportDir(fixture), dir);
        QByteArray enrollments = readFile(dir + QStringLiteral("/enrollments.csv"));
        enrollments.replace("e-14,,2026-08-01T00:00:00.000Z,cls-a-lunch,sch-a,stu-1,student,FALSE",
                            "e-14,,2026-08-01T00:00:00.000Z,cls-a-lunch,sch-a,stu-1,student,maybe");
        writeFile(dir + QStringLiteral("/enrollments.csv"), enrollments);
        QByteArray users = readFile(dir + QStringLiteral("/users.csv"));
        users.replace("par-2,,2026-08-01T00:00:00.000Z,TRUE", "par-2,,2026-08-01T00:00:00.000Z,Y");
        writeFile(dir + QStringLiteral("/users.csv"), users);
        FilterSettings f = on(QDate(2026, 10, 1));
        f.exclusions.classTitles = {QStringLiteral("Lunch*")};
        auto out = m_fixture.convert(dir, f);
        const QString lines = out->findings.lines().join(u'\n');
        QVERIFY2(out->ok, qPrintable(lines));
        QVERIFY2(lines.contains(u"warning: enrollments.csv:15: primary: \"maybe\" is not true or "
                                u"false (the row is not sent, so it is skipped)"),
                 qPrintable(lines));
        QVERIFY2(lines.contains(u"warning: users.csv:12: enabledUser:"), qPrintable(lines));

        // Sent, the same value is an error that names it.
        out = m_fixture.convert(dir, on(QDate(2026, 10, 1)));
        QVERIFY(!out->ok);
        QVERIFY2(out->findings.lines().join(u'\n').contains(
                     u"error: enrollments.csv:15: primary: \"maybe\" is not true or false"),
                 qPrintable(out->findings.lines().join(u'\n')));
        users.replace("stu-3,,2026-08-01T00:00:00.000Z,TRUE", "stu-3,,2026-08-01T00:00:00.000Z,Y");
        writeFile(dir + QStringLiteral("/users.csv"), users);
        out = m_fixture.convert(dir, f);
        QVERIFY(!out->ok);
        QVERIFY2(out->findings.lines().join(u'\n').contains(
                     u"error: users.csv:15: enabledUser: \"Y\" is not true or false"),
                 qPrintable(out->findings.lines().join(u'\n')));
    }

    void cutOffExportIsRefused()
    {
        QFETCH_GLOBAL(QString, fixture);
        const QString dir = m_fixture.path(QStringLiteral("cutoff-") + fixture);
        QDir().mkpath(dir);
        copyFolder(exportDir(fixture), dir);
        // A users.csv cut off half way: many enrollments of users the export does not have.
        QByteArray enrollments = readFile(dir + QStringLiteral("/enrollments.csv"));
        for (int i = 0; i < 60; ++i)
            enrollments +=
                QStringLiteral(
                    "e-cut-%1,,2026-08-01,cls-a-math,sch-a,stu-cut-%1,student,FALSE,,,\r\n")
                    .arg(i)
                    .toUtf8();
        writeFile(dir + QStringLiteral("/enrollments.csv"), enrollments);
        auto out = m_fixture.convert(dir, on(QDate(2026, 10, 1)));
        QVERIFY(!out->ok);
        QVERIFY2(hasFinding(out->findings, QStringLiteral("export.cutoff"),
                            QStringLiteral("61 of 78 rows")),
                 qPrintable(out->findings.lines().join(u'\n')));

        // The limit is the filters' to set.
        FilterSettings lenient = on(QDate(2026, 10, 1));
        lenient.danglingReferences.maxCount = 100;
        QVERIFY(m_fixture.convert(dir, lenient)->ok);
    }

    // The same rows through the two ways a district runs it: the command and a profile run.
    void commandAndProfileRunGiveTheSameRows()
    {
        QFETCH_GLOBAL(QString, fixture);
        auto expected = m_fixture.convert(exportDir(fixture), on(QDate(2026, 10, 1)));
        QVERIFY(expected->ok);

        const QString zip = m_fixture.path(QStringLiteral("cmd-") + fixture + u".zip");
        const auto r = convertCommand({exportDir(fixture), QStringLiteral("-o"), zip,
                                       QStringLiteral("--run-date"), QStringLiteral("2026-10-01")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        for (AsmTable t : kAsmTables)
            QCOMPARE(readAsmTable(zip, t), expected->table(t));

        const Profile p = profile(fixture, QStringLiteral("run"));
        const RunResult result = runOnce(p);
        QVERIFY2(result.status == RunStatus::Success, qPrintable(result.details.join(u'\n')));
        const QStringList zips =
            QDir(p.destination.folder).entryList({QStringLiteral("*.zip")}, QDir::Files);
        QCOMPARE(zips.size(), 1);
        for (AsmTable t : kAsmTables)
            QCOMPARE(readAsmTable(QDir(p.destination.folder).filePath(zips.first()), t),
                     expected->table(t));
    }

    // Filters or the calendar that leave a file empty while the export has active records
    // for it stop the run: nothing is written, nothing delivered, the reason named.
    void emptiedFileIsNeverWritten()
    {
        QFETCH_GLOBAL(QString, fixture);
        const QString filters = m_fixture.path(QStringLiteral("no-classes.json"));
        writeFile(filters, R"({"exclude": {"classTitles": ["*"]}})");
        const QString zip = m_fixture.path(QStringLiteral("empty-") + fixture + u".zip");
        const auto r = convertCommand({exportDir(fixture), QStringLiteral("-o"), zip,
                                       QStringLiteral("--filters"), filters,
                                       QStringLiteral("--run-date"), QStringLiteral("2026-10-01")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("classes.csv is empty, but the export holds 7 active"),
                 r.err.constData());
        QVERIFY(!QFileInfo::exists(zip));

        Profile p = profile(fixture, QStringLiteral("empty"));
        p.conversion.filters.exclusions.classTitles = {QStringLiteral("*")};
        const RunResult result = runOnce(p);
        QCOMPARE(result.status, RunStatus::Failed);
        QVERIFY2(result.details.join(u'\n').contains(u"classes.csv is empty"),
                 qPrintable(result.details.join(u'\n')));
        QVERIFY(QDir(p.destination.folder).entryList(QDir::Files).isEmpty());
    }

    // A profile saved before schema 3 wrote every role out as "exclude": those still at the
    // old default become staff, and the run says so.
    void profileFromBeforeSchema3SendsStaff()
    {
        QFETCH_GLOBAL(QString, fixture);
        QJsonObject json = profile(fixture, QStringLiteral("old")).toJson();
        json.insert(QStringLiteral("schemaVersion"), 2);
        QJsonObject conversion = json.value(QStringLiteral("conversion")).toObject();
        QJsonObject rules;
        for (const char *role : {"administrator", "aide", "counselor", "principal", "guardian"})
            rules.insert(QLatin1StringView(role), QStringLiteral("exclude"));
        rules.insert(QStringLiteral("proctor"), QStringLiteral("staff"));
        conversion.insert(QStringLiteral("roleRules"), rules);
        conversion.insert(QStringLiteral("version"), 1);
        json.insert(QStringLiteral("conversion"), conversion);
        Findings findings;
        const Profile p = Profile::fromJson(json, &findings);
        QVERIFY2(!findings.hasErrors(), qPrintable(findings.lines().join(u'\n')));
        QVERIFY(p.migratedRoleRules.contains(QStringLiteral("aide")));
        QVERIFY(!p.migratedRoleRules.contains(QStringLiteral("proctor")));
        QCOMPARE(p.conversion.filters.roleRules.value(QStringLiteral("counselor")),
                 RoleRule::Staff);

        const RunResult result = runOnce(p);
        QVERIFY2(result.status == RunStatus::Success, qPrintable(result.details.join(u'\n')));
        QVERIFY2(stepsText(result.runId).contains(u"now send them as staff"),
                 qPrintable(stepsText(result.runId)));
        const QStringList zips =
            QDir(p.destination.folder).entryList({QStringLiteral("*.zip")}, QDir::Files);
        QCOMPARE(zips.size(), 1);
        const auto staff =
            readAsmTable(QDir(p.destination.folder).filePath(zips.first()), AsmTable::Staff);
        QVERIFY(!rowWithKey(staff, "aide-1").isEmpty());
        QVERIFY(!rowWithKey(staff, "csl-1").isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestRealExports)
#include "tst_realexports.moc"
