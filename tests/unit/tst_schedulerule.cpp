// Schedule rules: next due instants across weekends, time zones and daylight-saving changes;
// JSON round trip and bad values named by key; the time zone picker's filter.
#include "schedule/ScheduleRule.h"

#include <QJsonDocument>
#include <QTest>

#include <utility>

Q_DECLARE_METATYPE(rb::ScheduleRule)

using namespace Qt::StringLiterals;

namespace rb {

namespace {

QDateTime utc(const QString &iso)
{
    const QDateTime t = QDateTime::fromString(iso, Qt::ISODate);
    Q_ASSERT(t.isValid() && t.offsetFromUtc() == 0);
    return t;
}

ScheduleRule daily(int hour, int minute, const QString &zone, bool weekends)
{
    ScheduleRule r;
    r.kind = ScheduleKind::Daily;
    r.hour = hour;
    r.minute = minute;
    r.timeZone = zone;
    r.runOnWeekends = weekends;
    return r;
}

ScheduleRule everyHours(int n, int minute, const QString &zone, bool weekends)
{
    ScheduleRule r;
    r.kind = ScheduleKind::EveryNHours;
    r.everyHours = n;
    r.minute = minute;
    r.timeZone = zone;
    r.runOnWeekends = weekends;
    return r;
}

QJsonObject parse(const QString &text)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8(), &error);
    Q_ASSERT(error.error == QJsonParseError::NoError);
    return doc.object();
}

} // namespace

