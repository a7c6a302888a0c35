#include "AsmTables.h"
#include "ResultCheck.h"
#include "TestSupport.h"

#include "asm/AsmCsvWriter.h"
#include "asm/AsmPackage.h"
#include "asm/AsmValidator.h"
#include "common/Findings.h"
#include "pipeline/KeptRemovalsPackage.h"
#include "store/RunRecord.h"

#include <QDir>
#include <QFile>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace rb;
using namespace rb::test;
using namespace Qt::StringLiterals;

namespace {

using Values = QList<std::pair<QByteArray, QByteArray>>;

// A row laid into header: the named values, every other column empty.
QByteArrayList row(const QByteArrayList &header, const Values &values)
{
    QByteArrayList out(header.size());
    for (const auto &[name, value] : values) {
        const qsizetype i = header.indexOf(name);
        if (i < 0)
            qFatal("no column %s", name.constData());
        out[i] = value;
    }
    return out;
}

AsmRows &table(AsmTables &tables, AsmTable t)
{
    return tables[size_t(t)];
}

const AsmRows &table(const AsmTables &tables, AsmTable t)
{
    return tables[size_t(t)];
}

void add(AsmTables &tables, AsmTable t, const Values &values)
{
    AsmRows &rows = table(tables, t);
    rows.append(row(rows.first(), values));
}

} // namespace

// Sending a held package without its removals: the last delivery's rows that the held package
// lacks are kept, with everything they refer to; the held package's rows win; headers of
// different widths are laid into the wider one; damaged input fails naming the file.
class TestKeptRemovals : public QObject
{
    Q_OBJECT
    QTemporaryDir m_tmp;
    AsmTables m_last;
    AsmTables m_held;
    QString m_lastZip;
    QString m_heldZip;

    QString path(const QString &name) const { return m_tmp.filePath(name); }

    static AsmTables emptyTables()
    {
        AsmTables tables;
        for (AsmTable t : kAsmTables)
            tables[size_t(t)].append(asmHeader(t));
        // asmHeader ends classes.csv with class_display_name; the last delivery had none.
        tables[size_t(AsmTable::Classes)].first().removeLast();
        return tables;
    }

