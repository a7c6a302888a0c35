#include "ResultCheck.h"
#include "asm/AsmCsvWriter.h"
#include "asm/AsmPackage.h"
#include "asm/AsmPackager.h"
#include "asm/AsmValidator.h"
#include "common/Findings.h"
#include "common/Hashing.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>

#include <array>
#include <map>

using namespace rb;

namespace {

using Tables = std::map<QString, QByteArray>;

// A small, valid upload; each test row changes one file of it.
Tables validSet()
{
    return {
        {QStringLiteral("locations.csv"), "location_id,location_name\n"
                                          "L1,\"North High\"\n"
                                          "L2,South\n"},
        {QStringLiteral("students.csv"),
         "person_id,person_number,first_name,middle_name,last_name,grade_level,email_address,"
         "sis_username,password_policy,location_id\n"
         "S1,1001,Ann,,Lee,9,ann@example.org,ann,8,L1\n"
         "S2,1002,Bob,,Ng,10,,,,L2\n"},
        {QStringLiteral("staff.csv"), "person_id,person_number,first_name,middle_name,last_name,"
                                      "email_address,sis_username,location_id\n"
                                      "T1,,Tara,,Moss,tara@example.org,,L1\n"
                                      "T2,,Tom,,Hale,,,L2\n"},
        {QStringLiteral("courses.csv"), "course_id,course_number,course_name,location_id\n"
                                        "C1,MATH9,Algebra,L1\n"},
        {QStringLiteral("classes.csv"), "class_id,class_number,course_id,instructor_id,"
                                        "instructor_id_2,instructor_id_3,location_id\n"
                                        "K1,1,C1,T1,T2,,L1\n"},
        {QStringLiteral("rosters.csv"), "roster_id,class_id,student_id\n"
                                        "R1,K1,S1\n"
                                        "R2,K1,S2\n"},
    };
}

void writeFolder(const QString &dir, const Tables &tables)
{
    for (const auto &[name, content] : tables) {
        QFile f(QDir(dir).filePath(name));
        QVERIFY(f.open(QIODevice::WriteOnly));
        QCOMPARE(f.write(content), content.size());
    }
}

QStringList describe(const Findings &findings)
{
    QStringList out;
    for (const Finding &f : findings.kept())
        out.append(severityName(f.severity) + QStringLiteral(": ") + f.toString());
    return out;
}

quint32 crc32(const QByteArray &data)
{
    quint32 crc = 0xFFFFFFFFu;
    for (char c : data) {
        crc ^= static_cast<unsigned char>(c);
        for (int k = 0; k < 8; ++k)
            crc = (crc >> 1) ^ (0xEDB88320u & (0u - (crc & 1u)));
    }
    return ~crc;
}

struct ZipEntry
{
    QByteArray name;
    QByteArray data;
    bool wrongCrc = false;
};

// A minimal zip with stored entries, so tests can build archives no packager would write.
QByteArray storedZip(const QList<ZipEntry> &entries)
{
    QByteArray out, directory;
    const auto u16 = [](QByteArray &b, quint16 v) {
        const quint16 le = qToLittleEndian(v);
        b.append(reinterpret_cast<const char *>(&le), 2);
    };
    const auto u32 = [](QByteArray &b, quint32 v) {
        const quint32 le = qToLittleEndian(v);
        b.append(reinterpret_cast<const char *>(&le), 4);
    };
    for (const ZipEntry &e : entries) {
        const quint32 crc = crc32(e.data) ^ (e.wrongCrc ? 0x1u : 0u);
        const quint32 offset = quint32(out.size());
        u32(out, 0x04034b50);
        for (quint16 v : {20, 0, 0, 0, 0x21})
            u16(out, v);
        u32(out, crc);
        u32(out, quint32(e.data.size()));
        u32(out, quint32(e.data.size()));
        u16(out, quint16(e.name.size()));
        u16(out, 0);
        out += e.name + e.data;

        u32(directory, 0x02014b50);
        for (quint16 v : {20, 20, 0, 0, 0, 0x21})
            u16(directory, v);
        u32(directory, crc);
        u32(directory, quint32(e.data.size()));
        u32(directory, quint32(e.data.size()));
        for (quint16 v : {quint16(e.name.size()), quint16(0), quint16(0), quint16(0), quint16(0)})
            u16(directory, v);
        u32(directory, 0);
        u32(directory, offset);
        directory += e.name;
    }
    const quint32 directoryOffset = quint32(out.size());
    out += directory;
    u32(out, 0x06054b50);
    for (quint16 v : {quint16(0), quint16(0), quint16(entries.size()), quint16(entries.size())})
        u16(out, v);
    u32(out, quint32(directory.size()));
    u32(out, directoryOffset);
    u16(out, 0);
    return out;
}

QList<ZipEntry> entriesOf(const Tables &tables)
{
    QList<ZipEntry> entries;
    for (const auto &[name, content] : tables)
        entries.append({name.toUtf8(), content});
    return entries;
}

} // namespace

