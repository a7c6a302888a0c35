#include "ConversionFixture.h"
#include "asm/UserIds.h"
#include "store/Profile.h"
#include "store/SecretStore.h"

#include <QDir>
#include <QJsonDocument>
#include <QTest>

using namespace rb;
using namespace rb::test;
using namespace Qt::StringLiterals;

namespace {
// v12-basic's people as a OneRoster 1.2 SIS often writes them: `identifier` left blank, the
// ids in `userIds`. stu-3 has no SIS id, tch-2's type is written in lower case.
constexpr char kUsersWithUserIds[] =
    "sourcedId,status,dateLastModified,enabledUser,username,userIds,givenName,familyName,"
    "middleName,identifier,email,sms,phone,agentSourcedIds,grades,password,"
    "userMasterIdentifier,resourceSourcedIds,preferredGivenName,preferredMiddleName,"
    "preferredFamilyName,primaryOrgSourcedId,pronouns\n"
    "stu-1,active,,true,jose.garcia,\"{SIS:S-1001},{LDAP:jgarcia}\",José,García,,,"
    "jose@example.org,,,,09,,,,,,,sch-north,\n"
    "stu-2,active,,true,zoe.obrien,{SIS:S-1002},Zoë,O'Brien,,,,,,,\"10,11\",,,,,,,sch-south,\n"
    "stu-3,active,,false,idle.kid,{LDAP:idle},Idle,Student,,,,,,,09,,,,,,,sch-north,\n"
    "stu-4,tobedeleted,,true,gone.kid,,Gone,Student,,,,,,,09,,,,,,,sch-north,\n"
    "stu-5,active,,true,closed.kid,,Closed,School,,,,,,,KG,,,,,,,sch-closed,\n"
    "tch-1,active,,true,ann.smith,{SIS:T-2001},Ann,\"Smith, Jr.\",,,ann@example.org,,,,,,,,,,,"
    "sch-north,\n"
    "tch-2,active,,true,bo.lee,\"{ sis : T-2002 }\",Bo,Lee,,,BO@example.org,,,,,,,,,,,"
    "sch-north,\n"
    "tch-3,active,,true,no.classes,{SIS:T-2003},Nia,Classless,,,,,,,,,,,,,,sch-north,\n"
    "adm-1,active,,true,pat.admin,,Pat,Admin,,,,,,,,,,,,,,dist-1,\n"
    "aide-1,active,,true,sam.aide,,Sam,Aide,,,,,,,,,,,,,,sch-north,\n"
    "par-1,active,,true,pa.garcia,,Pablo,García,,,,,,stu-1,,,,,,,,sch-north,\n"
    "cns-1,active,,true,cory.c,,Cory,Counselor,,,,,,,,,,,,,,sch-south,\n";

PersonFieldRule rule(const QString &text)
{
    QString error;
    const std::optional<PersonFieldRule> r = PersonFieldRule::parse(text, &error);
    if (!r)
        qFatal("bad rule in the test: %s", qPrintable(error));
    return *r;
}
} // namespace

// The mapping options for people's fields, through the real conversion: where person_number
// and sis_username come from (userIds included), templates, the field the Managed Apple Account
// format needs, unique email addresses and pseudonymized students' names.
class TestPersonFields : public QObject
{
    Q_OBJECT

    ConversionFixture m_fixture;
    QString m_userIds; // the 1.2 fixture with blank identifiers and userIds

    // Teachers are the only staff here, so the counts below do not follow the role defaults.
    static FilterSettings filters()
    {
        FilterSettings f = ConversionFixture::filtersOn(QDate(2026, 9, 1));
        for (auto it = f.roleRules.begin(); it != f.roleRules.end(); ++it)
            it.value() = RoleRule::Exclude;
        return f;
    }
    auto convert(const QString &input, const MappingOptions &mapping)
    {
        return m_fixture.convert(input, filters(), mapping);
    }
    static QString lines(const ConversionFixture::Output &out)
    {
        return out.findings.lines().join(u'\n');
    }
    static QByteArray value(const QList<QByteArrayList> &table, const QByteArray &key,
                            const QByteArray &name)
    {
        return column(table, rowWithKey(table, key), name);
    }

private slots:
    void initTestCase_data()
    {
        QTest::addColumn<QString>("fixture");
        QTest::newRow("1.1") << u"v11-basic"_s;
        QTest::newRow("1.2") << u"v12-basic"_s;
    }

