#include "ConversionFixture.h"

#include "oneroster/OneRosterCsvLoader.h"
#include "pipeline/RosterConverter.h"
#include "roster/RosterStore.h"

#include <QDir>
#include <QTest>

using namespace rb;
using namespace rb::test;
using namespace Qt::StringLiterals;

// Every kind of broken OneRoster export must end in a finding that names the file, line and
// field, and in no output.
class TestOneRosterBadInput : public QObject
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
    void badInput_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("expected");
        const QByteArray users = ConversionFixture::fixtureFile(QStringLiteral("users.csv"));
        const QByteArray enrollments =
            ConversionFixture::fixtureFile(QStringLiteral("enrollments.csv"));
        const QByteArray sessions =
            ConversionFixture::fixtureFile(QStringLiteral("academicSessions.csv"));
        QTest::newRow("missing users") << QStringLiteral("users.csv") << QByteArray()
                                       << QStringLiteral("users.csv: the manifest lists this "
                                                         "file but it is not in the export");
        QTest::newRow("wrong header")
            << QStringLiteral("users.csv") << QByteArray(users).replace("givenName", "givenname")
            << QStringLiteral("users.csv:1: givenName: required column is missing from the "
                              "header (found \"givenname\"; column names are case-sensitive)");
        QTest::newRow("duplicate id")
            << QStringLiteral("users.csv")
            << QByteArray(users).replace("tch-3,active", "tch-2,active")
            << QStringLiteral("users.csv:9: sourcedId: duplicate sourcedId; it is first used on "
                              "line 8");
        QTest::newRow("duplicate enrollment")
            << QStringLiteral("enrollments.csv")
            << QByteArray(enrollments).replace("enr-11,", "enr-10,")
            << QStringLiteral("enrollments.csv:12: sourcedId: duplicate sourcedId; it is first "
                              "used on line 11");
        QTest::newRow("bad date")
            << QStringLiteral("academicSessions.csv")
            << QByteArray(sessions).replace("2026-12-20", "2026-13-20")
            << QStringLiteral("academicSessions.csv:5: endDate: \"2026-13-20\" is not a date "
                              "(YYYY-MM-DD)");
        QTest::newRow("invalid utf-8")
            << QStringLiteral("users.csv") << QByteArray(users).replace("Zoë", "Zo\xEB")
            << QStringLiteral("users.csv:3: givenName: the text is not valid UTF-8 (byte 0xEB)");
        QTest::newRow("empty users")
            << QStringLiteral("users.csv") << users.left(users.indexOf('\n') + 1)
            << QStringLiteral("users.csv: the file has a header but no data rows");
        QTest::newRow("zero-byte users")
            << QStringLiteral("users.csv") << QByteArray("")
            << QStringLiteral("users.csv:1: the file is empty; a header row is required");
        QTest::newRow("delta manifest")
            << QStringLiteral("manifest.csv")
            << ConversionFixture::fixtureFile(QStringLiteral("manifest.csv"))
                   .replace("file.users,bulk", "file.users,delta")
            << QStringLiteral("users.csv: the manifest marks this file as a delta");
        QTest::newRow("bad status")
            << QStringLiteral("users.csv")
            << QByteArray(users).replace("stu-3,active", "stu-3,retired")
            << QStringLiteral("users.csv:4: status: \"retired\" is not a status");
        QTest::newRow("short row")
            << QStringLiteral("orgs.csv")
            << ConversionFixture::fixtureFile(QStringLiteral("orgs.csv")).append("sch-x,active\n")
            << QStringLiteral("orgs.csv:7: the row has 2 fields but the header has 7");
        QTest::newRow("unclosed quote")
            << QStringLiteral("courses.csv")
            << ConversionFixture::fixtureFile(QStringLiteral("courses.csv"))
                   .append("crs-x,active,,,\"Open")
            << QStringLiteral("courses.csv:6: a quoted field that starts on line 6 is never "
                              "closed");
        QTest::newRow("missing name")
            << QStringLiteral("users.csv") << QByteArray(users).replace(",Zoë,O'Brien,", ",Zoë,,")
            << QStringLiteral("users.csv:3: familyName: a name is required");
    }
    void badInput()
    {
        QFETCH(QString, file);
        QFETCH(QByteArray, content);
        QFETCH(QString, expected);
        auto out = convert(m_fixture.variant(file, content), baseFilters());
        QVERIFY(!out->ok);
        QVERIFY(out->findings.hasErrors());
        const QString lines = out->findings.lines().join(u'\n');
        QVERIFY2(lines.contains(QStringLiteral("error: ") + expected), qPrintable(lines));
    }

    // A withdrawn student's enrollment, a class that is gone: the row is skipped with a
    // warning naming the missing id; the night's export still goes out.
    void referenceToNothingSkipsTheRow()
    {
        const QByteArray enrollments =
            ConversionFixture::fixtureFile(QStringLiteral("enrollments.csv"));
        auto out = convert(
            m_fixture.variant(QStringLiteral("enrollments.csv"),
                              QByteArray(enrollments)
                                  .replace("enr-8,active,2026-08-01T00:00:00.000Z,cls-art-s1",
                                           "enr-8,active,2026-08-01T00:00:00.000Z,cls-nope")),
            baseFilters());
        const QString lines = out->findings.lines().join(u'\n');
        QVERIFY2(out->ok, qPrintable(lines));
        QVERIFY2(lines.contains(u"warning: enrollments.csv:9: classSourcedId: no class has the "
                                u"sourcedId \"cls-nope\"; the enrollment is skipped"),
                 qPrintable(lines));
        QVERIFY(!out->keys(AsmTable::Rosters).contains("enr-8"));
    }

    // More text than a TextRef can address ends the run with an error, not a crash or
    // silently blank values (shown with a small limit; the real one is 4 GiB).
    void textBeyondTheArenaIsAnError()
    {
        StringArena arena(10);
        QCOMPARE(arena.add("0123456789").length, 10u);
        const TextRef over = arena.add("x");
        QVERIFY(over.isEmpty());
        QVERIFY(arena.overflowed());
        QVERIFY(arena.add("").isEmpty());
        QVERIFY(arena.add("y").isEmpty());
        QCOMPARE(arena.bytes(), 10);

        Findings findings;
        const auto source = OneRosterSource::open(oneRosterFixture(u"v11-basic"_s), &findings);
        QVERIFY(source);
        RosterStore store;
        store.arena = StringArena(64);
        OneRosterCsvLoader loader(*source, &store, &findings);
        QVERIFY(!loader.loadEntities(true));
        QStringList codes;
        for (const Finding &f : findings.kept())
            codes << f.code;
        QVERIFY2(codes.contains(u"export.tooLarge"_s), qPrintable(findings.lines().join(u'\n')));
    }

    void truncatedZip()
    {
        const QString fixture = QStringLiteral("v11-basic");
        const QString zip = m_fixture.path(fixture + QStringLiteral("-cut.zip"));
        zipFolder(oneRosterFixture(fixture), zip);
        QByteArray bytes = readFile(zip);
        writeFile(zip, bytes.left(bytes.size() / 2));
        auto out = convert(zip, baseFilters());
        QVERIFY(!out->ok);
        const QString lines = out->findings.lines().join(u'\n');
        QVERIFY2(lines.contains(u"damaged or truncated"), qPrintable(lines));
    }

    void corruptZipEntry()
    {
        const QString fixture = QStringLiteral("v11-basic");
        const QString zip = m_fixture.path(fixture + QStringLiteral("-crc.zip"));
        zipFolder(oneRosterFixture(fixture), zip);
        QByteArray bytes = readFile(zip);
        // Flip a byte inside users.csv's compressed data: the checksum must catch it.
        const qsizetype at = bytes.indexOf("users.csv") + 40;
        bytes[at] = char(bytes.at(at) ^ 0x55);
        writeFile(zip, bytes);
        auto out = convert(zip, baseFilters());
        QVERIFY(!out->ok);
        QVERIFY(out->findings.hasErrors());
    }
};

QTEST_GUILESS_MAIN(TestOneRosterBadInput)
#include "tst_onerosterbadinput.moc"
