#include "RestTestDistrict.h"
#include "ResultCheck.h"
#include "oneroster/OneRosterCsvLoader.h"
#include "oneroster/OneRosterFiles.h"
#include "oneroster/rest/RestCsvExport.h"
#include "oneroster/rest/RestJson.h"
#include "oneroster/rest/RestRecordConverter.h"
#include "roster/RosterStore.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace rb;
using namespace Qt::StringLiterals;

namespace {
QJsonObject parse(const QByteArray &json)
{
    return QJsonDocument::fromJson(json).object();
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}
} // namespace

class TestRestRecordConverter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void scalarsAndNulls()
    {
        QCOMPARE(RestJson::text(QJsonValue()), QByteArray());
        QCOMPARE(RestJson::text(QJsonValue(QJsonValue::Undefined)), QByteArray());
        QCOMPARE(RestJson::text(2025), QByteArray("2025"));
        QCOMPARE(RestJson::text(1.5), QByteArray("1.5"));
        QCOMPARE(RestJson::boolean(true), QByteArray("true"));
        QCOMPARE(RestJson::boolean(u"FALSE"_s), QByteArray("false"));
        QCOMPARE(RestJson::boolean(u"True "_s), QByteArray("true"));
        QCOMPARE(RestJson::boolean(QJsonValue()), QByteArray());
        QCOMPARE(RestJson::date(u"2024-08-15T07:00:00.000Z"_s), QByteArray("2024-08-15"));
        QCOMPARE(RestJson::date(u"2024-08-15"_s), QByteArray("2024-08-15"));
    }

    void guidRefsUseSourcedIdOnly()
    {
        const QJsonObject ref = parse("{\"href\":\"~/ims/oneroster/v1p1/orgs/894\","
                                      "\"sourcedId\":\"894\",\"type\":\"school\"}");
        QCOMPARE(RestJson::refId(ref), QByteArray("894"));
        QCOMPARE(RestJson::refId(u"plain-id"_s), QByteArray("plain-id"));
        bool missing = false;
        QCOMPARE(
            RestJson::refId(parse("{\"href\":\"https://x/orgs/9\",\"type\":\"org\"}"), &missing),
            QByteArray());
        QVERIFY(missing);
        const QJsonArray list = {ref, u"b"_s, QJsonValue(), QJsonObject{{u"sourcedId"_s, u"c"_s}}};
        QCOMPARE(RestJson::refList(list), QByteArray("894,b,c"));
        QCOMPARE(RestJson::list(QJsonArray{u"09"_s, u"10"_s}), QByteArray("09,10"));
        QCOMPARE(RestJson::list(u"09,10"_s), QByteArray("09,10"));
        QCOMPARE(RestJson::userIds(parse("{\"a\":[{\"type\":\"LDAP\",\"identifier\":\"x1\"},"
                                         "{\"type\":\"SIS\",\"identifier\":\"7\"}]}")
                                       .value(u"a"_s)),
                 QByteArray("{LDAP:x1},{SIS:7}"));
    }

    void envelopeVariants()
    {
        QString key;
        const QStringList users = restCollectionInfo(RestCollection::Users).envelopeKeys;
        auto found = RestJson::envelope(
            parse("{\"students\":[{\"sourcedId\":\"a\"}],\"statusInfoSet\":[{\"imsx_codeMajor\":"
                  "\"success\"}]}"),
            users, &key);
        QVERIFY(found);
        QCOMPARE(key, u"students"_s);
        QCOMPARE(found->size(), 1);
        QVERIFY(RestJson::envelope(parse("{\"teachers\":[]}"), users, &key));
        QCOMPARE(key, u"teachers"_s);
        const QStringList sessions =
            restCollectionInfo(RestCollection::AcademicSessions).envelopeKeys;
        QVERIFY(RestJson::envelope(parse("{\"terms\":[{}]}"), sessions, &key));
        QCOMPARE(key, u"terms"_s);
        // Not an array, or only the status: no data.
        QVERIFY(!RestJson::envelope(parse("{\"users\":null,\"statusInfoSet\":[]}"), users));
        QVERIFY(!RestJson::envelope(parse("{\"user\":{\"sourcedId\":\"a\"}}"), users));
    }

    void user11()
    {
        const RestRecordConverter c(OneRosterVersion::V1_1);
        const ConvertedRecord r = c.convert(
            RestCollection::Users,
            parse("{\"sourcedId\":\"u1\",\"status\":\"active\",\"dateLastModified\":null,"
                  "\"enabledUser\":\"TRUE\",\"orgs\":[{\"href\":\"~/ims/oneroster/v1p1/orgs/894\","
                  "\"sourcedId\":\"894\",\"type\":\"school\"},{\"sourcedId\":\"900\"}],"
                  "\"role\":\"teacher\",\"username\":\"jd\",\"userIds\":[{\"type\":\"LDAP\","
                  "\"identifier\":\"x\"}],\"givenName\":\"J\",\"familyName\":\"D\","
                  "\"middleName\":null,\"identifier\":null,\"email\":\"jd@example.org\","
                  "\"agents\":[],\"grades\":[\"09\",\"10\"],\"password\":\"secret\"}"));
        QCOMPARE(r.row.size(),
                 OneRosterFiles::header(u"users.csv"_s, OneRosterVersion::V1_1).size());
        QCOMPARE(r.row,
                 (QByteArrayList{"u1", "active", "", "true", "894,900", "teacher", "jd", "{LDAP:x}",
                                 "J", "D", "", "", "jd@example.org", "", "", "", "09,10", ""}));
        QVERIFY(r.roles.isEmpty());
        QVERIFY(r.problems.isEmpty());
    }

    void user12()
    {
        const RestRecordConverter c(OneRosterVersion::V1_2);
        const ConvertedRecord r = c.convert(
            RestCollection::Users,
            parse("{\"sourcedId\":\"u2\",\"enabledUser\":\"false\",\"username\":\"ab\","
                  "\"givenName\":\"A\",\"familyName\":\"B\",\"preferredFirstName\":\"Al\","
                  "\"preferredLastName\":\"Be\",\"pronouns\":\"they/them\","
                  "\"primaryOrg\":{\"href\":\"https://x/orgs/s1\",\"sourcedId\":\"s1\","
                  "\"type\":\"org\"},\"roles\":[{\"roleType\":\"primary\",\"role\":\"student\","
                  "\"org\":{\"sourcedId\":\"s1\"},\"beginDate\":\"2024-08-01T00:00:00Z\"},"
                  "{\"roleType\":\"secondary\",\"role\":\"student\",\"org\":{\"sourcedId\":"
                  "\"s2\"},\"userProfile\":\"p9\"}],\"grades\":[\"11\"],"
                  "\"userMasterIdentifier\":\"M1\"}"));
        const QByteArrayList header =
            OneRosterFiles::header(u"users.csv"_s, OneRosterVersion::V1_2);
        QCOMPARE(r.row.size(), header.size());
        auto col = [&](const char *name) {
            return r.row.at(header.indexOf(QByteArray(name)));
        };
        QCOMPARE(col("sourcedId"), QByteArray("u2"));
        QCOMPARE(col("enabledUser"), QByteArray("false"));
        QCOMPARE(col("primaryOrgSourcedId"), QByteArray("s1"));
        QCOMPARE(col("preferredGivenName"), QByteArray("Al"));
        QCOMPARE(col("preferredFamilyName"), QByteArray("Be"));
        QCOMPARE(col("pronouns"), QByteArray("they/them"));
        QCOMPARE(col("userMasterIdentifier"), QByteArray("M1"));
        QCOMPARE(col("grades"), QByteArray("11"));
        QCOMPARE(r.roles.size(), 2);
        QCOMPARE(r.roles.at(0), (QByteArrayList{"u2-role-1", "", "", "u2", "primary", "student",
                                                "2024-08-01", "", "s1", ""}));
        QCOMPARE(r.roles.at(1), (QByteArrayList{"u2-role-2", "", "", "u2", "secondary", "student",
                                                "", "", "s2", "p9"}));
    }

    // A server asked for 1.2 that answers in the 1.1 shape still gives a usable roles.csv.
    void user12FromOldShape()
    {
        const RestRecordConverter c(OneRosterVersion::V1_2);
        const ConvertedRecord r = c.convert(
            RestCollection::Users,
            parse("{\"sourcedId\":\"u3\",\"role\":\"teacher\",\"orgs\":[{\"sourcedId\":\"s1\"},"
                  "{\"sourcedId\":\"s2\"}]}"));
        QCOMPARE(r.roles.size(), 2);
        QCOMPARE(r.roles.at(0).at(4), QByteArray("primary"));
        QCOMPARE(r.roles.at(1).at(4), QByteArray("secondary"));
        QCOMPARE(r.roles.at(1).at(8), QByteArray("s2"));
    }

    void referenceWithoutSourcedIdIsAProblem()
    {
        const RestRecordConverter c(OneRosterVersion::V1_1);
        const ConvertedRecord r = c.convert(
            RestCollection::Classes,
            parse("{\"sourcedId\":\"k1\",\"course\":{\"href\":\"~/ims/oneroster/v1p1/courses/1\"},"
                  "\"school\":\"s1\",\"terms\":[{\"sourcedId\":\"t1\"},{\"sourcedId\":\"t2\"}]}"));
        QCOMPARE(r.problems.size(), 1);
        QVERIFY(r.problems.first().contains(u"course"_s));
        const QByteArrayList header =
            OneRosterFiles::header(u"classes.csv"_s, OneRosterVersion::V1_1);
        QCOMPARE(r.row.at(header.indexOf("schoolSourcedId")), QByteArray("s1"));
        QCOMPARE(r.row.at(header.indexOf("termSourcedIds")), QByteArray("t1,t2"));
    }

    void enrollmentBooleansAndDates()
    {
        const RestRecordConverter c(OneRosterVersion::V1_2);
        const ConvertedRecord r = c.convert(
            RestCollection::Enrollments,
            parse(
                "{\"sourcedId\":\"e1\",\"class\":{\"sourcedId\":\"k1\"},\"school\":{"
                "\"sourcedId\":\"s1\"},\"user\":{\"sourcedId\":\"u1\"},\"role\":\"student\","
                "\"primary\":\"False\",\"beginDate\":\"2024-08-01T00:00:00Z\",\"endDate\":null}"));
        QCOMPARE(r.row, (QByteArrayList{"e1", "", "", "k1", "s1", "u1", "student", "false",
                                        "2024-08-01", ""}));
    }

    // The folder the REST source writes is an ordinary OneRoster CSV export: the CSV loader
    // reads it without a single finding, in both versions.
    void exportIsReadByTheCsvLoader_data()
    {
        QTest::addColumn<int>("version");
        QTest::newRow("1.1") << 11;
        QTest::newRow("1.2") << 12;
    }
    void exportIsReadByTheCsvLoader()
    {
        QFETCH(int, version);
        const OneRosterVersion v = version == 11 ? OneRosterVersion::V1_1 : OneRosterVersion::V1_2;
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        RestCsvExport out(v, dir.path());
        QVERIFY_OK(out.open());
        for (const RestCollection c : restCollections()) {
            QVERIFY_OK(out.beginCollection(c));
            QStringList problems;
            // Two pages, as the pager would hand them over.
            const QJsonArray all = test::districtRecords(c, v);
            QJsonArray first, second;
            for (qsizetype i = 0; i < all.size(); ++i)
                (i < 2 ? first : second).append(all.at(i));
            QVERIFY_OK(out.writeRecords(c, first, &problems));
            QVERIFY_OK(out.writeRecords(c, second, &problems));
            QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
            QVERIFY_OK(out.endCollection());
        }
        QVERIFY_OK(out.finish(u"Test SIS"_s));

        const QByteArray manifest = readAll(dir.filePath(u"manifest.csv"_s));
        QVERIFY(
            manifest.contains(version == 11 ? "oneroster.version,1.1" : "oneroster.version,1.2"));
        QVERIFY(manifest.contains("file.users,bulk"));
        QVERIFY(manifest.contains("file.demographics,absent"));
        QCOMPARE(manifest.contains("file.roles,bulk"), version == 12);
        // Passwords never reach the disk.
        QVERIFY(!readAll(dir.filePath(u"users.csv"_s)).contains("pw-"));
        QCOMPARE(out.rows(u"users.csv"_s), 7);

        Findings findings;
        auto source = OneRosterSource::open(dir.path(), &findings);
        QVERIFY(source);
        QCOMPARE(source->version(), v);
        RosterStore store;
        OneRosterCsvLoader loader(*source, &store, &findings);
        QVERIFY2(loader.loadEntities(true), qPrintable(findings.lines().join(u'\n')));
        qint64 enrollments = 0;
        QVERIFY(loader.streamEnrollments([&](const EnrollmentRow &) { ++enrollments; }));
        QVERIFY2(findings.totalCount() == 0, qPrintable(findings.lines().join(u'\n')));
        QCOMPARE(store.orgs.size(), size_t(3));
        QCOMPARE(store.sessions.size(), size_t(2));
        QCOMPARE(store.classes.size(), size_t(2));
        QCOMPARE(store.users.size(), size_t(7));
        QCOMPARE(enrollments, 7);
    }

    void discardRemovesEverything()
    {
        QTemporaryDir dir;
        RestCsvExport out(OneRosterVersion::V1_2, dir.path());
        QVERIFY_OK(out.open());
        QVERIFY_OK(out.beginCollection(RestCollection::Users));
        QStringList problems;
        QVERIFY(out.writeRecords(
            RestCollection::Users,
            test::districtRecords(RestCollection::Users, OneRosterVersion::V1_2), &problems));
        out.discard();
        QVERIFY(QDir(dir.path()).entryList(QDir::Files).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestRestRecordConverter)
#include "tst_restrecordconverter.moc"
