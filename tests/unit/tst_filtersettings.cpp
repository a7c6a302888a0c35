#include "store/ConversionSettings.h"

#include <QJsonDocument>
#include <QTest>

using namespace rb;

// The filters file: defaults, a full round trip, and every kind of bad value named by key.
class TestFilterSettings : public QObject
{
    Q_OBJECT

    static QJsonObject parse(const char *json) { return QJsonDocument::fromJson(json).object(); }

private slots:
    void defaults()
    {
        Findings findings;
        const ConversionSettings s =
            ConversionSettings::fromJson({}, QStringLiteral("f.json"), &findings);
        QCOMPARE(findings.totalCount(), qint64(0));
        QVERIFY(s.filters.schools.isEmpty());
        QCOMPARE(s.filters.students, (StatusChoice{true, false}));
        QVERIFY(!s.filters.activeTermsOnly);
        // Every staff-type role to staff.csv; family roles take no rule (never sent).
        for (const char *role :
             {"administrator", "aide", "counselor", "districtAdministrator", "principal", "proctor",
              "siteAdministrator", "systemAdministrator"})
            QCOMPARE(s.filters.roleRules.value(QLatin1StringView(role)), RoleRule::Staff);
        QVERIFY(!s.filters.roleRules.contains(QStringLiteral("student")));
        QVERIFY(!s.filters.roleRules.contains(QStringLiteral("guardian")));
        QVERIFY(s.filters.exclusions.isEmpty());
        QCOMPARE(s.filters.danglingReferences.limitFor(100000), qint64(1000));
        QCOMPARE(s.filters.danglingReferences.limitFor(100), qint64(50));
        QVERIFY(s.mapping.passwordPolicy.isEmpty());
        QVERIFY(s.safety.holdFirstDelivery());
    }

    void roundTrip()
    {
        Findings findings;
        ConversionSettings s = ConversionSettings::fromJson(parse(R"({"schools": ["sch-1", "sch-2"],
                      "status": {"students": ["active", "tobedeleted"], "classes": []},
                      "activeStudentsOnly": true, "activeTeachersOnly": true,
                      "activeTermsOnly": true,
                      "roleRules": {"aide": "exclude", "ext:coach": "exclude",
                                    "guardian": "exclude"},
                      "exclude": {"classTitles": ["Lunch*"], "classCodes": ["ATT-?"],
                                  "courses": ["Study Hall"], "grades": ["PK"],
                                  "people": ["u-1"]},
                      "danglingReferences": {"maxCount": 10, "maxPercent": 2.5},
                      "runDate": "2026-09-01",
                      "mapping": {"passwordPolicy": "8", "passwordPolicyByGrade": {"KG": 4}},
                      "safety": {"holdFirstDelivery": false,
                                 "tables": {"students": {"maxRemovedPercent": 2,
                                                          "maxRemovedCount": 10}}}})"),
                                                            QStringLiteral("f.json"), &findings);
        QVERIFY2(!findings.hasErrors(), qPrintable(findings.lines().join(u'\n')));
        QCOMPARE(s.filters.schools,
                 (QStringList{QStringLiteral("sch-1"), QStringLiteral("sch-2")}));
        QCOMPARE(s.filters.students, (StatusChoice{true, true}));
        QCOMPARE(s.filters.classes, (StatusChoice{false, false}));
        QVERIFY(s.filters.activeStudentsOnly && s.filters.activeTeachersOnly &&
                s.filters.activeTermsOnly);
        QCOMPARE(s.filters.roleRules.value(QStringLiteral("aide")), RoleRule::Exclude);
        QCOMPARE(s.filters.roleRules.value(QStringLiteral("ext:coach")), RoleRule::Exclude);
        QCOMPARE(s.filters.exclusions.classTitles, QStringList{QStringLiteral("Lunch*")});
        QCOMPARE(s.filters.exclusions.people, QStringList{QStringLiteral("u-1")});
        QCOMPARE(s.filters.danglingReferences.maxCount, qint64(10));
        QCOMPARE(s.filters.danglingReferences.maxPercent, 2.5);
        QCOMPARE(s.filters.runDate, QDate(2026, 9, 1));
        QCOMPARE(s.mapping.passwordPolicy, QStringLiteral("8"));
        QCOMPARE(s.mapping.passwordPolicyByGrade.value(QStringLiteral("KG")), QStringLiteral("4"));
        QCOMPARE(s.safety.limit(AsmTable::Students).maxRemovedCount, qint64(10));
        QVERIFY(!s.safety.holdFirstDelivery());

