#include "asm/AsmCsvWriter.h"
#include "asm/AsmPackage.h"
#include "asm/AsmPackager.h"
#include "common/Findings.h"
#include "pipeline/AsmDiff.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

#include <array>
#include <functional>

using namespace rb;

namespace {

// One table: header first, then rows.
using Rows = QList<QByteArrayList>;

struct Set
{
    std::array<Rows, 6> tables;
    Rows &operator[](AsmTable t) { return tables[size_t(t)]; }
    const Rows &operator[](AsmTable t) const { return tables[size_t(t)]; }
};

Set baseSet()
{
    Set s;
    s[AsmTable::Locations] = {
        asmHeader(AsmTable::Locations), {"L1", "North High"}, {"L2", "South"}};
    Rows &students = s[AsmTable::Students];
    students.append(asmHeader(AsmTable::Students));
    for (int i = 1; i <= 10; ++i) {
        const QByteArray n = QByteArray::number(i);
        students.append({"S" + n, n, "First" + n, "", "Last" + n, "9", "", "", "", "L1"});
    }
    s[AsmTable::Staff] = {asmHeader(AsmTable::Staff),
                          {"T1", "", "Tara", "", "Moss", "", "", "L1"},
                          {"T2", "", "Tom", "", "Hale", "", "", "L2"}};
    s[AsmTable::Courses] = {asmHeader(AsmTable::Courses), {"C1", "", "Algebra", "L1"}};
    s[AsmTable::Classes] = {asmHeader(AsmTable::Classes, 1, 3),
                            {"K1", "1", "C1", "T1", "", "", "L1", ""},
                            {"K2", "2", "C1", "T2", "", "", "L1", ""}};
    Rows &rosters = s[AsmTable::Rosters];
    rosters.append(asmHeader(AsmTable::Rosters));
    for (int i = 1; i <= 10; ++i) {
        rosters.append(
            {"R" + QByteArray::number(i), i <= 5 ? "K1" : "K2", "S" + QByteArray::number(i)});
    }
    return s;
}

void writeSet(const QString &dir, const Set &set)
{
    QVERIFY(QDir().mkpath(dir));
    for (AsmTable t : kAsmTables) {
        QFile file(QDir(dir).filePath(asmFileName(t)));
        QVERIFY(file.open(QIODevice::WriteOnly));
        AsmCsvWriter writer(&file);
        for (const QByteArrayList &row : set[t])
            writer.writeRow(row);
        QVERIFY(writer.finish());
    }
}

struct Counts
{
    qint64 previous, current, added, removed, changed, unchanged;
    friend bool operator==(const Counts &, const Counts &) = default;
};

Counts countsOf(const AsmTableDiff &d)
{
    return {d.previousRows, d.currentRows, d.added, d.removed, d.changed, d.unchanged};
}

char *toString(const Counts &c)
{
    return qstrdup(QStringLiteral("prev %1 cur %2 +%3 -%4 ~%5 =%6")
                       .arg(c.previous)
                       .arg(c.current)
                       .arg(c.added)
                       .arg(c.removed)
                       .arg(c.changed)
                       .arg(c.unchanged)
                       .toUtf8()
                       .constData());
}

// Column index of name in a table's header.
qsizetype col(const Rows &rows, const QByteArray &name)
{
    return rows.first().indexOf(name);
}

using Change = std::function<void(Set &)>;

} // namespace

Q_DECLARE_METATYPE(Change)
Q_DECLARE_METATYPE(rb::AsmTable)
Q_DECLARE_METATYPE(Counts)

class TestAsmDiff : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_sets = 0;

    std::unique_ptr<AsmPackage> package(const Set &set, bool zip = false)
    {
        const QString folder = m_dir.filePath(QStringLiteral("set%1").arg(++m_sets));
        writeSet(folder, set);
        Findings findings;
        if (!zip)
            return AsmPackage::open(folder, &findings);
        const QString zipPath = folder + QStringLiteral(".zip");
        if (!AsmPackager::writeZip(folder, zipPath))
            return nullptr;
        return AsmPackage::open(zipPath, &findings);
    }