    void initTestCase()
    {
        m_userIds = m_fixture.path(u"v12-userids"_s);
        QDir().mkpath(m_userIds);
        copyFolder(oneRosterFixture(u"v12-basic"_s), m_userIds);
        writeFile(QDir(m_userIds).filePath(u"users.csv"_s), kUsersWithUserIds);
    }

    void userIdsParsing()
    {
        QCOMPARE(userIdOfType("{SIS:12345},{LDAP:jdoe}", "SIS"), QByteArrayView("12345"));
        QCOMPARE(userIdOfType("{SIS:12345},{LDAP:jdoe}", "ldap"), QByteArrayView("jdoe"));
        QCOMPARE(userIdOfType("{ SIS : 1 }", "SIS"), QByteArrayView("1"));
        QCOMPARE(userIdOfType("{LDAP:cn=a:b}", "LDAP"), QByteArrayView("cn=a:b"));
        QVERIFY(userIdOfType("{SIS:12345}", "LDAP").isEmpty());
        QVERIFY(userIdOfType("", "SIS").isEmpty());
        QVERIFY(userIdOfType("{SIS:1", "SIS").isEmpty());
    }

    void defaultsKeepTheFixedMapping()
    {
        // A 1.2 export with blank identifiers: person_number is blank, as before, and with the
        // default format (names) nothing is required.
        auto out = convert(m_userIds, {});
        QVERIFY2(out->ok, qPrintable(lines(*out)));
        const auto students = out->table(AsmTable::Students);
        QCOMPARE(value(students, "stu-1", "person_number"), QByteArray());
        QCOMPARE(value(students, "stu-1", "sis_username"), QByteArray("jose.garcia"));
        QCOMPARE(value(students, "stu-1", "email_address"), QByteArray("jose@example.org"));
    }

    void personNumberFromUserIds()
    {
        MappingOptions m;
        m.students.personNumber = rule(u"userIds.SIS"_s);
        m.staff.personNumber = rule(u"userIds.SIS"_s);
        auto out = convert(m_userIds, m);
        QVERIFY2(out->ok, qPrintable(lines(*out)));
        const auto students = out->table(AsmTable::Students);
        QCOMPARE(value(students, "stu-1", "person_number"), QByteArray("S-1001"));
        QCOMPARE(value(students, "stu-2", "person_number"), QByteArray("S-1002"));
        QCOMPARE(value(students, "stu-3", "person_number"), QByteArray());
        const auto staff = out->table(AsmTable::Staff);
        QCOMPARE(value(staff, "tch-1", "person_number"), QByteArray("T-2001"));
        QCOMPARE(value(staff, "tch-2", "person_number"), QByteArray("T-2002"));

        // The format built from the person number: stu-3 has none, and is named before upload.
        m.accountFormat = AccountFormat::PersonNumber;
        out = convert(m_userIds, m);
        QVERIFY(!out->ok);
        QCOMPARE(out->findings.errorCount(), 1);
        QVERIFY2(lines(*out).contains(u"users.csv:4: person_number: stu-3 "_s),
                 qPrintable(lines(*out)));
        QVERIFY(lines(*out).contains(u"MANAGED_ID_GENERATION_FAILED"_s));
    }

    void blankIdentifierFailsAnIdentifierFormat()
    {
        // Today's source (identifier) with a 1.2 export that leaves it blank: every person
        // sent is a finding, which is what ASM would have refused.
        MappingOptions m;
        m.accountFormat = AccountFormat::PersonNumber;
        auto out = convert(m_userIds, m);
        QVERIFY(!out->ok);
        QCOMPARE(out->findings.errorCount(), 6); // three students, three teachers
        QVERIFY2(lines(*out).contains(u"users.csv:7: person_number: tch-1 "_s),
                 qPrintable(lines(*out)));
    }

