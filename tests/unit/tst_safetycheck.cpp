#include "pipeline/AsmDiffResult.h"
#include "pipeline/SafetyCheck.h"
#include "store/SafetyThresholds.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace rb;

Q_DECLARE_METATYPE(rb::AsmTable)
Q_DECLARE_METATYPE(rb::SafetyVerdict)
Q_DECLARE_METATYPE(rb::AsmDiffResult)

namespace {

// A delivery where every table had `previous` rows and `removed` of them are gone from table.
AsmDiffResult diffWith(AsmTable table, qint64 previous, qint64 removed, qint64 current = -1)
{
    AsmDiffResult diff;
    diff.hasPrevious = true;
    for (AsmTableDiff &t : diff.tables) {
        t.previousRows = previous;
        t.currentRows = previous;
        t.unchanged = previous;
    }
    AsmTableDiff &t = diff.table(table);
    t.removed = removed;
    t.unchanged = previous - removed;
    t.currentRows = current >= 0 ? current : previous - removed;
    return diff;
}

QJsonObject parse(const char *json)
{
    return QJsonDocument::fromJson(QByteArray(json)).object();
}

} // namespace

class TestSafetyCheck : public QObject
{
    Q_OBJECT

private slots:
    void defaults()
    {
        const SafetyThresholds t;
        QVERIFY(t.holdFirstDelivery());
        QCOMPARE(t.limit(AsmTable::Students), (SafetyLimit{5.0, 50, 20.0}));
        QCOMPARE(t.limit(AsmTable::Staff), (SafetyLimit{5.0, 50, 20.0}));
        QCOMPARE(t.limit(AsmTable::Classes), (SafetyLimit{5.0, 50}));
        QCOMPARE(t.limit(AsmTable::Courses), (SafetyLimit{5.0, 50}));
        QCOMPARE(t.limit(AsmTable::Rosters), (SafetyLimit{10.0, 500}));
        QCOMPARE(t.limit(AsmTable::Locations), (SafetyLimit{0.0, 0}));
    }

    void jsonRoundTrip()
    {
        SafetyThresholds t;
        t.setHoldFirstDelivery(false);
        t.setLimit(AsmTable::Rosters, {2.5, 1200});
        const QJsonObject json = t.toJson();
        QCOMPARE(json.value(QStringLiteral("holdFirstDelivery")).toBool(), false);
        QCOMPARE(json.value(QStringLiteral("tables"))
                     .toObject()
                     .value(QStringLiteral("rosters"))
                     .toObject()
                     .value(QStringLiteral("maxRemovedCount"))
                     .toInteger(),
                 qint64(1200));
        SafetyThresholds back;
        QStringList errors;
        QVERIFY(SafetyThresholds::fromJson(json, &back, &errors));
        QCOMPARE(errors, QStringList());
        QVERIFY(back == t);
    }

    void partialJsonKeepsDefaults()
    {
        SafetyThresholds t;
        QVERIFY(SafetyThresholds::fromJson(
            parse(R"({"tables": {"students": {"maxRemovedCount": 10}}})"), &t));
        QCOMPARE(t.limit(AsmTable::Students), (SafetyLimit{5.0, 10, 20.0}));
        QCOMPARE(t.limit(AsmTable::Rosters), SafetyThresholds::defaultLimit(AsmTable::Rosters));
        QVERIFY(t.holdFirstDelivery());
        QVERIFY(SafetyThresholds::fromJson(QJsonObject(), &t));
        QVERIFY(t == SafetyThresholds());
    }