    static bool isValid(const QString &package, QString *why)
    {
        Findings findings;
        const std::unique_ptr<AsmPackage> opened = AsmPackage::open(package, &findings);
        AsmValidator validator(&findings);
        const bool ok = opened && validator.validate(*opened) && !findings.hasErrors();
        *why = findings.lines().join(u'\n');
        return ok;
    }

private slots:
    void initTestCase()
    {
        // The last delivery: two schools, each with a student or two, a teacher, a course and
        // a class; T3 was staff.
        m_last = emptyTables();
        add(m_last, AsmTable::Locations, {{"location_id", "L1"}, {"location_name", "North"}});
        add(m_last, AsmTable::Locations, {{"location_id", "L2"}, {"location_name", "South"}});
        for (const auto &[id, name, location] :
             {std::tuple{"S1", "Ada", "L1"}, {"S2", "Ben", "L1"}, {"S3", "Cy", "L2"}}) {
            add(m_last, AsmTable::Students,
                {{"person_id", id},
                 {"first_name", name},
                 {"last_name", "Last"},
                 {"location_id", location}});
        }
        for (const auto &[id, location] :
             {std::pair{"T1", "L1"}, std::pair{"T2", "L2"}, std::pair{"T3", "L1"}}) {
            add(m_last, AsmTable::Staff,
                {{"person_id", id},
                 {"first_name", "Teach"},
                 {"last_name", id},
                 {"location_id", location}});
        }
        add(m_last, AsmTable::Courses, {{"course_id", "C1"}, {"location_id", "L1"}});
        add(m_last, AsmTable::Courses, {{"course_id", "C2"}, {"location_id", "L2"}});
        add(m_last, AsmTable::Classes,
            {{"class_id", "K1"},
             {"course_id", "C1"},
             {"instructor_id", "T1"},
             {"location_id", "L1"}});
        add(m_last, AsmTable::Classes,
            {{"class_id", "K2"},
             {"course_id", "C2"},
             {"instructor_id", "T2"},
             {"location_id", "L2"}});
        add(m_last, AsmTable::Rosters,
            {{"roster_id", "R1"}, {"class_id", "K1"}, {"student_id", "S1"}});
        add(m_last, AsmTable::Rosters,
            {{"roster_id", "R2"}, {"class_id", "K1"}, {"student_id", "S2"}});
        add(m_last, AsmTable::Rosters,
            {{"roster_id", "R3"}, {"class_id", "K2"}, {"student_id", "S3"}});

        // The held package: South is gone with its people, course and class; S2 left K1; S1 is
        // renamed; S4 is new and T3 is a student now. Its students.csv has location_id_2 and its
        // classes.csv instructor_id_4 and class_display_name.
        m_held = emptyTables();
        table(m_held, AsmTable::Students).first() = asmHeader(AsmTable::Students, 2);
        table(m_held, AsmTable::Classes).first() = asmHeader(AsmTable::Classes, 1, 4);
        add(m_held, AsmTable::Locations, {{"location_id", "L1"}, {"location_name", "North"}});
        for (const auto &[id, name] :
             {std::pair{"S1", "Adah"}, {"S2", "Ben"}, {"S4", "Dee"}, {"T3", "Teach"}}) {
            add(m_held, AsmTable::Students,
                {{"person_id", id},
                 {"first_name", name},
                 {"last_name", id == QByteArrayView("T3") ? "T3" : "Last"},
                 {"location_id", "L1"},
                 {"location_id_2", id == QByteArrayView("S4") ? "L1" : ""}});
        }
        add(m_held, AsmTable::Staff,
            {{"person_id", "T1"},
             {"first_name", "Teach"},
             {"last_name", "T1"},
             {"location_id", "L1"}});
        add(m_held, AsmTable::Courses, {{"course_id", "C1"}, {"location_id", "L1"}});
        add(m_held, AsmTable::Classes,
            {{"class_id", "K1"},
             {"course_id", "C1"},
             {"instructor_id", "T1"},
             {"location_id", "L1"},
             {"class_display_name", "Maths 1"}});
        add(m_held, AsmTable::Rosters,
            {{"roster_id", "R1"}, {"class_id", "K1"}, {"student_id", "S1"}});
        add(m_held, AsmTable::Rosters,
            {{"roster_id", "R4"}, {"class_id", "K1"}, {"student_id", "S4"}});

        m_lastZip = path(u"rosterbridge-last.zip"_s);
        m_heldZip = path(u"held.zip"_s);
        writePackage(m_last, m_lastZip);
        writePackage(m_held, m_heldZip);
        QString why;
        QVERIFY2(isValid(m_lastZip, &why), qPrintable(why));
        QVERIFY2(isValid(m_heldZip, &why), qPrintable(why));
    }