    void personNumberFromUsernameOrSourcedId()
    {
        QFETCH_GLOBAL(QString, fixture);
        MappingOptions m;
        m.students.personNumber = rule(u"username"_s);
        m.staff.personNumber = rule(u"sourcedId"_s);
        auto out = convert(oneRosterFixture(fixture), m);
        QVERIFY2(out->ok, qPrintable(lines(*out)));
        QCOMPARE(value(out->table(AsmTable::Students), "stu-2", "person_number"),
                 QByteArray("zoe.obrien"));
        QCOMPARE(value(out->table(AsmTable::Staff), "tch-2", "person_number"), QByteArray("tch-2"));
    }

    void sisUsernameSources()
    {
        MappingOptions m;
        m.students.sisUsername = rule(u"userIds.LDAP"_s);
        m.staff.sisUsername = rule(QString());
        auto out = convert(m_userIds, m);
        QVERIFY2(out->ok, qPrintable(lines(*out)));
        QCOMPARE(value(out->table(AsmTable::Students), "stu-1", "sis_username"),
                 QByteArray("jgarcia"));
        QCOMPARE(value(out->table(AsmTable::Staff), "tch-1", "sis_username"), QByteArray());

        // The 1.1 fixture's identifier as the username.
        m = {};
        m.students.sisUsername = rule(u"identifier"_s);
        out = convert(oneRosterFixture(u"v11-basic"_s), m);
        QVERIFY2(out->ok, qPrintable(lines(*out)));
        QCOMPARE(value(out->table(AsmTable::Students), "stu-2", "sis_username"),
                 QByteArray("1002"));
    }

    void requiredSisUsername()
    {
        // A format built from the SIS username, and staff usernames left out: every teacher
        // sent is an error at their line; students are fine.
        MappingOptions m;
        m.accountFormat = AccountFormat::SisUsername;
        m.staff.sisUsername = rule(QString());
        auto out = convert(oneRosterFixture(u"v11-basic"_s), m);
        QVERIFY(!out->ok);
        QCOMPARE(out->findings.errorCount(), 3);
        const QString all = lines(*out);
        QVERIFY2(all.contains(u"sis_username: tch-1 "_s) && all.contains(u"sis_username: tch-3 "_s),
                 qPrintable(all));
        QVERIFY(!all.contains(u"stu-"_s));

        m.staff = {};
        out = convert(oneRosterFixture(u"v11-basic"_s), m);
        QVERIFY2(out->ok, qPrintable(lines(*out)));
    }

    void templates()
    {
        QFETCH_GLOBAL(QString, fixture);
        MappingOptions m;
        m.students.emailAddress = rule(u"{username}@students.district.org"_s);
        m.staff.emailAddress = rule(u"{givenName}.{familyName}@staff.district.org"_s);
        m.staff.sisUsername = rule(u"staff-{sourcedId}-{grade}"_s); // staff have no grade
        auto out = convert(oneRosterFixture(fixture), m);
        QVERIFY2(out->ok, qPrintable(lines(*out)));
        const auto students = out->table(AsmTable::Students);
        QCOMPARE(value(students, "stu-1", "email_address"),
                 QByteArray("jose.garcia@students.district.org"));
        const auto staff = out->table(AsmTable::Staff);
        QCOMPARE(value(staff, "tch-2", "email_address"), QByteArray("Bo.Lee@staff.district.org"));
        // A blank placeholder blanks the value rather than send half of it.
        QCOMPARE(value(staff, "tch-2", "sis_username"), QByteArray());

        m = {};
        m.students.emailAddress = rule(u"{userIds.SIS}@students.district.org"_s);
        out = convert(m_userIds, m);
        QCOMPARE(value(out->table(AsmTable::Students), "stu-2", "email_address"),
                 QByteArray("S-1002@students.district.org"));
        QCOMPARE(value(out->table(AsmTable::Students), "stu-3", "email_address"), QByteArray());
    }