class TestAsmValidator : public QObject
{
    Q_OBJECT

private:
    // Validates the valid set with one file replaced; returns every finding in full.
    QStringList validateWith(const QString &file, const QByteArray &content, bool *valid = nullptr)
    {
        QTemporaryDir dir;
        Tables tables = validSet();
        if (!file.isEmpty())
            tables[file] = content;
        writeFolder(dir.path(), tables);
        Findings findings(1000);
        const auto package = AsmPackage::open(dir.path(), &findings);
        if (!package)
            return describe(findings);
        AsmValidator validator(&findings);
        const bool ok = validator.validate(*package);
        if (valid)
            *valid = ok;
        return describe(findings);
    }

private slots:
    void referenceIndex()
    {
        AsmReferenceIndex index;
        for (quint64 key : {quint64(0), quint64(1), quint64(5), quint64(5), quint64(5), ~quint64(0),
                            quint64(1) << 63})
            index.add(key);
        for (int i = 0; i < 100000; ++i)
            index.add(hash64(QByteArray::number(i)));
        index.finish();
        QCOMPARE(index.size(), qsizetype(100005));
        QCOMPARE(index.duplicates(), (std::vector<quint64>{5}));
        QCOMPARE(index.repeatedCount(), qint64(2));
        for (quint64 key : {quint64(0), quint64(1), quint64(5), ~quint64(0), quint64(1) << 63})
            QVERIFY(index.contains(key));
        QVERIFY(!index.contains(2));
        for (int i = 0; i < 100000; ++i)
            QVERIFY(index.contains(hash64(QByteArray::number(i))));
        int falseHits = 0;
        for (int i = 100000; i < 200000; ++i)
            falseHits += index.contains(hash64(QByteArray::number(i)));
        QCOMPARE(falseHits, 0);

        AsmReferenceIndex withoutLookups;
        withoutLookups.add(7);
        withoutLookups.add(7);
        withoutLookups.finish(false);
        QCOMPARE(withoutLookups.duplicates(), (std::vector<quint64>{7}));
        QVERIFY(!withoutLookups.contains(7));
        QVERIFY(AsmReferenceIndex::pairHash("K1", "S12") !=
                AsmReferenceIndex::pairHash("K1S", "12"));
    }

    void validSetPasses()
    {
        QTemporaryDir dir;
        writeFolder(dir.path(), validSet());
        Findings findings;
        const auto package = AsmPackage::open(dir.path(), &findings);
        QVERIFY(package);
        AsmValidator validator(&findings);
        QVERIFY(validator.validate(*package));
        QCOMPARE(describe(findings), QStringList());
        QCOMPARE(validator.rowCount(AsmTable::Locations), qint64(2));
        QCOMPARE(validator.rowCount(AsmTable::Students), qint64(2));
        QCOMPARE(validator.rowCount(AsmTable::Staff), qint64(2));
        QCOMPARE(validator.rowCount(AsmTable::Courses), qint64(1));
        QCOMPARE(validator.rowCount(AsmTable::Classes), qint64(1));
        QCOMPARE(validator.rowCount(AsmTable::Rosters), qint64(2));
    }