        Findings again;
        const ConversionSettings back =
            ConversionSettings::fromJson(s.toJson(), QStringLiteral("f.json"), &again);
        QCOMPARE(again.totalCount(), qint64(0));
        QVERIFY(back.filters == s.filters);
        QVERIFY(back.mapping == s.mapping);
        QVERIFY(back.safety == s.safety);
    }

    void badValues_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("expected");
        QTest::newRow("flag") << QByteArray(R"({"activeTermsOnly": "yes"})")
                              << QStringLiteral("f.json: activeTermsOnly: must be true or false");
        QTest::newRow("status word") << QByteArray(R"({"status": {"staff": ["retired"]}})")
                                     << QStringLiteral("f.json: status.staff: \"retired\" is not "
                                                       "a status");
        QTest::newRow("status entity") << QByteArray(R"({"status": {"parents": ["active"]}})")
                                       << QStringLiteral("f.json: status.parents: unknown entity");
        QTest::newRow("role rule") << QByteArray(R"({"roleRules": {"aide": "student"}})")
                                   << QStringLiteral("f.json: roleRules.aide: \"student\" is not "
                                                     "a rule; use staff or exclude");
        QTest::newRow("student rule") << QByteArray(R"({"roleRules": {"student": "exclude"}})")
                                      << QStringLiteral("f.json: roleRules.student: students and "
                                                        "teachers are always mapped");
        QTest::newRow("family rule") << QByteArray(R"({"roleRules": {"parent": "staff"}})")
                                     << QStringLiteral("f.json: roleRules.parent: guardians, "
                                                       "parents and relatives are never sent");
        QTest::newRow("exclusions") << QByteArray(R"({"exclude": {"grades": "PK"}})")
                                    << QStringLiteral("f.json: exclude.grades: must be a list");
        QTest::newRow("dangling") << QByteArray(R"({"danglingReferences": {"maxPercent": 101}})")
                                  << QStringLiteral("f.json: danglingReferences.maxPercent: must "
                                                    "be a number from 0 to 100");
        QTest::newRow("schools") << QByteArray(R"({"schools": "sch-1"})")
                                 << QStringLiteral("f.json: schools: must be a list");
        QTest::newRow("run date") << QByteArray(R"({"runDate": "1 Sept"})")
                                  << QStringLiteral("f.json: runDate: must be a date");
        QTest::newRow("policy") << QByteArray(R"({"mapping": {"passwordPolicy": "5"}})")
                                << QStringLiteral("f.json: mapping.passwordPolicy: a password "
                                                  "policy must be 4, 6, 8 or blank");
        QTest::newRow("newer version") << QByteArray(R"({"version": 9})")
                                       << QStringLiteral("f.json: version: the filters were "
                                                         "written by a newer RosterBridge");
    }
    void badValues()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, expected);
        Findings findings;
        ConversionSettings::fromJson(QJsonDocument::fromJson(json).object(),
                                     QStringLiteral("f.json"), &findings);
        QVERIFY(findings.hasErrors());
        const QString lines = findings.lines().join(u'\n');
        QVERIFY2(lines.contains(QStringLiteral("error: ") + expected), qPrintable(lines));
    }

    void unknownKeysWarn()
    {
        Findings findings;
        ConversionSettings::fromJson(parse(R"({"activeTermOnly": true})"), QStringLiteral("f.json"),
                                     &findings);
        QVERIFY(!findings.hasErrors());
        QCOMPARE(findings.warningCount(), qint64(1));
        QVERIFY(findings.lines().join(u'\n').contains(u"activeTermOnly: unknown setting"));
    }

    void unreadableFile()
    {
        Findings findings;
        ConversionSettings::load(QStringLiteral("/nonexistent/filters.json"), &findings);
        QVERIFY(findings.hasErrors());
        QVERIFY(findings.lines().join(u'\n').contains(u"filters.json: could not be read"));
    }
};

QTEST_GUILESS_MAIN(TestFilterSettings)
#include "tst_filtersettings.moc"
