// The scheduler against a clock the test moves: due once at the due time, pauses, a machine
// that sleeps for days, a clock set back, and the heartbeat timer.
#include "FakeClock.h"

#include "schedule/Scheduler.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

namespace rb {

using test::FakeClock;

namespace {

QDateTime utc(const QString &iso)
{
    return QDateTime::fromString(iso, Qt::ISODate);
}

// Every day at 05:00 UTC, weekends included.
ScheduleRule fiveAm()
{
    ScheduleRule r;
    r.hour = 5;
    r.timeZone = u"UTC"_s;
    r.runOnWeekends = true;
    return r;
}

QStringList dueIds(const QSignalSpy &spy)
{
    QStringList ids;
    for (const QList<QVariant> &args : spy)
        ids.append(args.at(0).toString());
    return ids;
}

} // namespace

class TestScheduler : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void dueOnceAtDueTime()
    {
        FakeClock clock;
        clock.set(u"2026-01-14T04:59:00Z"_s);
        Scheduler scheduler(&clock);
        QSignalSpy spy(&scheduler, &Scheduler::due);
        scheduler.setRule(u"district"_s, fiveAm());
        QCOMPARE(scheduler.nextDue(u"district"_s), utc(u"2026-01-14T05:00:00Z"_s));

        scheduler.tick();
        QCOMPARE(spy.count(), 0);

        clock.advanceSecs(60);
        scheduler.tick();
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.at(0).at(0).toString(), u"district"_s);
        QCOMPARE(spy.at(0).at(1).toString(), u"schedule"_s);
        QCOMPARE(spy.at(0).at(1).toString(), Scheduler::scheduleTrigger());