    void goodVariants_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QByteArray>("content");
        QTest::newRow("extra location columns")
            << QStringLiteral("staff.csv")
            << QByteArray("person_id,person_number,first_name,middle_name,last_name,"
                          "email_address,sis_username,location_id,location_id_2,location_id_3\n"
                          "T1,,Tara,,Moss,,,L1,L2,\n"
                          "T2,,Tom,,Hale,,,L2,,\n");
        QTest::newRow("extra instructors and display name")
            << QStringLiteral("classes.csv")
            << QByteArray("class_id,class_number,course_id,instructor_id,instructor_id_2,"
                          "instructor_id_3,location_id,instructor_id_4,class_display_name\n"
                          "K1,1,C1,T1,,,L1,T2,\"Algebra 1\"\n");
        QTest::newRow("semicolon separator")
            << QStringLiteral("courses.csv")
            << QByteArray("course_id;course_number;course_name;location_id\n"
                          "C1;MATH9;\"Algebra; Part 1\";L1\n");
        QTest::newRow("password policies 4 6 and blank")
            << QStringLiteral("students.csv")
            << QByteArray("person_id,person_number,first_name,middle_name,last_name,grade_level,"
                          "email_address,sis_username,password_policy,location_id\n"
                          "S1,,Ann,,Lee,,,,4,L1\nS2,,Bob,,Ng,,,,6,L2\nS3,,Cy,,Li,,,,,L2\n");
        QTest::newRow("accented names")
            << QStringLiteral("locations.csv")
            << QByteArray("location_id,location_name\nL1,\"École Saint-Jean\"\nL2,Zoë\n");
        QTest::newRow("empty rosters")
            << QStringLiteral("rosters.csv") << QByteArray("roster_id,class_id,student_id\n");
    }
    void goodVariants()
    {
        QFETCH(QString, file);
        QFETCH(QByteArray, content);
        bool valid = false;
        const QStringList findings = validateWith(file, content, &valid);
        QCOMPARE(findings, QStringList());
        QVERIFY(valid);
    }

    void rules_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("expected");

        const QByteArray studentsHeader =
            "person_id,person_number,first_name,middle_name,last_name,grade_level,email_address,"
            "sis_username,password_policy,location_id\n";
        const QByteArray staffHeader = "person_id,person_number,first_name,middle_name,last_name,"
                                       "email_address,sis_username,location_id\n";
        const QByteArray classesHeader = "class_id,class_number,course_id,instructor_id,"
                                         "instructor_id_2,instructor_id_3,location_id\n";
        const QString students = QStringLiteral("students.csv");
        const QString staff = QStringLiteral("staff.csv");
        const QString classes = QStringLiteral("classes.csv");
        const QString rosters = QStringLiteral("rosters.csv");
        const QString locations = QStringLiteral("locations.csv");
        const QString courses = QStringLiteral("courses.csv");

        // Headers.
        QTest::newRow("missing column")
            << locations << QByteArray("location_id\nL1\nL2\n")
            << QStringLiteral(
                   "error: locations.csv:1: location_name: The column from Apple's template is "
                   "missing.");
        QTest::newRow("unknown column")
            << courses
            << QByteArray("course_id,course_number,course_name,location_id,term\n"
                          "C1,M,Algebra,L1,x\n")
            << QStringLiteral("error: courses.csv:1: term: Unknown column. Apple's template for "
                              "courses.csv has no such column.");
        QTest::newRow("column case")
            << locations << QByteArray("location_id,Location_Name\nL1,x\nL2,y\n")
            << QStringLiteral("error: locations.csv:1: Location_Name: Unknown column. Column "
                              "names are case-sensitive: write location_name.");
        QTest::newRow("space after separator")
            << locations << QByteArray("location_id, location_name\nL1,x\nL2,y\n")
            << QStringLiteral("error: locations.csv:1:  location_name: Unknown column. Remove "
                              "the spaces around the column name.");
        QTest::newRow("duplicate column")
            << locations << QByteArray("location_id,location_name,location_name\nL1,x,x\nL2,y,y\n")
            << QStringLiteral("error: locations.csv:1: location_name: The column appears more "
                              "than once (columns 2 and 3).");
        QTest::newRow("column order")
            << courses
            << QByteArray("course_id,course_name,course_number,location_id\n"
                          "C1,Algebra,M,L1\n")
            << QStringLiteral("error: courses.csv:1: course_name: The column must come after "
                              "course_number, as in Apple's template.");
        QTest::newRow("location column gap")
            << staff
            << QByteArray(staffHeader.trimmed() + ",location_id_3\nT1,,Tara,,Moss,,,L1,L2\n"
                                                  "T2,,Tom,,Hale,,,L2,\n")
            << QStringLiteral("error: staff.csv:1: location_id_2: The column is missing although "
                              "location_id_3 is present; extra columns must be numbered without "
                              "gaps.");
        QTest::newRow("location column in courses")
            << courses
            << QByteArray("course_id,course_number,course_name,location_id,"
                          "location_id_2\nC1,M,A,L1,L2\n")
            << QStringLiteral("error: courses.csv:1: location_id_2: Unknown column. Apple allows "
                              "location_id_2 to location_id_999, in students.csv and staff.csv "
                              "only.");
        QTest::newRow("sixteenth instructor")
            << classes
            << QByteArray(classesHeader.trimmed() +
                          ",instructor_id_4,instructor_id_5,instructor_id_6,instructor_id_7,"
                          "instructor_id_8,instructor_id_9,instructor_id_10,instructor_id_11,"
                          "instructor_id_12,instructor_id_13,instructor_id_14,instructor_id_15,"
                          "instructor_id_16\nK1,1,C1,T1,,,L1,,,,,,,,,,,,,\n")
            << QStringLiteral("error: classes.csv:1: instructor_id_16: Unknown column. Apple "
                              "allows at most 15 instructors per class.");
        QTest::newRow("bom") << locations
                             << QByteArray("\xEF\xBB\xBFlocation_id,location_name\nL1,x\nL2,y\n")
                             << QStringLiteral("error: locations.csv:1: The file starts with a "
                                               "UTF-8 byte order mark; Apple requires UTF-8 "
                                               "without one.");
        QTest::newRow("crlf") << locations
                              << QByteArray("location_id,location_name\r\nL1,x\r\nL2,y\r\n")
                              << QStringLiteral("error: locations.csv:1: The file uses Windows "
                                                "line ends (CR LF); Apple requires \\n line "
                                                "ends.");
        QTest::newRow("no header") << courses << QByteArray()
                                   << QStringLiteral("error: courses.csv:1: The file is empty; it "
                                                     "must start with Apple's header line.");

        // Rows and values.
        QTest::newRow("field count")
            << courses
            << QByteArray("course_id,course_number,course_name,location_id\nC1,M,Algebra\n")
            << QStringLiteral(
                   "error: courses.csv:2: The row has 3 values but the header has 4 columns.");
        QTest::newRow("empty line")
            << rosters << QByteArray("roster_id,class_id,student_id\nR1,K1,S1\n\nR2,K1,S2\n")
            << QStringLiteral("error: rosters.csv:3: The line is empty.");
        QTest::newRow("required value")
            << students << QByteArray(studentsHeader + "S1,,,,Lee,,,,,L1\nS2,,Bob,,Ng,,,,,L2\n")
            << QStringLiteral("error: students.csv:2: first_name: A value is required.");
        QTest::newRow("required location")
            << courses << QByteArray("course_id,course_number,course_name,location_id\nC1,,,\n")
            << QStringLiteral("error: courses.csv:2: location_id: A value is required.");
        QTest::newRow("password policy")
            << students << QByteArray(studentsHeader + "S1,,Ann,,Lee,,,,5,L1\nS2,,Bob,,Ng,,,,,L2\n")
            << QStringLiteral("error: students.csv:2: password_policy: \"5\" is not a password "
                              "policy; use 4, 6, 8 or leave it blank.");
        QTest::newRow("identifier underscore")
            << locations << QByteArray("location_id,location_name\nL1,x\nL_2,y\n")
            << QStringLiteral("error: locations.csv:3: location_id: \"L_2\" contains \"_\" "
                              "(U+005F); Apple allows only letters A-Z, digits and hyphens in "
                              "identifiers.");
        QTest::newRow("identifier accent")
            << courses << QByteArray("course_id,course_number,course_name,location_id\nCé,,,L1\n")
            << QStringLiteral("error: courses.csv:2: course_id: \"Cé\" contains \"é\" (U+00E9); "
                              "Apple allows only letters A-Z, digits and hyphens in "
                              "identifiers.");
        QTest::newRow("identifier space")
            << rosters << QByteArray("roster_id,class_id,student_id\n\"R 1\",K1,S1\nR2,K1,S2\n")
            << QStringLiteral("error: rosters.csv:2: roster_id: \"R 1\" contains \" \" (U+0020); "
                              "Apple allows only letters A-Z, digits and hyphens in "
                              "identifiers.");
        QTest::newRow("invalid utf8")
            << locations << QByteArray("location_id,location_name\nL1,Jos\xE9\nL2,y\n")
            << QStringLiteral(
                   "error: locations.csv:2: location_name: The value is not valid UTF-8 (at "
                   "byte 4).");
        QTest::newRow("long identifier")
            << courses
            << QByteArray("course_id,course_number,course_name,location_id\nC1,,,L1\n" +
                          QByteArray(257, 'C') + ",,,L1\n")
            << QStringLiteral("warning: courses.csv:3: course_id: The identifier is 257 "
                              "characters long; Apple's limit is 256.");
        QTest::newRow("long name")
            << courses
            << QByteArray("course_id,course_number,course_name,location_id\nC1,," +
                          QByteArray(1025, 'a') + ",L1\n")
            << QStringLiteral("warning: courses.csv:2: course_name: The name is 1025 characters "
                              "long; Apple's limit is 1024.");
        QTest::newRow("long name in characters")
            << courses
            << QByteArray("course_id,course_number,course_name,location_id\nC1,,\"" +
                          QByteArray("é").repeated(1025) + "\",L1\n")
            << QStringLiteral("warning: courses.csv:2: course_name: The name is 1025 characters "
                              "long; Apple's limit is 1024.");

        // Keys.
        QTest::newRow("duplicate location")
            << locations << QByteArray("location_id,location_name\nL1,x\nL2,y\nL1,z\n")
            << QStringLiteral("error: locations.csv:4: location_id: Duplicate location_id \"L1\"; "
                              "first used at locations.csv:2.");
        QTest::newRow("duplicate course")
            << courses
            << QByteArray("course_id,course_number,course_name,location_id\n"
                          "C1,,,L1\nC1,,,L2\n")
            << QStringLiteral("error: courses.csv:3: course_id: Duplicate course_id \"C1\"; first "
                              "used at courses.csv:2.");
        QTest::newRow("duplicate class")
            << classes << QByteArray(classesHeader + "K1,1,C1,T1,,,L1\nK1,2,C1,T2,,,L1\n")
            << QStringLiteral("error: classes.csv:3: class_id: Duplicate class_id \"K1\"; first "
                              "used at classes.csv:2.");
        QTest::newRow("duplicate roster id")
            << rosters << QByteArray("roster_id,class_id,student_id\nR1,K1,S1\nR1,K1,S2\n")
            << QStringLiteral("error: rosters.csv:3: roster_id: Duplicate roster_id \"R1\"; first "
                              "used at rosters.csv:2.");
        QTest::newRow("duplicate student")
            << students
            << QByteArray(studentsHeader + "S1,,Ann,,Lee,,,,,L1\nS2,,Bob,,Ng,,,,,L2\n"
                                           "S1,,Ann,,Lee,,,,,L2\n")
            << QStringLiteral("error: students.csv:4: person_id: Duplicate person_id \"S1\"; "
                              "first used at students.csv:2.");
        QTest::newRow("person in students and staff")
            << staff << QByteArray(staffHeader + "T1,,Tara,,Moss,,,L1\nS2,,Bob,,Ng,,,L2\n")
            << QStringLiteral("error: staff.csv:3: person_id: Duplicate person_id \"S2\"; first "
                              "used at students.csv:3.");

        // References.
        QTest::newRow("student location")
            << students << QByteArray(studentsHeader + "S1,,Ann,,Lee,,,,,L9\nS2,,Bob,,Ng,,,,,L2\n")
            << QStringLiteral("error: students.csv:2: location_id: \"L9\" does not match any "
                              "location_id in locations.csv.");
        QTest::newRow("extra location column")
            << staff
            << QByteArray(staffHeader.trimmed() + ",location_id_2\nT1,,Tara,,Moss,,,L1,L7\n"
                                                  "T2,,Tom,,Hale,,,L2,\n")
            << QStringLiteral("error: staff.csv:2: location_id_2: \"L7\" does not match any "
                              "location_id in locations.csv.");
        QTest::newRow("course location")
            << courses << QByteArray("course_id,course_number,course_name,location_id\nC1,,,L3\n")
            << QStringLiteral("error: courses.csv:2: location_id: \"L3\" does not match any "
                              "location_id in locations.csv.");
        QTest::newRow("class course")
            << classes << QByteArray(classesHeader + "K1,1,C2,T1,,,L1\n")
            << QStringLiteral("error: classes.csv:2: course_id: \"C2\" does not match any "
                              "course_id in courses.csv.");
        QTest::newRow("instructor")
            << classes << QByteArray(classesHeader + "K1,1,C1,T1,,T9,L1\n")
            << QStringLiteral("error: classes.csv:2: instructor_id_3: \"T9\" does not match any "
                              "person_id in staff.csv.");
        QTest::newRow("student as instructor")
            << classes << QByteArray(classesHeader + "K1,1,C1,S1,,,L1\n")
            << QStringLiteral("error: classes.csv:2: instructor_id: \"S1\" does not match any "
                              "person_id in staff.csv.");
        QTest::newRow("roster class")
            << rosters << QByteArray("roster_id,class_id,student_id\nR1,K2,S1\nR2,K1,S2\n")
            << QStringLiteral("error: rosters.csv:2: class_id: \"K2\" does not match any class_id "
                              "in classes.csv.");
        QTest::newRow("roster student")
            << rosters << QByteArray("roster_id,class_id,student_id\nR1,K1,S1\nR2,K1,T1\n")
            << QStringLiteral("error: rosters.csv:3: student_id: \"T1\" does not match any "
                              "person_id in students.csv.");

        // Per-class rules and empty tables.
        QTest::newRow("instructor twice")
            << classes << QByteArray(classesHeader + "K1,1,C1,T1,T2,T1,L1\n")
            << QStringLiteral("error: classes.csv:2: instructor_id_3: Instructor \"T1\" is "
                              "already listed in instructor_id of this class.");
        QTest::newRow("student twice in class")
            << rosters
            << QByteArray("roster_id,class_id,student_id\nR1,K1,S1\nR2,K1,S2\nR3,K1,S1\n")
            << QStringLiteral("warning: rosters.csv:4: student_id: Student \"S1\" is listed in "
                              "class \"K1\" more than once; first at rosters.csv:2.");
        QTest::newRow("no students")
            << students << studentsHeader
            << QStringLiteral(
                   "error: students.csv: The file has no students; Apple needs at least one.");
        QTest::newRow("no locations")
            << locations << QByteArray("location_id,location_name\n")
            << QStringLiteral(
                   "error: locations.csv: The file has no locations; Apple needs at least one.");
    }
    void rules()
    {
        QFETCH(QString, file);
        QFETCH(QByteArray, content);
        QFETCH(QString, expected);
        bool valid = true;
        const QStringList findings = validateWith(file, content, &valid);
        QVERIFY2(findings.contains(expected), qPrintable(findings.join(u'\n')));
        QCOMPARE(valid, expected.startsWith(QStringLiteral("warning")));
    }

    void folderStructure()
    {
        QTemporaryDir dir;
        Tables tables = validSet();
        tables.erase(QStringLiteral("rosters.csv"));
        tables[QStringLiteral("Rosters.csv")] = "roster_id,class_id,student_id\n";
        tables[QStringLiteral("notes.txt")] = "x";
        writeFolder(dir.path(), tables);
        QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("old")));
        Findings findings;
        const auto package = AsmPackage::open(dir.path(), &findings);
        QVERIFY(package);
        QVERIFY(!package->hasTable(AsmTable::Rosters));
        QVERIFY(!package->openTable(AsmTable::Rosters));
        const QString folder = QFileInfo(dir.path()).fileName();
        QCOMPARE(describe(findings),
                 (QStringList{
                     QStringLiteral("error: %1: \"Rosters.csv\" must be named exactly "
                                    "\"rosters.csv\"; Apple's file names are case-sensitive.")
                         .arg(folder),
                     QStringLiteral("warning: %1: \"notes.txt\" is not one of Apple's six template "
                                    "files. It is not part of the upload and will not be "
                                    "delivered.")
                         .arg(folder),
                     QStringLiteral("warning: %1: \"old/\" is a folder; the six files must be at "
                                    "the top level. It is not part of the upload and will not be "
                                    "delivered.")
                         .arg(folder),
                     QStringLiteral("error: rosters.csv: The file is missing from %1; Apple needs "
                                    "all six files in every upload.")
                         .arg(folder),
                 }));
    }

    void zipStructure_data()
    {
        QTest::addColumn<QList<ZipEntry>>("entries");
        QTest::addColumn<QString>("expected");
        QList<ZipEntry> inFolder = entriesOf(validSet());
        inFolder[0].name = "export/" + inFolder[0].name;
        QTest::newRow("file in folder")
            << inFolder
            << QStringLiteral("error: up.zip: \"export/classes.csv\" is inside a folder; the six "
                              "files must be at the top level. Apple rejects it.");
        QList<ZipEntry> withDir = entriesOf(validSet());
        withDir.append(ZipEntry{"__MACOSX/", {}});
        QTest::newRow("folder entry") << withDir
                                      << QStringLiteral("error: up.zip: \"__MACOSX/\" is a folder; "
                                                        "the six files must be at the top level. "
                                                        "Apple rejects it.");
        QList<ZipEntry> extra = entriesOf(validSet());
        extra.append(ZipEntry{".DS_Store", "x"});
        QTest::newRow("extra file")
            << extra
            << QStringLiteral("error: up.zip: \".DS_Store\" is not one of Apple's six template "
                              "files. Apple rejects it.");
        QList<ZipEntry> twice = entriesOf(validSet());
        twice.append(twice.constLast());
        QTest::newRow("entry twice")
            << twice
            << QStringLiteral("error: up.zip: \"students.csv\" appears more than once in "
                              "the zip.");
        QList<ZipEntry> caseWrong = entriesOf(validSet());
        caseWrong[1].name = "Courses.csv";
        QTest::newRow("name case")
            << caseWrong
            << QStringLiteral(
                   "error: up.zip: \"Courses.csv\" must be named exactly \"courses.csv\"; "
                   "Apple's file names are case-sensitive.");
        QList<ZipEntry> missing = entriesOf(validSet());
        missing.removeLast();
        QTest::newRow("missing") << missing
                                 << QStringLiteral("error: students.csv: The file is missing from "
                                                   "up.zip; Apple needs all six files in every "
                                                   "upload.");
    }
    void zipStructure()
    {
        QFETCH(QList<ZipEntry>, entries);
        QFETCH(QString, expected);
        QTemporaryDir dir;
        const QString zipPath = dir.filePath(QStringLiteral("up.zip"));
        QFile f(zipPath);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(storedZip(entries));
        f.close();
        Findings findings;
        const auto package = AsmPackage::open(zipPath, &findings);
        QVERIFY(package);
        QVERIFY2(describe(findings).contains(expected), qPrintable(describe(findings).join(u'\n')));
    }

    void zipWithWrongChecksum()
    {
        QList<ZipEntry> entries = entriesOf(validSet());
        QCOMPARE(entries[4].name, QByteArray("staff.csv"));
        entries[4].wrongCrc = true;
        QTemporaryDir dir;
        const QString zipPath = dir.filePath(QStringLiteral("up.zip"));
        QFile f(zipPath);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(storedZip(entries));
        f.close();

        Findings findings;
        const auto package = AsmPackage::open(zipPath, &findings);
        QVERIFY(package);
        QCOMPARE(findings.totalCount(), qint64(0));
        AsmValidator validator(&findings);
        QVERIFY(!validator.validate(*package));
        QVERIFY2(describe(findings).contains(QStringLiteral(
                     "error: staff.csv:4: Reading the file failed: \"staff.csv\" in the zip is "
                     "damaged: its checksum (CRC) does not match its data.")),
                 qPrintable(describe(findings).join(u'\n')));
    }

    void packagedZipValidates()
    {
        QTemporaryDir dir;
        const QString folder = dir.filePath(QStringLiteral("set"));
        QVERIFY(QDir().mkpath(folder));
        writeFolder(folder, validSet());
        writeFolder(folder, {{QStringLiteral("ignored.txt"), "x"}});
        const QString zipPath = dir.filePath(QStringLiteral("upload.zip"));
        QVERIFY_OK(AsmPackager::writeZip(folder, zipPath));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files),
                 QStringList{QStringLiteral("upload.zip")});

        Findings findings;
        const auto package = AsmPackage::open(zipPath, &findings);
        QVERIFY(package);
        QCOMPARE(package->kind(), AsmPackage::Kind::Zip);
        AsmValidator validator(&findings);
        QVERIFY(validator.validate(*package));
        QCOMPARE(describe(findings), QStringList());
        QCOMPARE(validator.rowCount(AsmTable::Rosters), qint64(2));
        for (const auto &[name, content] : validSet()) {
            AsmTable table;
            QVERIFY(asmTableFromFileName(name, &table));
            const Result<std::unique_ptr<QIODevice>> device = package->openTable(table);
            QVERIFY2(device, qPrintable(device.error()));
            QCOMPARE((*device)->readAll(), content);
        }

        // The same files give the same bytes.
        const QString again = dir.filePath(QStringLiteral("again.zip"));
        QVERIFY(AsmPackager::writeZip(folder, again));
        QFile a(zipPath), b(again);
        QVERIFY(a.open(QIODevice::ReadOnly) && b.open(QIODevice::ReadOnly));
        QCOMPARE(a.readAll(), b.readAll());
    }

    void packagerNeverLeavesPartialZip()
    {
        QTemporaryDir dir;
        const QString folder = dir.filePath(QStringLiteral("set"));
        QVERIFY(QDir().mkpath(folder));
        Tables tables = validSet();
        tables.erase(QStringLiteral("classes.csv"));
        writeFolder(folder, tables);
        const QString zipPath = dir.filePath(QStringLiteral("upload.zip"));
        const Result<void> written = AsmPackager::writeZip(folder, zipPath);
        QVERIFY(!written);
        QVERIFY2(written.error().contains(QStringLiteral("classes.csv is missing")),
                 qPrintable(written.error()));
        QVERIFY(!QFile::exists(zipPath));

        // A failed write keeps the previous zip untouched.
        writeFolder(dir.path(), {{QStringLiteral("upload.zip"), "previous"}});
        QVERIFY(!AsmPackager::writeZip(folder, zipPath));
        QFile kept(zipPath);
        QVERIFY(kept.open(QIODevice::ReadOnly));
        QCOMPARE(kept.readAll(), QByteArray("previous"));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files),
                 QStringList{QStringLiteral("upload.zip")});
    }

    void damagedZip_data()
    {
        QTest::addColumn<int>("cut");
        QTest::newRow("truncated end") << 30;
        QTest::newRow("half") << -2;
        QTest::newRow("not a zip") << -1;
    }
    void damagedZip()
    {
        QFETCH(int, cut);
        QTemporaryDir dir;
        const QString folder = dir.filePath(QStringLiteral("set"));
        QVERIFY(QDir().mkpath(folder));
        writeFolder(folder, validSet());
        const QString zipPath = dir.filePath(QStringLiteral("up.zip"));
        QVERIFY(AsmPackager::writeZip(folder, zipPath));
        QFile f(zipPath);
        QVERIFY(f.open(QIODevice::ReadWrite));
        if (cut == -1) {
            QVERIFY(f.resize(0));
            f.write("this is not a zip archive at all");
        } else {
            QVERIFY(f.resize(cut == -2 ? f.size() / 2 : f.size() - cut));
        }
        f.close();
        Findings findings;
        QVERIFY(!AsmPackage::open(zipPath, &findings));
        QCOMPARE(findings.errorCount(), qint64(1));
        const Finding finding = findings.kept().constFirst();
        QCOMPARE(finding.file, QStringLiteral("up.zip"));
        QCOMPARE(finding.code, QStringLiteral("asm.zip.damaged"));
        QVERIFY2(finding.message.contains(QStringLiteral("damaged, truncated or not a zip")),
                 qPrintable(finding.message));
    }

    void corruptDeflatedDataIsAnError()
    {
        // Enough rows that the middle of the zip is compressed roster data.
        QTemporaryDir dir;
        const QString folder = dir.filePath(QStringLiteral("set"));
        QVERIFY(QDir().mkpath(folder));
        Tables tables = validSet();
        QByteArray rosters = "roster_id,class_id,student_id\n";
        for (int i = 0; i < 50000; ++i)
            rosters += "R" + QByteArray::number(i * 7919 % 100003) + ",K1,S" +
                       QByteArray::number(i % 2 + 1) + "\n";
        tables[QStringLiteral("rosters.csv")] = rosters;
        writeFolder(folder, tables);
        const QString zipPath = dir.filePath(QStringLiteral("up.zip"));
        QVERIFY(AsmPackager::writeZip(folder, zipPath));
        QFile f(zipPath);
        QVERIFY(f.open(QIODevice::ReadWrite));
        const qint64 middle = f.size() / 2;
        QVERIFY(f.seek(middle));
        QByteArray bytes = f.read(16);
        for (char &c : bytes)
            c = char(~c);
        QVERIFY(f.seek(middle));
        f.write(bytes);
        f.close();

        Findings findings;
        const auto package = AsmPackage::open(zipPath, &findings);
        QVERIFY(package);
        AsmValidator validator(&findings);
        QVERIFY(!validator.validate(*package));
        bool reported = false;
        for (const Finding &finding : findings.kept()) {
            reported = reported || (finding.file == u"rosters.csv" && finding.code == u"csv.read" &&
                                    finding.message.contains(QStringLiteral("is damaged")));
        }
        QVERIFY2(reported, qPrintable(describe(findings).join(u'\n')));
    }

    void largeGeneratedSet()
    {
        QTemporaryDir dir;
        Tables tables = validSet();
        tables.erase(QStringLiteral("students.csv"));
        tables.erase(QStringLiteral("rosters.csv"));
        writeFolder(dir.path(), tables);
        constexpr int kStudents = 20000;
        constexpr int kRosters = 200000;
        {
            QFile file(dir.filePath(QStringLiteral("students.csv")));
            QVERIFY(file.open(QIODevice::WriteOnly));
            AsmCsvWriter writer(&file);
            writer.writeRow(asmHeader(AsmTable::Students));
            for (int i = 0; i < kStudents; ++i) {
                const QByteArray n = QByteArray::number(i);
                writer.writeRow(QByteArrayList{"S" + n, n, "First " + n, "", "Last, " + n, "9", "",
                                               "", "", i % 2 ? "L1" : "L2"});
            }
            QVERIFY(writer.finish());
        }
        {
            QFile file(dir.filePath(QStringLiteral("rosters.csv")));
            QVERIFY(file.open(QIODevice::WriteOnly));
            AsmCsvWriter writer(&file);
            writer.writeRow(asmHeader(AsmTable::Rosters));
            for (int i = 0; i < kRosters; ++i) {
                writer.writeRow(QByteArrayList{"R" + QByteArray::number(i), "K1",
                                               "S" + QByteArray::number(i % kStudents)});
            }
            QVERIFY(writer.finish());
        }
        Findings findings;
        const auto package = AsmPackage::open(dir.path(), &findings);
        QVERIFY(package);
        AsmValidator validator(&findings);
        QVERIFY(validator.validate(*package));
        QCOMPARE(validator.rowCount(AsmTable::Students), qint64(kStudents));
        QCOMPARE(validator.rowCount(AsmTable::Rosters), qint64(kRosters));
        // Every student is in K1 ten times: nine repeats each, only the first few kept in full.
        QCOMPARE(findings.errorCount(), qint64(0));
        QCOMPARE(findings.warningCount(), qint64(kRosters - kStudents));
        QCOMPARE(findings.kept().constFirst().toString(),
                 QStringLiteral("rosters.csv:20002: student_id: Student \"S0\" is listed in class "
                                "\"K1\" more than once; first at rosters.csv:2."));
    }
};

QTEST_GUILESS_MAIN(TestAsmValidator)
#include "tst_asmvalidator.moc"