class TestScheduleRule : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void zonesAvailable()
    {
        const QList<QByteArray> ids = QTimeZone::availableTimeZoneIds();
        QVERIFY(ids.contains("America/New_York"));
        QVERIFY(ids.contains("Europe/London"));
        QVERIFY(ids.contains("Pacific/Auckland"));
        QVERIFY(ids.contains("Asia/Kolkata"));
    }

    void nextAfter_data()
    {
        QTest::addColumn<bool>("every");
        // The hour for daily rules, N for every-N-hours rules.
        QTest::addColumn<int>("hourOrN");
        QTest::addColumn<int>("minute");
        QTest::addColumn<QString>("zone");
        QTest::addColumn<bool>("weekends");
        QTest::addColumn<QString>("now");
        QTest::addColumn<QString>("expected");

        const QString ny = u"America/New_York"_s;
        const QString london = u"Europe/London"_s;
        const QString auckland = u"Pacific/Auckland"_s;
        const QString kolkata = u"Asia/Kolkata"_s;
        const QString utcZone = u"UTC"_s;

        // Ordinary days (2026-01-14 is a Wednesday; New York is on EST, UTC-5).
        QTest::newRow("daily later today")
            << false << 5 << 0 << ny << true << u"2026-01-14T09:00:00Z"_s
            << u"2026-01-14T10:00:00Z"_s;
        QTest::newRow("daily exactly now is tomorrow")
            << false << 5 << 0 << ny << true << u"2026-01-14T10:00:00Z"_s
            << u"2026-01-15T10:00:00Z"_s;
        QTest::newRow("daily in summer time")
            << false << 5 << 0 << ny << true << u"2026-07-01T12:00:00Z"_s
            << u"2026-07-02T09:00:00Z"_s;
        QTest::newRow("daily with minutes")
            << false << 23 << 45 << utcZone << true << u"2026-01-14T23:50:00Z"_s
            << u"2026-01-15T23:45:00Z"_s;
        QTest::newRow("daily midnight") << false << 0 << 0 << ny << true
                                        << u"2026-01-14T06:00:00Z"_s << u"2026-01-15T05:00:00Z"_s;

        // Weekends off: Saturday and Sunday in the rule's zone are skipped.
        QTest::newRow("friday evening to monday")
            << false << 5 << 0 << ny << false << u"2026-01-16T20:00:00Z"_s
            << u"2026-01-19T10:00:00Z"_s;
        QTest::newRow("saturday to monday")
            << false << 5 << 0 << ny << false << u"2026-01-17T12:00:00Z"_s
            << u"2026-01-19T10:00:00Z"_s;
        QTest::newRow("friday morning still friday")
            << false << 5 << 0 << ny << false << u"2026-01-16T09:59:00Z"_s
            << u"2026-01-16T10:00:00Z"_s;
        QTest::newRow("weekends on runs saturday")
            << false << 5 << 0 << ny << true << u"2026-01-16T20:00:00Z"_s
            << u"2026-01-17T10:00:00Z"_s;
        // Friday 20:00 UTC is already Saturday in Auckland (UTC+13); Monday 08:00 there is
        // Sunday in UTC.
        QTest::newRow("weekend judged in the zone")
            << false << 8 << 0 << auckland << false << u"2026-01-16T20:00:00Z"_s
            << u"2026-01-18T19:00:00Z"_s;

        // Every N hours, slots counted from local midnight.
        QTest::newRow("every 6h next slot")
            << true << 6 << 0 << ny << true << u"2026-01-14T09:00:00Z"_s
            << u"2026-01-14T11:00:00Z"_s;
        QTest::newRow("every 6h midnight slot")
            << true << 6 << 0 << ny << true << u"2026-01-15T04:00:00Z"_s
            << u"2026-01-15T05:00:00Z"_s;
        QTest::newRow("every 5h restarts at midnight")
            << true << 5 << 0 << utcZone << true << u"2026-01-14T20:30:00Z"_s
            << u"2026-01-15T00:00:00Z"_s;
        QTest::newRow("every 24h is midnight")
            << true << 24 << 15 << utcZone << true << u"2026-01-14T00:20:00Z"_s
            << u"2026-01-15T00:15:00Z"_s;
        QTest::newRow("every 3h at half past")
            << true << 3 << 30 << ny << true << u"2026-01-14T12:00:00Z"_s
            << u"2026-01-14T14:30:00Z"_s;
        QTest::newRow("every 1h skips the weekend")
            << true << 1 << 0 << ny << false << u"2026-01-17T05:30:00Z"_s
            << u"2026-01-19T05:00:00Z"_s;

        // New York springs forward on 2026-03-08: 02:00 EST (07:00 UTC) becomes 03:00 EDT.
        QTest::newRow("ny spring 01:30") << false << 1 << 30 << ny << true
                                         << u"2026-03-08T05:00:00Z"_s << u"2026-03-08T06:30:00Z"_s;
        QTest::newRow("ny spring 02:00 in gap")
            << false << 2 << 0 << ny << true << u"2026-03-08T05:00:00Z"_s
            << u"2026-03-08T07:00:00Z"_s;
        QTest::newRow("ny spring 02:30 in gap runs 03:00")
            << false << 2 << 30 << ny << true << u"2026-03-08T05:00:00Z"_s
            << u"2026-03-08T07:00:00Z"_s;
        QTest::newRow("ny spring 02:30 once")
            << false << 2 << 30 << ny << true << u"2026-03-08T07:00:00Z"_s
            << u"2026-03-09T06:30:00Z"_s;
        QTest::newRow("ny spring 02:30 day before")
            << false << 2 << 30 << ny << true << u"2026-03-07T05:00:00Z"_s
            << u"2026-03-07T07:30:00Z"_s;
        QTest::newRow("ny spring 03:00") << false << 3 << 0 << ny << true
                                         << u"2026-03-08T05:00:00Z"_s << u"2026-03-08T07:00:00Z"_s;
        QTest::newRow("ny spring 03:30") << false << 3 << 30 << ny << true
                                         << u"2026-03-08T05:00:00Z"_s << u"2026-03-08T07:30:00Z"_s;
        QTest::newRow("ny spring every 1h gap slot")
            << true << 1 << 0 << ny << true << u"2026-03-08T06:30:00Z"_s
            << u"2026-03-08T07:00:00Z"_s;
        QTest::newRow("ny spring every 1h merged slot once")
            << true << 1 << 0 << ny << true << u"2026-03-08T07:00:00Z"_s
            << u"2026-03-08T08:00:00Z"_s;

        // New York falls back on 2026-11-01: 02:00 EDT (06:00 UTC) becomes 01:00 EST, so 01:xx
        // happens at 05:xx and again at 06:xx UTC.
        QTest::newRow("ny fall 01:00 first")
            << false << 1 << 0 << ny << true << u"2026-11-01T04:00:00Z"_s
            << u"2026-11-01T05:00:00Z"_s;
        QTest::newRow("ny fall 01:30 first")
            << false << 1 << 30 << ny << true << u"2026-11-01T04:00:00Z"_s
            << u"2026-11-01T05:30:00Z"_s;
        QTest::newRow("ny fall 01:30 once")
            << false << 1 << 30 << ny << true << u"2026-11-01T05:30:00Z"_s
            << u"2026-11-02T06:30:00Z"_s;
        QTest::newRow("ny fall 01:30 not in repeat")
            << false << 1 << 30 << ny << true << u"2026-11-01T06:00:00Z"_s
            << u"2026-11-02T06:30:00Z"_s;
        QTest::newRow("ny fall 02:30") << false << 2 << 30 << ny << true
                                       << u"2026-11-01T04:00:00Z"_s << u"2026-11-01T07:30:00Z"_s;
        QTest::newRow("ny fall 03:00") << false << 3 << 0 << ny << true << u"2026-11-01T04:00:00Z"_s
                                       << u"2026-11-01T08:00:00Z"_s;
        QTest::newRow("ny fall every 1h skips repeat")
            << true << 1 << 0 << ny << true << u"2026-11-01T05:00:00Z"_s
            << u"2026-11-01T07:00:00Z"_s;

        // London springs forward on 2026-03-29: 01:00 GMT (01:00 UTC) becomes 02:00 BST.
        QTest::newRow("london spring 00:30")
            << false << 0 << 30 << london << true << u"2026-03-29T00:00:00Z"_s
            << u"2026-03-29T00:30:00Z"_s;
        QTest::newRow("london spring 01:00 in gap")
            << false << 1 << 0 << london << true << u"2026-03-29T00:00:00Z"_s
            << u"2026-03-29T01:00:00Z"_s;
        QTest::newRow("london spring 01:30 runs 02:00")
            << false << 1 << 30 << london << true << u"2026-03-29T00:00:00Z"_s
            << u"2026-03-29T01:00:00Z"_s;
        QTest::newRow("london spring 01:30 once")
            << false << 1 << 30 << london << true << u"2026-03-29T01:00:00Z"_s
            << u"2026-03-30T00:30:00Z"_s;
        QTest::newRow("london spring 02:30")
            << false << 2 << 30 << london << true << u"2026-03-29T00:00:00Z"_s
            << u"2026-03-29T01:30:00Z"_s;
        QTest::newRow("london spring 03:00")
            << false << 3 << 0 << london << true << u"2026-03-29T00:00:00Z"_s
            << u"2026-03-29T02:00:00Z"_s;

        // London falls back on 2026-10-25: 02:00 BST (01:00 UTC) becomes 01:00 GMT.
        QTest::newRow("london fall 01:00 first")
            << false << 1 << 0 << london << true << u"2026-10-24T23:30:00Z"_s
            << u"2026-10-25T00:00:00Z"_s;
        QTest::newRow("london fall 01:30 first")
            << false << 1 << 30 << london << true << u"2026-10-24T23:30:00Z"_s
            << u"2026-10-25T00:30:00Z"_s;
        QTest::newRow("london fall 01:30 once")
            << false << 1 << 30 << london << true << u"2026-10-25T00:30:00Z"_s
            << u"2026-10-26T01:30:00Z"_s;
        QTest::newRow("london fall 02:00")
            << false << 2 << 0 << london << true << u"2026-10-24T23:30:00Z"_s
            << u"2026-10-25T02:00:00Z"_s;
        QTest::newRow("london fall 03:00")
            << false << 3 << 0 << london << true << u"2026-10-24T23:30:00Z"_s
            << u"2026-10-25T03:00:00Z"_s;

        // Far from UTC.
        QTest::newRow("kolkata next day") << false << 5 << 0 << kolkata << true
                                          << u"2026-01-14T00:00:00Z"_s << u"2026-01-14T23:30:00Z"_s;
        QTest::newRow("kolkata every 4h") << true << 4 << 0 << kolkata << true
                                          << u"2026-01-14T00:00:00Z"_s << u"2026-01-14T02:30:00Z"_s;
        QTest::newRow("auckland 02:00") << false << 2 << 0 << auckland << true
                                        << u"2026-01-14T12:00:00Z"_s << u"2026-01-14T13:00:00Z"_s;
        // Auckland springs forward on 2026-09-27 (02:00 NZST becomes 03:00 NZDT) and falls
        // back on 2026-04-05 (03:00 NZDT becomes 02:00 NZST).
        QTest::newRow("auckland spring 02:30 runs 03:00")
            << false << 2 << 30 << auckland << true << u"2026-09-26T12:00:00Z"_s
            << u"2026-09-26T14:00:00Z"_s;
        QTest::newRow("auckland fall 02:30 first")
            << false << 2 << 30 << auckland << true << u"2026-04-04T12:00:00Z"_s
            << u"2026-04-04T13:30:00Z"_s;
    }

    void nextAfter()
    {
        QFETCH(bool, every);
        QFETCH(int, hourOrN);
        QFETCH(int, minute);
        QFETCH(QString, zone);
        QFETCH(bool, weekends);
        QFETCH(QString, now);
        QFETCH(QString, expected);
        const ScheduleRule rule = every ? everyHours(hourOrN, minute, zone, weekends)
                                        : daily(hourOrN, minute, zone, weekends);
        QVERIFY(rule.isValid());
        const QDateTime next = rule.nextAfter(utc(now));
        QVERIFY(next.isValid());
        QCOMPARE(next.offsetFromUtc(), 0);
        QCOMPARE(next, utc(expected));
    }

    // Walking a whole year: every local day gets exactly one run, on that day, at the wall time
    // asked for or (in a gap) just after it.
    void oncePerDayAllYear_data()
    {
        QTest::addColumn<QString>("zone");
        QTest::addColumn<int>("hour");
        QTest::addColumn<int>("minute");
        for (const QString &zone : {u"America/New_York"_s, u"Europe/London"_s,
                                    u"Pacific/Auckland"_s, u"Australia/Lord_Howe"_s}) {
            for (const auto &[hour, minute] : {std::pair{0, 0}, std::pair{1, 30}, std::pair{2, 0},
                                               std::pair{2, 30}, std::pair{3, 0}}) {
                const QString name =
                    QString(zone % u' ' % QString::number(hour) % u':' % QString::number(minute));
                QTest::newRow(qPrintable(name)) << zone << hour << minute;
            }
        }
    }

    void oncePerDayAllYear()
    {
        QFETCH(QString, zone);
        QFETCH(int, hour);
        QFETCH(int, minute);
        const ScheduleRule rule = daily(hour, minute, zone, true);
        const QTimeZone tz = rule.zone();
        QVERIFY(tz.isValid());
        const QTime wanted(hour, minute);
        QDateTime at = utc(u"2025-12-31T00:00:00Z"_s);
        QDate expectedDay = at.toTimeZone(tz).date();
        if (at.toTimeZone(tz).time() >= wanted)
            expectedDay = expectedDay.addDays(1);
        for (int i = 0; i < 366; ++i) {
            const QDateTime next = rule.nextAfter(at);
            QVERIFY(next > at);
            const QDateTime local = next.toTimeZone(tz);
            QCOMPARE(local.date(), expectedDay);
            // Exactly the wall time, or at most the size of a gap (one hour) later.
            QVERIFY2(local.time() >= wanted && wanted.secsTo(local.time()) <= 3600,
                     qPrintable(local.toString(Qt::ISODate)));
            if (local.time() != wanted) {
                // Only in a gap: one second earlier the wall clock read before the wanted time.
                QVERIFY(next.addSecs(-1).toTimeZone(tz).time() < wanted);
            }
            expectedDay = expectedDay.addDays(1);
            at = next;
        }
    }

    void pausedOrInvalidIsNeverDue()
    {
        const QDateTime now = utc(u"2026-01-14T00:00:00Z"_s);
        ScheduleRule rule = daily(5, 0, u"UTC"_s, true);
        QVERIFY(rule.nextAfter(now).isValid());
        rule.paused = true;
        QVERIFY(!rule.nextAfter(now).isValid());

        ScheduleRule unknownZone = daily(5, 0, u"Mars/Olympus_Mons"_s, true);
        QVERIFY(!unknownZone.isValid());
        QVERIFY(!unknownZone.nextAfter(now).isValid());

        ScheduleRule badHour = daily(24, 0, u"UTC"_s, true);
        QVERIFY(!badHour.isValid());
        QVERIFY(!badHour.nextAfter(now).isValid());

        QVERIFY(!daily(5, 0, u"UTC"_s, true).nextAfter(QDateTime()).isValid());
    }

    void emptyZoneIsSystemZone()
    {
        const ScheduleRule rule = daily(5, 0, QString(), true);
        QVERIFY(rule.isValid());
        QCOMPARE(rule.zone().id(), QTimeZone::systemTimeZone().id());
        QVERIFY(rule.nextAfter(utc(u"2026-01-14T00:00:00Z"_s)).isValid());
    }

    void defaults()
    {
        const ScheduleRule rule;
        QCOMPARE(rule.kind, ScheduleKind::Daily);
        QCOMPARE(rule.hour, 5);
        QCOMPARE(rule.minute, 0);
        QVERIFY(!rule.runOnWeekends);
        QVERIFY(!rule.paused);
        QVERIFY(rule.timeZone.isEmpty());

        Findings findings;
        QCOMPARE(ScheduleRule::fromJson(QJsonObject(), &findings), rule);
        QCOMPARE(findings.totalCount(), 0);
    }

    void roundTrip_data()
    {
        QTest::addColumn<ScheduleRule>("rule");
        QTest::newRow("daily") << daily(23, 45, u"Pacific/Auckland"_s, true);
        QTest::newRow("every") << everyHours(4, 15, u"America/New_York"_s, false);
        ScheduleRule paused = daily(0, 0, u"Europe/London"_s, false);
        paused.paused = true;
        QTest::newRow("paused") << paused;
        QTest::newRow("system zone") << daily(7, 5, QString(), true);
    }

    void roundTrip()
    {
        QFETCH(ScheduleRule, rule);
        Findings findings;
        const QJsonObject json = rule.toJson();
        const ScheduleRule back = ScheduleRule::fromJson(json, &findings);
        QCOMPARE(findings.totalCount(), 0);
        QCOMPARE(back, rule);
        QCOMPARE(back.toJson(), json);
    }

    void jsonKeys()
    {
        const QJsonObject json = everyHours(3, 10, u"Asia/Kolkata"_s, true).toJson();
        QCOMPARE(json.value(u"kind"_s).toString(), u"everyNHours"_s);
        QCOMPARE(json.value(u"everyHours"_s).toInt(), 3);
        QCOMPARE(json.value(u"minute"_s).toInt(), 10);
        QCOMPARE(json.value(u"timeZone"_s).toString(), u"Asia/Kolkata"_s);
        QCOMPARE(json.value(u"runOnWeekends"_s).toBool(), true);
        QCOMPARE(json.value(u"paused"_s).toBool(), false);
        QCOMPARE(daily(1, 2, u"UTC"_s, false).toJson().value(u"kind"_s).toString(), u"daily"_s);
    }

    void badValues_data()
    {
        QTest::addColumn<QString>("json");
        QTest::addColumn<QString>("field");
        QTest::addColumn<bool>("isError");

        QTest::newRow("hour 24") << u"{\"hour\": 24}"_s << u"hour"_s << true;
        QTest::newRow("hour negative") << u"{\"hour\": -1}"_s << u"hour"_s << true;
        QTest::newRow("hour fraction") << u"{\"hour\": 5.5}"_s << u"hour"_s << true;
        QTest::newRow("hour text") << u"{\"hour\": \"5\"}"_s << u"hour"_s << true;
        QTest::newRow("minute 60") << u"{\"minute\": 60}"_s << u"minute"_s << true;
        QTest::newRow("every 0") << u"{\"everyHours\": 0}"_s << u"everyHours"_s << true;
        QTest::newRow("every 25") << u"{\"everyHours\": 25}"_s << u"everyHours"_s << true;
        QTest::newRow("kind weekly") << u"{\"kind\": \"weekly\"}"_s << u"kind"_s << true;
        QTest::newRow("kind number") << u"{\"kind\": 1}"_s << u"kind"_s << true;
        QTest::newRow("zone unknown")
            << u"{\"timeZone\": \"Mars/Olympus_Mons\"}"_s << u"timeZone"_s << false;
        QTest::newRow("zone number") << u"{\"timeZone\": 5}"_s << u"timeZone"_s << true;
        QTest::newRow("weekends text")
            << u"{\"runOnWeekends\": \"yes\"}"_s << u"runOnWeekends"_s << true;
        QTest::newRow("paused number") << u"{\"paused\": 1}"_s << u"paused"_s << true;
        QTest::newRow("unknown key") << u"{\"hours\": 5}"_s << u"hours"_s << false;
    }

    void badValues()
    {
        QFETCH(QString, json);
        QFETCH(QString, field);
        QFETCH(bool, isError);
        Findings findings;
        const ScheduleRule rule = ScheduleRule::fromJson(parse(json), &findings, u"p.json"_s);
        QCOMPARE(findings.totalCount(), 1);
        const Finding &f = findings.kept().constFirst();
        QCOMPARE(f.field, field);
        QCOMPARE(f.file, u"p.json"_s);
        QCOMPARE(f.severity, isError ? Severity::Error : Severity::Warning);
        QVERIFY(!f.message.isEmpty());
        // A bad number leaves the default rather than a value out of range.
        if (field != u"timeZone")
            QVERIFY(rule.isValid());
    }

    void goodValuesAccepted()
    {
        Findings findings;
        const ScheduleRule rule = ScheduleRule::fromJson(
            parse(u"{\"kind\": \"everyNHours\", \"everyHours\": 24, \"minute\": 59, "
                  "\"hour\": 0, \"timeZone\": \"Europe/London\", \"runOnWeekends\": true, "
                  "\"paused\": false}"_s),
            &findings);
        QCOMPARE(findings.totalCount(), 0);
        ScheduleRule expected = everyHours(24, 59, u"Europe/London"_s, true);
        expected.hour = 0;
        QCOMPARE(rule, expected);
    }

    void describe()
    {
        QCOMPARE(daily(5, 0, u"America/New_York"_s, false).describe(),
                 u"Every day at 05:00, Monday to Friday (America/New_York)"_s);
        QCOMPARE(everyHours(6, 30, u"UTC"_s, true).describe(), u"Every 6 hours from 00:30 (UTC)"_s);
        ScheduleRule paused = daily(23, 5, u"UTC"_s, true);
        paused.paused = true;
        QCOMPARE(paused.describe(), u"Every day at 23:05 (UTC), paused"_s);
    }

    void timeZoneIds()
    {
        const QStringList all = ScheduleRule::timeZoneIds();
        QVERIFY(all.contains(u"America/New_York"_s));
        QVERIFY(all.contains(u"Europe/London"_s));
        QVERIFY(all.contains(u"Asia/Kolkata"_s));
        QVERIFY(all.size() > 300);
        QStringList sorted = all;
        sorted.sort(Qt::CaseInsensitive);
        QCOMPARE(all, sorted);

        // "US/" narrows to the US zones only, whatever the case typed.
        const QStringList us = ScheduleRule::timeZoneIds(u"US/"_s);
        QVERIFY(!us.isEmpty());
        QVERIFY(us.contains(u"US/Eastern"_s));
        for (const QString &id : us)
            QVERIFY2(id.startsWith(u"US/"), qPrintable(id));
        QCOMPARE(ScheduleRule::timeZoneIds(u"us/"_s), us);
        // Every listed id can be used in a rule.
        for (const QString &id : us)
            QVERIFY2(daily(5, 0, id, true).isValid(), qPrintable(id));

        // A path typed from its start matches by prefix.
        const QStringList americaNew = ScheduleRule::timeZoneIds(u"america/new"_s);
        QVERIFY(americaNew.contains(u"America/New_York"_s));
        for (const QString &id : americaNew)
            QVERIFY(id.startsWith(u"America/New"));

        // Anything else matches anywhere in the id.
        const QStringList york = ScheduleRule::timeZoneIds(u"york"_s);
        QVERIFY(york.contains(u"America/New_York"_s));
        for (const QString &id : york)
            QVERIFY(id.contains(u"york", Qt::CaseInsensitive));
        QVERIFY(ScheduleRule::timeZoneIds(u"  "_s).size() == all.size());
        QVERIFY(ScheduleRule::timeZoneIds(u"no such zone"_s).isEmpty());
    }
};

} // namespace rb

QTEST_GUILESS_MAIN(rb::TestScheduleRule)
#include "tst_schedulerule.moc"