    void removedRowsAreKeptWithWhatTheyReferTo()
    {
        const QString folder = path(u"kept"_s);
        KeptRemovals kept;
        QVERIFY(take(KeptRemovalsPackage::writeTables(m_heldZip, m_lastZip, folder), &kept));
        // South, its student, teacher, course and class, and two rosters; T3 moved, not removed.
        QCOMPARE(kept.rows, (std::array<qint64, 6>{1, 1, 1, 1, 1, 2}));
        QCOMPARE(kept.total(), 7);
        QCOMPARE(kept.toJson().value(u"rosters.csv"_s).toInteger(), 2);
        QString why;
        QVERIFY2(isValid(folder, &why), qPrintable(why));

        const AsmTables out = readPackage(folder);
        for (AsmTable t : kAsmTables) {
            // Every held row, then every row of the last delivery the held package lacks.
            QSet<QString> expected = rowContents(table(m_held, t));
            AsmRows removed{table(m_last, t).first()};
            const QSet<QString> heldKeys = [&] {
                QSet<QString> keys;
                for (const QByteArrayList &r : table(m_held, t).mid(1))
                    keys << QString::fromUtf8(r.first());
                if (t == AsmTable::Students || t == AsmTable::Staff) {
                    const AsmTable other =
                        t == AsmTable::Students ? AsmTable::Staff : AsmTable::Students;
                    for (const QByteArrayList &r : table(m_held, other).mid(1))
                        keys << QString::fromUtf8(r.first());
                }
                return keys;
            }();
            for (const QByteArrayList &r : table(m_last, t).mid(1)) {
                if (t == AsmTable::Rosters) {
                    if (r.at(2) == "S2" || r.at(2) == "S3")
                        removed.append(r);
                } else if (!heldKeys.contains(QString::fromUtf8(r.first()))) {
                    removed.append(r);
                }
            }
            expected += rowContents(removed);
            QCOMPARE(rowContents(table(out, t)), expected);
            QCOMPARE(table(out, t).size() - 1, table(m_held, t).size() - 1 + kept.rows[size_t(t)]);
        }
        // The wider headers, in Apple's order.
        QCOMPARE(table(out, AsmTable::Students).first(), asmHeader(AsmTable::Students, 2));
        QCOMPARE(table(out, AsmTable::Classes).first(), asmHeader(AsmTable::Classes, 1, 4));
        // The update goes through: S1 as the held package has it, once.
        const AsmRows &students = table(out, AsmTable::Students);
        QCOMPARE(column(students, rowWithKey(students, "S1"), "first_name"), QByteArray("Adah"));
        QCOMPARE(rowContents(students).size(), students.size() - 1);
        // A kept class is laid into the wider header with empty new columns.
        const AsmRows &classes = table(out, AsmTable::Classes);
        const QByteArrayList k2 = rowWithKey(classes, "K2");
        QCOMPARE(k2.size(), classes.first().size());
        QCOMPARE(column(classes, k2, "instructor_id"), QByteArray("T2"));
        QCOMPARE(column(classes, k2, "class_display_name"), QByteArray());
        QVERIFY(rowWithKey(table(out, AsmTable::Staff), "T3").isEmpty());
    }

    // The held package's header can be the narrower one too.
    void narrowerHeldHeaderIsWidened()
    {
        const QString folder = path(u"reverse"_s);
        KeptRemovals kept;
        QVERIFY(take(KeptRemovalsPackage::writeTables(m_lastZip, m_heldZip, folder), &kept));
        // S4 and R4 (and the class K1 is in both).
        QCOMPARE(kept.rows, (std::array<qint64, 6>{0, 1, 0, 0, 0, 1}));
        const AsmTables out = readPackage(folder);
        QCOMPARE(table(out, AsmTable::Students).first(), asmHeader(AsmTable::Students, 2));
        QCOMPARE(table(out, AsmTable::Classes).first(), asmHeader(AsmTable::Classes, 1, 4));
        const AsmRows &students = table(out, AsmTable::Students);
        QCOMPARE(column(students, rowWithKey(students, "S1"), "first_name"), QByteArray("Ada"));
        QCOMPARE(column(students, rowWithKey(students, "S4"), "location_id_2"), QByteArray("L1"));
        // T3 stays staff: in that package it is one.
        QVERIFY(rowWithKey(students, "T3").isEmpty());
        QString why;
        QVERIFY2(isValid(folder, &why), qPrintable(why));
    }

    void aKeptRowWhoseReferenceIsMissingFails()
    {
        AsmTables incomplete = m_last;
        add(incomplete, AsmTable::Rosters,
            {{"roster_id", "R9"}, {"class_id", "K9"}, {"student_id", "S3"}});
        const QString zip = path(u"rosterbridge-incomplete.zip"_s);
        writePackage(incomplete, zip);
        const Result<KeptRemovals> kept =
            KeptRemovalsPackage::writeTables(m_heldZip, zip, path(u"incomplete"_s));
        QVERIFY(!kept);
        for (const QString &part : {u"rosters.csv, line 5"_s, u"rosterbridge-incomplete.zip"_s,
                                    u"\"K9\""_s, u"classes.csv"_s})
            QVERIFY2(kept.error().contains(part), qPrintable(kept.error()));
    }