    void duplicateEmails()
    {
        QFETCH_GLOBAL(QString, fixture);
        // stu-1 and stu-3 are both in grade 09, so this template gives them one address.
        MappingOptions m;
        m.students.emailAddress = rule(u"grade{grade}@students.district.org"_s);
        auto out = convert(oneRosterFixture(fixture), m);
        QVERIFY2(out->ok, qPrintable(lines(*out)));
        QCOMPARE(out->findings.warningCount(), 1);
        QVERIFY2(lines(*out).contains(u"email_address: stu-3 has the same email address "
                                      "\"grade09@students.district.org\" as stu-1 (users.csv:2)"_s),
                 qPrintable(lines(*out)));

        // With a format built from the email address it stops the upload.
        m.accountFormat = AccountFormat::Email;
        out = convert(oneRosterFixture(fixture), m);
        QVERIFY(!out->ok);
        QVERIFY(lines(*out).contains(u"stu-3 has the same email address"_s));
    }

    void duplicateEmailsIgnoreCase()
    {
        // tch-2 is BO@example.org; a student at bo@example.org has the same mailbox.
        const QString dir = m_fixture.path(u"v12-samemail"_s);
        QDir().mkpath(dir);
        copyFolder(m_userIds, dir);
        writeFile(QDir(dir).filePath(u"users.csv"_s),
                  QByteArray(kUsersWithUserIds).replace("jose@example.org", "bo@example.org"));
        auto out = convert(dir, {});
        QVERIFY2(out->ok, qPrintable(lines(*out)));
        QVERIFY2(lines(*out).contains(u"tch-2 has the same email address \"BO@example.org\" as "
                                      "stu-1"_s),
                 qPrintable(lines(*out)));
    }

    void pseudonymizedNames()
    {
        QFETCH_GLOBAL(QString, fixture);
        MappingOptions m;
        m.pseudonymizeStudentNames = true;
        m.pseudonymKey = "district-key-1";
        m.students.emailAddress = rule(u"{givenName}.{familyName}@students.district.org"_s);
        auto first = convert(oneRosterFixture(fixture), m);
        QVERIFY2(first->ok, qPrintable(lines(*first)));
        const auto students = first->table(AsmTable::Students);
        const QByteArrayList zoe = rowWithKey(students, "stu-2");
        const QByteArray given = column(students, zoe, "first_name");
        const QByteArray family = column(students, zoe, "last_name");
        QCOMPARE(given.size(), 6);
        QCOMPARE(family.size(), 8);
        QCOMPARE(column(students, zoe, "middle_name"), QByteArray());
        QCOMPARE(column(students, zoe, "email_address"),
                 given + '.' + family + "@students.district.org");
        QVERIFY(given != value(students, "stu-1", "first_name"));
        const QByteArray studentsFile =
            readFile(QDir(first->folder).filePath(asmFileName(AsmTable::Students)));
        for (const char *real : {"Zoë", "O'Brien", "José", "García", "Jay"})
            QVERIFY2(!studentsFile.contains(real), real);
        // Staff keep their names.
        QCOMPARE(value(first->table(AsmTable::Staff), "tch-2", "first_name"), QByteArray("Bo"));

        // The next night, the same key: the same file, so nobody is renamed.
        auto second = convert(oneRosterFixture(fixture), m);
        QCOMPARE(readFile(QDir(second->folder).filePath(asmFileName(AsmTable::Students))),
                 studentsFile);

        // Another district's key: other names.
        m.pseudonymKey = "district-key-2";
        auto other = convert(oneRosterFixture(fixture), m);
        const auto otherStudents = other->table(AsmTable::Students);
        QVERIFY(value(otherStudents, "stu-2", "first_name") != given);
        QVERIFY(value(otherStudents, "stu-2", "last_name") != family);

        // No key: no upload with real names by mistake.
        m.pseudonymKey.clear();
        auto none = convert(oneRosterFixture(fixture), m);
        QVERIFY(!none->ok);
        QVERIFY2(lines(*none).contains(u"ROSTERBRIDGE_PSEUDONYM_KEY"_s), qPrintable(lines(*none)));
    }