private slots:
    void counts_data()
    {
        QTest::addColumn<Change>("change");
        QTest::addColumn<AsmTable>("table");
        QTest::addColumn<Counts>("expected");

        QTest::newRow("identical")
            << Change([](Set &) {}) << AsmTable::Students << Counts{10, 10, 0, 0, 0, 10};
        QTest::newRow("student removed, added, renamed") << Change([](Set &s) {
            Rows &r = s[AsmTable::Students];
            r.removeAt(3);
            r.append({"S11", "11", "New", "", "Kid", "9", "", "", "", "L2"});
            r[1][col(r, "first_name")] = "Anna";
        }) << AsmTable::Students << Counts{10, 10, 1, 1, 1, 8};
        QTest::newRow("rows reordered") << Change([](Set &s) {
            Rows &r = s[AsmTable::Students];
            std::reverse(r.begin() + 1, r.end());
        }) << AsmTable::Students << Counts{10, 10, 0, 0, 0, 10};
        QTest::newRow("roster ids regenerated") << Change([](Set &s) {
            Rows &r = s[AsmTable::Rosters];
            for (qsizetype i = 1; i < r.size(); ++i)
                r[i][0] = "NEW" + QByteArray::number(i);
        }) << AsmTable::Rosters << Counts{10, 10, 0, 0, 10, 0};
        QTest::newRow("student moved to another class")
            << Change([](Set &s) { s[AsmTable::Rosters][1][1] = "K2"; }) << AsmTable::Rosters
            << Counts{10, 10, 1, 1, 0, 9};
        QTest::newRow("class removed with its rosters") << Change([](Set &s) {
            s[AsmTable::Classes].removeLast();
            s[AsmTable::Rosters].resize(6);
        }) << AsmTable::Rosters << Counts{10, 5, 0, 5, 0, 5};
        QTest::newRow("table emptied") << Change([](Set &s) { s[AsmTable::Staff].resize(1); })
                                       << AsmTable::Staff << Counts{2, 0, 0, 2, 0, 0};
        QTest::newRow("empty location column appears") << Change([](Set &s) {
            Rows &r = s[AsmTable::Students];
            r[0].append("location_id_2");
            for (qsizetype i = 1; i < r.size(); ++i)
                r[i].append("");
        }) << AsmTable::Students << Counts{10, 10, 0, 0, 0, 10};
        QTest::newRow("filled location column appears") << Change([](Set &s) {
            Rows &r = s[AsmTable::Students];
            r[0].append("location_id_2");
            for (qsizetype i = 1; i < r.size(); ++i)
                r[i].append(i == 2 ? "L2" : "");
        }) << AsmTable::Students << Counts{10, 10, 0, 0, 1, 9};
        QTest::newRow("column order changed") << Change([](Set &s) {
            Rows &r = s[AsmTable::Locations];
            for (QByteArrayList &row : r)
                std::swap(row[0], row[1]);
        }) << AsmTable::Locations << Counts{2, 2, 0, 0, 0, 2};
        QTest::newRow("duplicate key") << Change([](Set &s) {
            s[AsmTable::Courses].append({"C1", "", "Algebra", "L1"});
        }) << AsmTable::Courses << Counts{1, 2, 1, 0, 0, 1};
    }
    void counts()
    {
        QFETCH(Change, change);
        QFETCH(AsmTable, table);
        QFETCH(Counts, expected);
        const Set before = baseSet();
        Set after = before;
        change(after);
        const auto previous = package(before);
        const auto current = package(after, true);
        QVERIFY(previous && current);
        Findings findings;
        const AsmDiffResult result = AsmDiff().compare(previous.get(), *current, &findings);
        QVERIFY(result.hasPrevious);
        QCOMPARE(findings.totalCount(), qint64(0));
        QCOMPARE(countsOf(result.table(table)), expected);
        for (const AsmTableDiff &d : result.tables) {
            QVERIFY(d.complete);
            QCOMPARE(d.previousRows, d.unchanged + d.changed + d.removed);
            QCOMPARE(d.currentRows, d.unchanged + d.changed + d.added);
        }
    }

    // Only a changed name, email address or location counts as a watched change of a person;
    // in the other files every changed row does.
    void watchedChanges()
    {
        const Set before = baseSet();
        Set after = before;
        Rows &students = after[AsmTable::Students];
        students[1][col(students, "grade_level")] = "10";      // S1: not watched
        students[2][col(students, "first_name")] = "Renamed";  // S2
        students[3][col(students, "email_address")] = "a@b.c"; // S3
        students[4][col(students, "location_id")] = "L2";      // S4
        students[5][col(students, "sis_username")] = "s5";     // S5: not watched
        after[AsmTable::Courses][1][col(after[AsmTable::Courses], "course_name")] = "Geometry";
        const auto previous = package(before, true);
        const auto current = package(after);
        const AsmDiffResult result = AsmDiff().compare(previous.get(), *current);
        QCOMPARE(result.table(AsmTable::Students).changed, qint64(5));
        QCOMPARE(result.table(AsmTable::Students).changedWatched, qint64(3));
        QCOMPARE(result.table(AsmTable::Courses).changed, qint64(1));
        QCOMPARE(result.table(AsmTable::Courses).changedWatched, qint64(1));
        QCOMPARE(result.table(AsmTable::Staff).changedWatched, qint64(0));
        // Only S4 moved to another school.
        QCOMPARE(result.table(AsmTable::Students).changedLocation, qint64(1));
        QCOMPARE(result.table(AsmTable::Courses).changedLocation, qint64(0));
    }

    // People moved between schools and between students.csv and staff.csv are facts of the
    // diff, the same for the run's safety check as for the preview.
    void peopleMovedAreCounted()
    {
        const Set before = baseSet();
        Set after = before;
        Rows &students = after[AsmTable::Students];
        const qsizetype location = col(students, "location_id");
        const qsizetype location2 = col(students, "location_id_2");
        students[1][location] = "L2"; // S1 changes school
        if (location2 >= 0)
            students[2][location2] = "L2";                    // S2 gains a second school
        students[3][col(students, "first_name")] = "Newname"; // S3: a name, not a move
        // S10 becomes staff: removed from students.csv, added to staff.csv.
        students.removeLast();
        after[AsmTable::Staff].append({"S10", "", "First10", "", "Last10", "", "", "L1"});
        const auto previous = package(before, true);
        const auto current = package(after);
        const AsmDiffResult result = AsmDiff().compare(previous.get(), *current);
        QCOMPARE(result.table(AsmTable::Students).changedLocation, qint64(location2 >= 0 ? 2 : 1));
        QCOMPARE(result.table(AsmTable::Students).removed, qint64(1));
        QCOMPARE(result.table(AsmTable::Staff).added, qint64(1));
        QCOMPARE(result.peopleMoved, qint64(1));
        const AsmDiffResult back = AsmDiffResult::fromJson(result.toJson());
        QCOMPARE(back.peopleMoved, qint64(1));
        QCOMPARE(back.table(AsmTable::Students).changedLocation,
                 result.table(AsmTable::Students).changedLocation);
        // No previous delivery: nobody moved.
        QCOMPARE(AsmDiff().compare(nullptr, *current).peopleMoved, qint64(0));
    }

    void repeatedKeysAnswerWithTheirOwnRows()
    {
        // Three rows share a key before, one after: the removed ones are told by their own
        // lines and values, and the kept one is the identical row, wherever it stood.
        Set before = baseSet();
        Rows &courses = before[AsmTable::Courses];
        courses.append({"C1", "", "Geometry", "L1"});
        courses.append({"C2", "", "Biology", "L1"});
        courses.append({"C1", "", "Chemistry", "L1"});
        Set after = before;
        after[AsmTable::Courses] = {asmHeader(AsmTable::Courses),
                                    {"C2", "", "Biology", "L1"},
                                    {"C1", "", "Geometry", "L1"}};
        const auto previous = package(before, true);
        const auto current = package(after);
        const AsmDiffResult result = AsmDiff().compare(previous.get(), *current);
        const AsmTableDiff &d = result.table(AsmTable::Courses);
        QCOMPARE(countsOf(d), (Counts{4, 2, 0, 2, 0, 2}));
        QCOMPARE(d.removedSamples.size(), qsizetype(2));
        QCOMPARE(d.removedSamples[0].previousLine, qint64(2));
        QCOMPARE(d.removedSamples[0].values[2].value, QStringLiteral("Algebra"));
        QCOMPARE(d.removedSamples[1].previousLine, qint64(5));
        QCOMPARE(d.removedSamples[1].values[2].value, QStringLiteral("Chemistry"));
    }

    void samplesDescribeRows()
    {
        const Set before = baseSet();
        Set after = before;
        Rows &students = after[AsmTable::Students];
        students[2][col(students, "first_name")] = "Renamed";
        students[2][col(students, "grade_level")] = "10";
        students.removeAt(5); // S5, line 6 before
        students.append({"S99", "99", "Nia", "", "Ola", "9", "", "", "", "L2"});
        after[AsmTable::Rosters][4][0] = "R-new";

        const auto previous = package(before, true);
        const auto current = package(after);
        const AsmDiffResult result = AsmDiff().compare(previous.get(), *current);

        const AsmTableDiff &d = result.table(AsmTable::Students);
        QCOMPARE(d.changedSamples.size(), qsizetype(1));
        const AsmDiffSample &changed = d.changedSamples.first();
        QCOMPARE(changed.key, QStringLiteral("S2"));
        QCOMPARE(changed.previousLine, qint64(3));
        QCOMPARE(changed.currentLine, qint64(3));
        QCOMPARE(changed.changes.size(), qsizetype(2));
        QCOMPARE(changed.changes[0].field, QStringLiteral("first_name"));
        QCOMPARE(changed.changes[0].previousValue, QStringLiteral("First2"));
        QCOMPARE(changed.changes[0].currentValue, QStringLiteral("Renamed"));
        QCOMPARE(changed.changes[1].field, QStringLiteral("grade_level"));

        QCOMPARE(d.removedSamples.size(), qsizetype(1));
        QCOMPARE(d.removedSamples[0].key, QStringLiteral("S5"));
        QCOMPARE(d.removedSamples[0].previousLine, qint64(6));
        QCOMPARE(d.removedSamples[0].values[2].field, QStringLiteral("first_name"));
        QCOMPARE(d.removedSamples[0].values[2].value, QStringLiteral("First5"));

        QCOMPARE(d.addedSamples.size(), qsizetype(1));
        QCOMPARE(d.addedSamples[0].key, QStringLiteral("S99"));
        QCOMPARE(d.addedSamples[0].currentLine, qint64(11));

        const AsmTableDiff &r = result.table(AsmTable::Rosters);
        QCOMPARE(r.changedSamples.size(), qsizetype(1));
        QCOMPARE(r.changedSamples[0].key, QStringLiteral("K1 / S4"));
        QCOMPARE(r.changedSamples[0].changes.size(), qsizetype(1));
        QCOMPARE(r.changedSamples[0].changes[0].field, QStringLiteral("roster_id"));
        QCOMPARE(r.changedSamples[0].changes[0].previousValue, QStringLiteral("R4"));
        QCOMPARE(r.changedSamples[0].changes[0].currentValue, QStringLiteral("R-new"));
    }

    void columnSetChange()
    {
        Set before = baseSet();
        Rows &b = before[AsmTable::Staff];
        b[0].append("location_id_2");
        b[1].append("L2");
        b[2].append("");
        Set after = baseSet();
        Rows &a = after[AsmTable::Classes];
        a[0].insert(7, "instructor_id_4");
        a[1].insert(7, "T2");
        a[2].insert(7, "");

        const auto result = AsmDiff().compare(package(before).get(), *package(after));
        const AsmTableDiff &staff = result.table(AsmTable::Staff);
        QCOMPARE(staff.removedColumns, QStringList{QStringLiteral("location_id_2")});
        QCOMPARE(staff.addedColumns, QStringList());
        QCOMPARE(countsOf(staff), (Counts{2, 2, 0, 0, 1, 1}));
        QCOMPARE(staff.changedSamples[0].changes[0].field, QStringLiteral("location_id_2"));
        QCOMPARE(staff.changedSamples[0].changes[0].previousValue, QStringLiteral("L2"));
        QCOMPARE(staff.changedSamples[0].changes[0].currentValue, QString());

        const AsmTableDiff &classes = result.table(AsmTable::Classes);
        QCOMPARE(classes.addedColumns, QStringList{QStringLiteral("instructor_id_4")});
        QCOMPARE(countsOf(classes), (Counts{2, 2, 0, 0, 1, 1}));
    }

    void samplesAreCappedButCountsExact()
    {
        const Set before = baseSet();
        Set after = before;
        Rows &students = after[AsmTable::Students];
        students.resize(4); // S1..S3 stay, S4..S10 go
        for (qsizetype i = 1; i < students.size(); ++i)
            students[i][col(students, "last_name")] = "Changed";
        for (int i = 20; i < 25; ++i) {
            students.append({"S" + QByteArray::number(i), "", "A", "", "B", "", "", "", "", "L1"});
        }
        const AsmDiffResult result = AsmDiff(2).compare(package(before).get(), *package(after));
        const AsmTableDiff &d = result.table(AsmTable::Students);
        QCOMPARE(countsOf(d), (Counts{10, 8, 5, 7, 3, 0}));
        QCOMPARE(d.addedSamples.size(), qsizetype(2));
        QCOMPARE(d.removedSamples.size(), qsizetype(2));
        QCOMPARE(d.changedSamples.size(), qsizetype(2));
        // Removed rows are sampled in file order.
        QCOMPARE(d.removedSamples[0].previousLine, qint64(5));
        QCOMPARE(d.removedSamples[1].previousLine, qint64(6));
        QCOMPARE(d.changedSamples[1].previousLine, qint64(3));
    }

    void firstDelivery()
    {
        const auto current = package(baseSet());
        const AsmDiffResult result = AsmDiff().compare(nullptr, *current);
        QVERIFY(!result.hasPrevious);
        QCOMPARE(countsOf(result.table(AsmTable::Rosters)), (Counts{0, 10, 10, 0, 0, 0}));
        QCOMPARE(countsOf(result.table(AsmTable::Students)), (Counts{0, 10, 10, 0, 0, 0}));
    }

    void jsonRoundTrip()
    {
        const Set before = baseSet();
        Set after = before;
        after[AsmTable::Students][1][2] = "Zoë \"Z\"";
        after[AsmTable::Rosters].removeLast();
        const AsmDiffResult result = AsmDiff().compare(package(before).get(), *package(after));
        const QJsonObject json = result.toJson();
        const QJsonObject students = json.value(QStringLiteral("tables"))
                                         .toObject()
                                         .value(QStringLiteral("students"))
                                         .toObject();
        QCOMPARE(students.value(QStringLiteral("changed")).toInteger(), qint64(1));
        QCOMPARE(students.value(QStringLiteral("file")).toString(), QStringLiteral("students.csv"));
        const QJsonObject rosters = json.value(QStringLiteral("tables"))
                                        .toObject()
                                        .value(QStringLiteral("rosters"))
                                        .toObject();
        QCOMPARE(rosters.value(QStringLiteral("removedPercent")).toDouble(), 10.0);
        const QByteArray text = QJsonDocument(json).toJson();
        const AsmDiffResult back = AsmDiffResult::fromJson(QJsonDocument::fromJson(text).object());
        QCOMPARE(back.toJson(), json);
        QCOMPARE(back.table(AsmTable::Students).changedSamples[0].changes[0].currentValue,
                 QStringLiteral("Zoë \"Z\""));
    }

    void largeRosters()
    {
        constexpr int kRows = 200000;
        Set before = baseSet();
        Rows &students = before[AsmTable::Students];
        for (int i = 11; i <= 2000; ++i) {
            students.append({"S" + QByteArray::number(i), "", "A", "", "B", "", "", "", "", "L1"});
        }
        Rows &rosters = before[AsmTable::Rosters];
        rosters.resize(1);
        for (int i = 0; i < kRows; ++i) {
            rosters.append({"R" + QByteArray::number(i), "K" + QByteArray::number(i / 2000),
                            "S" + QByteArray::number(i % 2000 + 1)});
        }
        Set after = before;
        Rows &next = after[AsmTable::Rosters];
        // 1,000 enrolments dropped, 5,000 roster ids regenerated, 2,000 new enrolments.
        for (int i = 0; i < 1000; ++i)
            next.removeAt(1 + 3 * i);
        for (int i = 0; i < 5000; ++i)
            next[1000 + i * 7][0] = "X" + QByteArray::number(i);
        for (int i = 0; i < 2000; ++i)
            next.append({"N" + QByteArray::number(i), "K999", "S" + QByteArray::number(i + 1)});

        const auto previous = package(before, true);
        const auto current = package(after, true);
        QVERIFY(previous && current);
        Findings findings;
        const AsmDiffResult result = AsmDiff().compare(previous.get(), *current, &findings);
        QCOMPARE(findings.totalCount(), qint64(0));
        const AsmTableDiff &d = result.table(AsmTable::Rosters);
        QCOMPARE(countsOf(d), (Counts{kRows, kRows + 1000, 2000, 1000, 5000, kRows - 6000}));
        QCOMPARE(d.removedSamples.size(), qsizetype(AsmDiff::kDefaultSamples));
        QCOMPARE(d.removedSamples[0].key, QStringLiteral("K0 / S1"));
        QCOMPARE(d.removedSamples[0].previousLine, qint64(2));
        QCOMPARE(d.removedSamples[1].previousLine, qint64(6));
        for (const AsmDiffSample &s : d.changedSamples) {
            QVERIFY(s.previousLine > 0);
            QCOMPARE(s.changes.size(), qsizetype(1));
            QCOMPARE(s.changes[0].field, QStringLiteral("roster_id"));
        }
        QCOMPARE(countsOf(result.table(AsmTable::Students)), (Counts{2000, 2000, 0, 0, 0, 2000}));
    }
};

QTEST_GUILESS_MAIN(TestAsmDiff)
#include "tst_asmdiff.moc"