    void damagedInputFailsNamingIt()
    {
        const QString notAZip = path(u"not-a-zip.zip"_s);
        writeFile(notAZip, "this is not a zip");
        Result<KeptRemovals> kept =
            KeptRemovalsPackage::writeTables(notAZip, m_lastZip, path(u"d1"_s));
        QVERIFY(!kept);
        QVERIFY2(kept.error().contains(u"not-a-zip.zip"_s) &&
                     kept.error().contains(u"held for review"_s),
                 qPrintable(kept.error()));

        // A table is missing from the last delivery.
        QTemporaryDir five;
        for (AsmTable t : kAsmTables) {
            if (t == AsmTable::Rosters)
                continue;
            QFile file(five.filePath(asmFileName(t)));
            QVERIFY(file.open(QIODevice::WriteOnly));
            AsmCsvWriter writer(&file);
            for (const QByteArrayList &r : table(m_last, t))
                writer.writeRow(r);
            QVERIFY(writer.finish());
        }
        const QString without = path(u"rosterbridge-without-rosters.zip"_s);
        zipFolder(five.path(), without);
        kept = KeptRemovalsPackage::writeTables(m_heldZip, without, path(u"d3"_s));
        QVERIFY(!kept);
        QVERIFY2(kept.error().contains(u"rosterbridge-without-rosters.zip"_s) &&
                     kept.error().contains(u"rosters.csv"_s),
                 qPrintable(kept.error()));

        QByteArray bytes = readFile(m_lastZip);
        // Damage the deflated data of the first entry: it no longer inflates to what it held.
        const auto le16 = [&bytes](qsizetype at) {
            return qsizetype(quint8(bytes.at(at))) | (qsizetype(quint8(bytes.at(at + 1))) << 8);
        };
        const qsizetype data = 30 + le16(26) + le16(28);
        for (qsizetype i = data; i < data + 8 && i < bytes.size(); ++i)
            bytes[i] = char(bytes.at(i) ^ 0x5a);
        const QString damaged = path(u"rosterbridge-damaged.zip"_s);
        writeFile(damaged, bytes);
        kept = KeptRemovalsPackage::writeTables(m_heldZip, damaged, path(u"d2"_s));
        QVERIFY(!kept);
        QVERIFY2(kept.error().contains(u"rosterbridge-damaged.zip"_s) &&
                     kept.error().contains(u"last delivery"_s),
                 qPrintable(kept.error()));
    }

    void zipForAnApproval()
    {
        DeliveredZip last;
        last.runId = 7;
        last.fileName = u"rosterbridge-20260901-060000000.zip"_s;
        last.content = readFile(m_lastZip);
        const QString zip = path(u"approval/out.zip"_s);
        QDir().mkpath(path(u"approval"_s));
        KeptRemovals kept;
        QVERIFY(
            take(KeptRemovalsPackage::writeZip(m_heldZip, last, path(u"approval"_s), zip), &kept));
        QCOMPARE(kept.total(), 7);
        KeptRemovals again;
        QVERIFY(
            take(KeptRemovalsPackage::writeTables(m_heldZip, m_lastZip, path(u"again"_s)), &again));
        QCOMPARE(readPackage(zip), readPackage(path(u"again"_s)));

        // Nothing delivered before: nothing to keep, and nothing written.
        const QString none = path(u"approval/none.zip"_s);
        const Result<KeptRemovals> refused =
            KeptRemovalsPackage::writeZip(m_heldZip, std::nullopt, path(u"approval"_s), none);
        QVERIFY(!refused);
        QVERIFY2(refused.error().contains(u"nothing has been delivered before"_s),
                 qPrintable(refused.error()));
        QVERIFY(!QFile::exists(none));
    }
};

QTEST_GUILESS_MAIN(TestKeptRemovals)
#include "tst_keptremovals.moc"