    void settingsJson()
    {
        Findings findings;
        const QJsonObject json{
            {u"accountFormat"_s, u"personNumber"_s},
            {u"students"_s, QJsonObject{{u"personNumber"_s, u"userIds.SIS"_s},
                                        {u"emailAddress"_s, u"{username}@students.district.org"_s},
                                        {u"sisUsername"_s, QString()}}},
            {u"staff"_s, QJsonObject{{u"personNumber"_s, u"sourcedId"_s}}},
            {u"pseudonymizeStudentNames"_s, true}};
        const MappingOptions m = MappingOptions::fromJson(json, u"f.json"_s, &findings);
        QVERIFY2(findings.totalCount() == 0, qPrintable(findings.lines().join(u'\n')));
        QCOMPARE(m.accountFormat, AccountFormat::PersonNumber);
        QCOMPARE(m.students.personNumber.text(), u"userIds.SIS"_s);
        QVERIFY(m.students.sisUsername.isBlank());
        QCOMPARE(m.staff.personNumber.text(), u"sourcedId"_s);
        QCOMPARE(m.staff.emailAddress.text(), u"email"_s); // left out: the default
        QVERIFY(m.pseudonymizeStudentNames);
        QVERIFY(m.pseudonymKey.isEmpty());
        // The key never goes into the JSON.
        MappingOptions withKey = m;
        withKey.pseudonymKey = "secret";
        QVERIFY(!QJsonDocument(withKey.toJson()).toJson().contains("secret"));
        Findings again;
        QCOMPARE(MappingOptions::fromJson(m.toJson(), u"f.json"_s, &again), m);
        QCOMPARE(again.totalCount(), 0);

        // Defaults: today's fixed mapping.
        const MappingOptions d;
        QCOMPARE(d.accountFormat, AccountFormat::Names);
        QCOMPARE(d.students.personNumber.text(), u"identifier"_s);
        QCOMPARE(d.staff.sisUsername.text(), u"username"_s);
        QCOMPARE(d.students.emailAddress.text(), u"email"_s);
        QVERIFY(!d.pseudonymizeStudentNames);

        // Bad values name their key.
        Findings bad;
        MappingOptions::fromJson(
            QJsonObject{{u"accountFormat"_s, u"initials"_s},
                        {u"students"_s, QJsonObject{{u"personNumber"_s, u"studentNumber"_s},
                                                    {u"emailAddress"_s, u"{nickname}@x.org"_s},
                                                    {u"sisUsername"_s, u"{username"_s}}},
                        {u"staff"_s, QJsonObject{{u"emailAddress"_s, 3}}},
                        {u"pseudonymizeStudentNames"_s, u"yes"_s}},
            u"f.json"_s, &bad);
        const QString all = bad.lines().join(u'\n');
        QCOMPARE(bad.errorCount(), 6);
        for (const QString &key :
             {u"mapping.accountFormat"_s, u"mapping.students.personNumber"_s,
              u"mapping.students.emailAddress"_s, u"mapping.students.sisUsername"_s,
              u"mapping.staff.emailAddress"_s, u"mapping.pseudonymizeStudentNames"_s})
            QVERIFY2(all.contains(key), qPrintable(key + u'\n' + all));
    }

    void pseudonymKeyIsAProfileSecret()
    {
        Profile p = Profile::create(u"District"_s);
        QVERIFY(!p.requiredSecrets().contains(SecretName::PseudonymKey));
        p.conversion.mapping.pseudonymizeStudentNames = true;
        QVERIFY(p.requiredSecrets().contains(SecretName::PseudonymKey));
        QCOMPARE(SecretStore::environmentVariableFor(SecretName::PseudonymKey),
                 u"ROSTERBRIDGE_PSEUDONYM_KEY"_s);
        // The profile's JSON does not hold the key, only the switch.
        Profile withKey = p;
        withKey.conversion.mapping.pseudonymKey = "secret";
        QVERIFY(!QJsonDocument(withKey.toJson()).toJson().contains("secret"));
    }
};

QTEST_GUILESS_MAIN(TestPersonFields)
#include "tst_personfields.moc"