        // More heartbeats in the same minute and later the same day: nothing more.
        scheduler.tick();
        clock.advanceSecs(30);
        scheduler.tick();
        clock.advanceSecs(3600);
        scheduler.tick();
        QCOMPARE(spy.count(), 1);
    }

    void recomputedAfterFiring()
    {
        FakeClock clock;
        clock.set(u"2026-01-14T05:59:00Z"_s);
        Scheduler scheduler(&clock);
        QSignalSpy spy(&scheduler, &Scheduler::due);
        QSignalSpy changed(&scheduler, &Scheduler::nextDueChanged);
        ScheduleRule rule = fiveAm();
        rule.kind = ScheduleKind::EveryNHours;
        rule.everyHours = 6;
        scheduler.setRule(u"p"_s, rule);
        QCOMPARE(scheduler.nextDue(u"p"_s), utc(u"2026-01-14T06:00:00Z"_s));

        clock.set(u"2026-01-14T06:00:10Z"_s);
        changed.clear();
        scheduler.tick();
        QCOMPARE(spy.count(), 1);
        QCOMPARE(scheduler.nextDue(u"p"_s), utc(u"2026-01-14T12:00:00Z"_s));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.at(0).at(1).toDateTime(), utc(u"2026-01-14T12:00:00Z"_s));

        clock.set(u"2026-01-14T12:00:00Z"_s);
        scheduler.tick();
        QCOMPARE(spy.count(), 2);
        QCOMPARE(scheduler.nextDue(u"p"_s), utc(u"2026-01-14T18:00:00Z"_s));
    }

    void pausedRuleEmitsNothing()
    {
        FakeClock clock;
        clock.set(u"2026-01-14T04:00:00Z"_s);
        Scheduler scheduler(&clock);
        QSignalSpy spy(&scheduler, &Scheduler::due);
        ScheduleRule rule = fiveAm();
        rule.paused = true;
        scheduler.setRule(u"a"_s, rule);
        QVERIFY(!scheduler.nextDue(u"a"_s).isValid());
        clock.advanceSecs(3 * 86400);
        scheduler.tick();
        QCOMPARE(spy.count(), 0);
    }

    void resumeDropsWhatFellInThePause()
    {
        FakeClock clock;
        clock.set(u"2026-01-14T04:00:00Z"_s);
        Scheduler scheduler(&clock);
        QSignalSpy spy(&scheduler, &Scheduler::due);
        ScheduleRule paused = fiveAm();
        paused.paused = true;
        scheduler.setRule(u"a"_s, paused);
        scheduler.setRule(u"b"_s, fiveAm());

        clock.set(u"2026-01-14T06:00:00Z"_s);
        scheduler.tick();
        QCOMPARE(dueIds(spy), QStringList{u"b"_s});
        scheduler.setRule(u"a"_s, fiveAm());
        scheduler.tick();
        QCOMPARE(spy.count(), 1);
        QCOMPARE(scheduler.nextDue(u"a"_s), utc(u"2026-01-15T05:00:00Z"_s));

        clock.set(u"2026-01-15T05:00:00Z"_s);
        scheduler.tick();
        QCOMPARE(dueIds(spy), (QStringList{u"b"_s, u"a"_s, u"b"_s}));
    }

    void sleepThreeDaysEmitsOnce()
    {
        FakeClock clock;
        clock.set(u"2026-01-14T04:00:00Z"_s);
        Scheduler scheduler(&clock);
        QSignalSpy spy(&scheduler, &Scheduler::due);
        scheduler.setRule(u"a"_s, fiveAm());
        ScheduleRule hourly = fiveAm();
        hourly.kind = ScheduleKind::EveryNHours;
        hourly.everyHours = 1;
        scheduler.setRule(u"b"_s, hourly);

        // The machine sleeps through three 05:00 runs and about 80 hourly ones.
        clock.set(u"2026-01-17T12:10:00Z"_s);
        scheduler.tick();
        QCOMPARE(dueIds(spy), (QStringList{u"a"_s, u"b"_s}));
        QCOMPARE(scheduler.nextDue(u"a"_s), utc(u"2026-01-18T05:00:00Z"_s));
        QCOMPARE(scheduler.nextDue(u"b"_s), utc(u"2026-01-17T13:00:00Z"_s));

        scheduler.tick();
        clock.advanceSecs(30);
        scheduler.tick();
        QCOMPARE(spy.count(), 2);
    }

    void clockSetBackDoesNotRepeat()
    {
        FakeClock clock;
        clock.set(u"2026-01-14T05:00:00Z"_s);
        Scheduler scheduler(&clock);
        QSignalSpy spy(&scheduler, &Scheduler::due);
        scheduler.setRule(u"a"_s, fiveAm());
        QCOMPARE(scheduler.nextDue(u"a"_s), utc(u"2026-01-15T05:00:00Z"_s));

        clock.set(u"2026-01-15T05:00:00Z"_s);
        scheduler.tick();
        QCOMPARE(spy.count(), 1);

        // Set back across the instant just emitted, and the rule saved again.
        clock.set(u"2026-01-15T04:30:00Z"_s);
        scheduler.tick();
        scheduler.setRule(u"a"_s, fiveAm());
        QCOMPARE(scheduler.nextDue(u"a"_s), utc(u"2026-01-16T05:00:00Z"_s));
        clock.set(u"2026-01-15T05:00:00Z"_s);
        scheduler.tick();
        QCOMPARE(spy.count(), 1);

        // Set back by most of a day: next times are counted again from the new wall clock
        // (an evening rule runs this evening, not a day late), and 05:00 still runs only once.
        clock.set(u"2026-01-16T05:00:00Z"_s);
        scheduler.tick();
        QCOMPARE(spy.count(), 2);
        ScheduleRule evening = fiveAm();
        evening.hour = 20;
        scheduler.setRule(u"b"_s, evening);
        QCOMPARE(scheduler.nextDue(u"b"_s), utc(u"2026-01-16T20:00:00Z"_s));
        clock.set(u"2026-01-15T12:00:00Z"_s);
        scheduler.tick();
        QCOMPARE(scheduler.nextDue(u"a"_s), utc(u"2026-01-17T05:00:00Z"_s));
        QCOMPARE(scheduler.nextDue(u"b"_s), utc(u"2026-01-15T20:00:00Z"_s));
        QCOMPARE(spy.count(), 2);
    }

    void changedRuleTakesEffect()
    {
        FakeClock clock;
        clock.set(u"2026-01-14T04:00:00Z"_s);
        Scheduler scheduler(&clock);
        QSignalSpy spy(&scheduler, &Scheduler::due);
        scheduler.setRule(u"a"_s, fiveAm());
        ScheduleRule later = fiveAm();
        later.hour = 7;
        scheduler.setRule(u"a"_s, later);
        QCOMPARE(scheduler.rule(u"a"_s), later);
        QCOMPARE(scheduler.nextDue(u"a"_s), utc(u"2026-01-14T07:00:00Z"_s));
        clock.set(u"2026-01-14T05:00:00Z"_s);
        scheduler.tick();
        QCOMPARE(spy.count(), 0);
        clock.set(u"2026-01-14T07:00:00Z"_s);
        scheduler.tick();
        QCOMPARE(spy.count(), 1);
    }

    void removedProfileEmitsNothing()
    {
        FakeClock clock;
        clock.set(u"2026-01-14T04:00:00Z"_s);
        Scheduler scheduler(&clock);
        QSignalSpy spy(&scheduler, &Scheduler::due);
        scheduler.setRule(u"a"_s, fiveAm());
        scheduler.setRule(u"b"_s, fiveAm());
        QCOMPARE(scheduler.profileIds(), (QStringList{u"a"_s, u"b"_s}));
        scheduler.removeProfile(u"a"_s);
        QVERIFY(!scheduler.hasProfile(u"a"_s));
        clock.set(u"2026-01-14T05:00:00Z"_s);
        scheduler.tick();
        QCOMPARE(dueIds(spy), QStringList{u"b"_s});
        scheduler.clear();
        QVERIFY(scheduler.profileIds().isEmpty());
    }

    void slotMayChangeRules()
    {
        FakeClock clock;
        clock.set(u"2026-01-14T05:00:00Z"_s);
        Scheduler scheduler(&clock);
        scheduler.setRule(u"a"_s, fiveAm());
        scheduler.setRule(u"b"_s, fiveAm());
        clock.set(u"2026-01-15T05:00:00Z"_s);
        QStringList seen;
        connect(&scheduler, &Scheduler::due, this, [&](const QString &id, const QString &) {
            seen.append(id);
            scheduler.removeProfile(u"b"_s);
            scheduler.setRule(u"c"_s, fiveAm());
        });
        scheduler.tick();
        // b was removed before its turn: not announced.
        QCOMPARE(seen, QStringList{u"a"_s});
        QCOMPARE(scheduler.profileIds(), (QStringList{u"a"_s, u"c"_s}));
    }

    // The real timer: a short heartbeat notices the moved clock without a tick() from outside.
    void heartbeatTicks()
    {
        FakeClock clock;
        clock.set(u"2026-01-14T04:00:00Z"_s);
        Scheduler scheduler(&clock);
        QSignalSpy spy(&scheduler, &Scheduler::due);
        scheduler.setRule(u"a"_s, fiveAm());
        scheduler.start(5);
        QVERIFY(scheduler.isRunning());
        QCOMPARE(scheduler.heartbeatMs(), 5);
        QTest::qWait(20);
        QCOMPARE(spy.count(), 0);

        clock.set(u"2026-01-17T05:00:00Z"_s);
        QTRY_COMPARE_WITH_TIMEOUT(spy.count(), 1, 2000);
        QTest::qWait(30);
        QCOMPARE(spy.count(), 1);

        scheduler.stop();
        QVERIFY(!scheduler.isRunning());
        clock.set(u"2026-01-18T05:00:00Z"_s);
        QTest::qWait(20);
        QCOMPARE(spy.count(), 1);
    }

    void defaultClockIsTheMachines()
    {
        const QDateTime before = QDateTime::currentDateTimeUtc();
        const QDateTime now = Clock::system()->nowUtc();
        QVERIFY(now >= before);
        QVERIFY(now.secsTo(QDateTime::currentDateTimeUtc()) < 5);
        Scheduler scheduler;
        scheduler.setRule(u"a"_s, fiveAm());
        QVERIFY(scheduler.nextDue(u"a"_s) > before);
        QCOMPARE(scheduler.heartbeatMs(), 30000);
    }
};

} // namespace rb

QTEST_GUILESS_MAIN(rb::TestScheduler)
#include "tst_scheduler.moc"