    void invalidJson_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("error");
        QTest::newRow("negative percent")
            << QByteArray(R"({"tables": {"students": {"maxRemovedPercent": -1}}})")
            << QStringLiteral("\"students.maxRemovedPercent\" must be a number from 0 to 100.");
        QTest::newRow("percent over 100")
            << QByteArray(R"({"tables": {"rosters": {"maxRemovedPercent": 100.5}}})")
            << QStringLiteral("\"rosters.maxRemovedPercent\" must be a number from 0 to 100.");
        QTest::newRow("percent as text")
            << QByteArray(R"({"tables": {"staff": {"maxRemovedPercent": "5"}}})")
            << QStringLiteral("\"staff.maxRemovedPercent\" must be a number from 0 to 100.");
        QTest::newRow("fractional count")
            << QByteArray(R"({"tables": {"classes": {"maxRemovedCount": 1.5}}})")
            << QStringLiteral("\"classes.maxRemovedCount\" must be a whole number of 0 or more.");
        QTest::newRow("negative count")
            << QByteArray(R"({"tables": {"classes": {"maxRemovedCount": -1}}})")
            << QStringLiteral("\"classes.maxRemovedCount\" must be a whole number of 0 or more.");
        QTest::newRow("unknown table")
            << QByteArray(R"({"tables": {"teachers": {"maxRemovedCount": 1}}})")
            << QStringLiteral("Unknown table \"teachers\"; use locations, students, staff, "
                              "courses, classes or rosters.");
        QTest::newRow("unknown limit") << QByteArray(R"({"tables": {"students": {"maxAdded": 1}}})")
                                       << QStringLiteral("Unknown setting \"students.maxAdded\".");
        QTest::newRow("unknown top-level key") << QByteArray(R"({"holdFirst": true})")
                                               << QStringLiteral("Unknown setting \"holdFirst\".");
        QTest::newRow("switch as text")
            << QByteArray(R"({"holdFirstDelivery": "yes"})")
            << QStringLiteral("\"holdFirstDelivery\" must be true or false.");
        QTest::newRow("tables not an object")
            << QByteArray(R"({"tables": []})") << QStringLiteral("\"tables\" must be an object.");
        QTest::newRow("table not an object") << QByteArray(R"({"tables": {"students": 5}})")
                                             << QStringLiteral("\"students\" must be an object.");
    }
    void invalidJson()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, error);
        SafetyThresholds t;
        t.setHoldFirstDelivery(false);
        const SafetyThresholds before = t;
        QStringList errors;
        QVERIFY(!SafetyThresholds::fromJson(QJsonDocument::fromJson(json).object(), &t, &errors));
        QCOMPARE(errors, QStringList{error});
        QVERIFY(t == before);
    }

    void removals_data()
    {
        QTest::addColumn<AsmTable>("table");
        QTest::addColumn<qint64>("previous");
        QTest::addColumn<qint64>("removed");
        QTest::addColumn<SafetyVerdict>("verdict");
        const auto pass = SafetyVerdict::Pass;
        const auto hold = SafetyVerdict::Hold;
        QTest::newRow("students: nothing removed") << AsmTable::Students << 1000LL << 0LL << pass;
        QTest::newRow("students: count at limit") << AsmTable::Students << 1000LL << 50LL << pass;
        QTest::newRow("students: count over") << AsmTable::Students << 1000LL << 51LL << hold;
        QTest::newRow("students: percent at limit") << AsmTable::Students << 100LL << 5LL << pass;
        QTest::newRow("students: percent over") << AsmTable::Students << 100LL << 6LL << hold;
        QTest::newRow("students: percent at limit, large")
            << AsmTable::Students << 2000LL << 50LL << pass;
        QTest::newRow("staff: percent over") << AsmTable::Staff << 40LL << 3LL << hold;
        QTest::newRow("classes: count over") << AsmTable::Classes << 60000LL << 51LL << hold;
        QTest::newRow("courses: percent at limit") << AsmTable::Courses << 20LL << 1LL << pass;
        QTest::newRow("courses: percent over") << AsmTable::Courses << 19LL << 1LL << hold;
        QTest::newRow("rosters: count at limit") << AsmTable::Rosters << 100000LL << 500LL << pass;
        QTest::newRow("rosters: count over") << AsmTable::Rosters << 100000LL << 501LL << hold;
        QTest::newRow("rosters: percent at limit") << AsmTable::Rosters << 1000LL << 100LL << pass;
        QTest::newRow("rosters: percent over") << AsmTable::Rosters << 1000LL << 101LL << hold;
        QTest::newRow("locations: none removed") << AsmTable::Locations << 10LL << 0LL << pass;
        QTest::newRow("locations: one removed") << AsmTable::Locations << 10LL << 1LL << hold;
    }
    void removals()
    {
        QFETCH(AsmTable, table);
        QFETCH(qint64, previous);
        QFETCH(qint64, removed);
        QFETCH(SafetyVerdict, verdict);
        const SafetyResult result =
            SafetyCheck::evaluate(diffWith(table, previous, removed), SafetyThresholds(), 0);
        QCOMPARE(result.verdict, verdict);
        QCOMPARE(result.mayDeliver(), verdict == SafetyVerdict::Pass);
        if (verdict == SafetyVerdict::Hold) {
            QCOMPARE(result.reasons.size(), qsizetype(1));
            QCOMPARE(result.reasons[0].code, QStringLiteral("safety.removals"));
            QCOMPARE(result.reasons[0].file, asmFileName(table));
            QCOMPARE(result.reasons[0].count, removed);
        } else {
            QCOMPARE(result.reasons.size(), qsizetype(0));
        }
    }

    void holdMessageNamesEverything()
    {
        const SafetyResult result =
            SafetyCheck::evaluate(diffWith(AsmTable::Students, 1000, 51), SafetyThresholds(), 0);
        QCOMPARE(result.messages(),
                 QStringList{QStringLiteral("students.csv: 51 of 1000 rows removed (5.1 %), over "
                                            "the limit of 50 rows or 5 %.")});
        const QJsonObject json = result.toJson();
        QCOMPARE(json.value(QStringLiteral("verdict")).toString(), QStringLiteral("hold"));
        const QJsonObject reason = json.value(QStringLiteral("reasons")).toArray()[0].toObject();
        QCOMPARE(reason.value(QStringLiteral("file")).toString(), QStringLiteral("students.csv"));
        QCOMPARE(reason.value(QStringLiteral("count")).toInteger(), qint64(51));
        QCOMPARE(reason.value(QStringLiteral("previousRows")).toInteger(), qint64(1000));
        QCOMPARE(reason.value(QStringLiteral("percent")).toDouble(), 5.1);
        QCOMPARE(reason.value(QStringLiteral("maxRemovedCount")).toInteger(), qint64(50));
        QCOMPARE(reason.value(QStringLiteral("maxRemovedPercent")).toDouble(), 5.0);
    }

    void customThresholds()
    {
        SafetyThresholds t;
        t.setLimit(AsmTable::Students, {50.0, 100000});
        QCOMPARE(SafetyCheck::evaluate(diffWith(AsmTable::Students, 1000, 500), t, 0).verdict,
                 SafetyVerdict::Pass);
        QCOMPARE(SafetyCheck::evaluate(diffWith(AsmTable::Students, 1000, 501), t, 0).verdict,
                 SafetyVerdict::Hold);
    }

    void stops_data()
    {
        QTest::addColumn<AsmDiffResult>("diff");
        QTest::addColumn<qint64>("validationErrors");
        QTest::addColumn<QStringList>("codes");

        QTest::newRow("validation error") << diffWith(AsmTable::Students, 100, 0) << 1LL
                                          << QStringList{QStringLiteral("safety.validationErrors")};
        QTest::newRow("students emptied") << diffWith(AsmTable::Students, 100, 100) << 0LL
                                          << QStringList{QStringLiteral("safety.tableEmptied")};
        QTest::newRow("classes emptied") << diffWith(AsmTable::Classes, 3, 3) << 0LL
                                         << QStringList{QStringLiteral("safety.tableEmptied")};
        QTest::newRow("rosters emptied, one row before")
            << diffWith(AsmTable::Rosters, 1, 1) << 0LL
            << QStringList{QStringLiteral("safety.tableEmptied")};
        AsmDiffResult first;
        QTest::newRow("first delivery without students")
            << first << 0LL
            << QStringList{QStringLiteral("safety.noStudents"),
                           QStringLiteral("safety.firstDelivery")};
        AsmDiffResult broken = diffWith(AsmTable::Staff, 10, 0);
        broken.table(AsmTable::Staff).complete = false;
        broken.table(AsmTable::Staff).problem = QStringLiteral("CRC error");
        QTest::newRow("incomplete diff")
            << broken << 0LL << QStringList{QStringLiteral("safety.diffIncomplete")};
        QTest::newRow("validation errors and an emptied table")
            << diffWith(AsmTable::Locations, 5, 5) << 2LL
            << QStringList{QStringLiteral("safety.validationErrors"),
                           QStringLiteral("safety.tableEmptied")};
        AsmDiffResult both = diffWith(AsmTable::Classes, 10, 10);
        both.table(AsmTable::Students).removed = 60;
        both.table(AsmTable::Students).unchanged = 40;
        both.table(AsmTable::Students).currentRows = 40;
        QTest::newRow("stops come before holds")
            << both << 0LL
            << QStringList{QStringLiteral("safety.tableEmptied"),
                           QStringLiteral("safety.removals")};
    }
    void stops()
    {
        QFETCH(AsmDiffResult, diff);
        QFETCH(qint64, validationErrors);
        QFETCH(QStringList, codes);
        const SafetyResult result =
            SafetyCheck::evaluate(diff, SafetyThresholds(), validationErrors);
        QCOMPARE(result.verdict, SafetyVerdict::Stop);
        QVERIFY(!result.mayDeliver());
        QStringList actual;
        for (const SafetyReason &r : result.reasons)
            actual.append(r.code);
        QCOMPARE(actual, codes);
        QCOMPARE(result.toJson().value(QStringLiteral("verdict")).toString(),
                 QStringLiteral("stop"));
    }

    void stopMessages()
    {
        SafetyResult result =
            SafetyCheck::evaluate(diffWith(AsmTable::Students, 100, 100), SafetyThresholds(), 3);
        QCOMPARE(result.messages(),
                 (QStringList{QStringLiteral("3 validation error(s): Apple would reject this "
                                             "upload."),
                              QStringLiteral("students.csv is empty, but the last delivery had 100 "
                                             "rows in it; delivering it would remove all of them "
                                             "from Apple School Manager.")}));
    }

    // More than 20 % of students or staff with a changed name, email or location holds; the
    // limit is per file, and 100 % never holds.
    void massChanges()
    {
        AsmDiffResult diff = diffWith(AsmTable::Staff, 1000, 0);
        AsmTableDiff &staff = diff.table(AsmTable::Staff);
        staff.changed = 400;
        staff.changedWatched = 200;
        staff.unchanged = 600;
        QCOMPARE(SafetyCheck::evaluate(diff, SafetyThresholds(), 0).verdict, SafetyVerdict::Pass);
        staff.changedWatched = 201;
        const SafetyResult held = SafetyCheck::evaluate(diff, SafetyThresholds(), 0);
        QCOMPARE(held.verdict, SafetyVerdict::Hold);
        QCOMPARE(held.reasons.size(), qsizetype(1));
        QCOMPARE(held.reasons[0].code, QStringLiteral("safety.changes"));
        QCOMPARE(held.messages(),
                 QStringList{QStringLiteral("staff.csv: 201 of 1000 people have a changed name, "
                                            "email address or location (20.1 %), over the limit "
                                            "of 20 %.")});
        const QJsonObject reason =
            held.toJson().value(QStringLiteral("reasons")).toArray()[0].toObject();
        QCOMPARE(reason.value(QStringLiteral("maxChangedPercent")).toDouble(), 20.0);
        QCOMPARE(reason.value(QStringLiteral("count")).toInteger(), qint64(201));

        SafetyThresholds t;
        t.setLimit(AsmTable::Staff, {5.0, 50, 100.0});
        QCOMPARE(SafetyCheck::evaluate(diff, t, 0).verdict, SafetyVerdict::Pass);
        // Other files hold on any changed row once given a limit.
        AsmDiffResult classes = diffWith(AsmTable::Classes, 100, 0);
        classes.table(AsmTable::Classes).changed = 11;
        classes.table(AsmTable::Classes).changedWatched = 11;
        QCOMPARE(SafetyCheck::evaluate(classes, SafetyThresholds(), 0).verdict,
                 SafetyVerdict::Pass);
        t.setLimit(AsmTable::Classes, {5.0, 50, 10.0});
        QCOMPARE(SafetyCheck::evaluate(classes, t, 0).verdict, SafetyVerdict::Hold);
        QVERIFY(SafetyThresholds::fromJson(
            parse(R"({"tables": {"classes": {"maxChangedPercent": 10}}})"), &t));
        QCOMPARE(t.limit(AsmTable::Classes).maxChangedPercent, 10.0);
        QVERIFY(!SafetyThresholds::fromJson(
            parse(R"({"tables": {"staff": {"maxChangedPercent": 101}}})"), &t));
    }

    void firstDelivery()
    {
        AsmDiffResult diff;
        diff.table(AsmTable::Students).currentRows = 10;
        diff.table(AsmTable::Students).added = 10;
        SafetyThresholds t;
        SafetyResult held = SafetyCheck::evaluate(diff, t, 0);
        QCOMPARE(held.verdict, SafetyVerdict::Hold);
        QCOMPARE(held.reasons.size(), qsizetype(1));
        QCOMPARE(held.reasons[0].code, QStringLiteral("safety.firstDelivery"));
        t.setHoldFirstDelivery(false);
        QCOMPARE(SafetyCheck::evaluate(diff, t, 0).verdict, SafetyVerdict::Pass);
    }
};

QTEST_GUILESS_MAIN(TestSafetyCheck)
#include "tst_safetycheck.moc"
