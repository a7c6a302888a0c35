// The "no delivery for N school days" rule: which days count, when the first alert goes and how
// often it repeats, on a clock the test moves.
#include "schedule/StaleDelivery.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace rb;

namespace {

QDateTime utc(const char *iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate);
}

// 05:00 in New York, Monday to Friday.
ScheduleRule weekdays()
{
    ScheduleRule r;
    r.hour = 5;
    r.timeZone = u"America/New_York"_s;
    return r;
}

} // namespace

class TestStaleDelivery : public QObject
{
    Q_OBJECT

private slots:
    void countsOnlyTheDaysTheScheduleRuns()
    {
        // Delivered Thursday 2026-11-05 at 05:00 EST (10:00 UTC).
        const QDateTime delivered = utc("2026-11-05T10:00:30Z");
        // Friday's slot has passed: one day.
        QCOMPARE(StaleDelivery::dueDaysBetween(weekdays(), delivered, utc("2026-11-06T12:00:00Z")),
                 1);
        // The weekend does not count; Monday's slot is the second day.
        QCOMPARE(StaleDelivery::dueDaysBetween(weekdays(), delivered, utc("2026-11-08T23:00:00Z")),
                 1);
        QCOMPARE(StaleDelivery::dueDaysBetween(weekdays(), delivered, utc("2026-11-09T10:00:00Z")),
                 2);
        // Just before Tuesday's slot it is still two.
        QCOMPARE(StaleDelivery::dueDaysBetween(weekdays(), delivered, utc("2026-11-10T09:59:59Z")),
                 2);

        ScheduleRule everyDay = weekdays();
        everyDay.runOnWeekends = true;
        QCOMPARE(StaleDelivery::dueDaysBetween(everyDay, delivered, utc("2026-11-09T10:00:00Z")),
                 4);

        // Several slots a day still make one day each.
        ScheduleRule hourly = weekdays();
        hourly.kind = ScheduleKind::EveryNHours;
        hourly.everyHours = 1;
        QCOMPARE(StaleDelivery::dueDaysBetween(hourly, delivered, utc("2026-11-06T23:00:00Z")), 2);

        ScheduleRule paused = weekdays();
        paused.paused = true;
        QCOMPARE(StaleDelivery::dueDaysBetween(paused, delivered, utc("2026-12-01T00:00:00Z")), 0);
        QCOMPARE(
            StaleDelivery::dueDaysBetween(weekdays(), QDateTime(), utc("2026-12-01T00:00:00Z")), 0);
    }

    void alertsOnceWhenTheLimitPassesThenDaily()
    {
        const ScheduleRule rule = weekdays();
        const QDateTime delivered = utc("2026-11-05T10:00:30Z"); // Thursday
        const int limit = StaleDelivery::kDefaultLimitDays;
        QDateTime lastAlert;
        QList<QDateTime> sent;
        // A heartbeat every ten minutes for two weeks.
        for (QDateTime now = delivered; now < delivered.addDays(14); now = now.addSecs(600)) {
            if (StaleDelivery::alertDue(rule, limit, delivered, lastAlert, now)) {
                sent.append(now);
                lastAlert = now;
            }
        }
        QVERIFY(!sent.isEmpty());
        // Friday, Monday, Tuesday: the third school day's slot passes on Tuesday at 05:00 EST.
        QCOMPARE(sent.first(), utc("2026-11-10T10:00:30Z"));
        for (qsizetype i = 1; i < sent.size(); ++i)
            QCOMPARE(sent.at(i - 1).secsTo(sent.at(i)), qint64(24 * 60 * 60));
        QCOMPARE(sent.size(), 9); // Tuesday the 10th to Wednesday the 18th

        // A delivery ends it; the next gap alerts afresh.
        const QDateTime again = utc("2026-11-19T10:00:10Z");
        QVERIFY(
            !StaleDelivery::alertDue(rule, limit, again, lastAlert, utc("2026-11-20T12:00:00Z")));
        QVERIFY(
            StaleDelivery::alertDue(rule, limit, again, lastAlert, utc("2026-11-24T10:00:20Z")));
        // Off.
        QVERIFY(
            !StaleDelivery::alertDue(rule, 0, delivered, QDateTime(), utc("2026-12-24T10:00:00Z")));
    }
};

QTEST_GUILESS_MAIN(TestStaleDelivery)
#include "tst_staledelivery.moc"
