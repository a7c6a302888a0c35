#include "FakeClock.h"
#include "NotifyEndpoints.h"
#include "ResultCheck.h"
#include "TestSupport.h"

#include "pipeline/RunNotifier.h"
#include "pipeline/StaleAlerts.h"
#include "schedule/Scheduler.h"
#include "store/ProfileRunLock.h"
#include "store/ProfileState.h"
#include "store/ProfileStore.h"
#include "store/SecretStore.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace rb;
using namespace rb::test;
using namespace Qt::StringLiterals;

// The "no delivery for N school days" alert on a clock the test moves: sent once when the limit
// passes, then once a day, afresh after a delivery, never for a paused profile, through the
// real keychain (the SMTP password) to the SMTP server and webhook the notifier tests use.
class TestStaleAlerts : public QObject
{
    Q_OBJECT
    QTemporaryDir m_tmp;
    TestSmtpServer m_smtp;
    TestHttpEndpoint m_hook;
    FakeClock m_clock;
    std::unique_ptr<SecretStore> m_secrets;
    std::unique_ptr<Scheduler> m_scheduler;
    std::unique_ptr<RunNotifier> m_notifier;
    std::unique_ptr<StaleAlerts> m_alerts;

    QString folder() const { return m_tmp.filePath(u"profiles"_s); }

    // 05:00 in New York, Monday to Friday, alerting after 3 school days by email and webhook.
    Profile alerting(const QString &name)
    {
        Profile p = Profile::create(name);
        ScheduleRule rule;
        rule.hour = 5;
        rule.timeZone = u"America/New_York"_s;
        p.schedule = rule;
        alertTo(&p, m_smtp, m_hook, u"/hook/stale"_s);
        p.notifications.email.allowLoginWithoutTls = true;
        p.notifications.email.username = u"alerts"_s;
        if (!ProfileStore(folder()).save(p))
            qFatal("cannot save the profile");
        m_scheduler->setRule(p.id.toString(QUuid::WithoutBraces), rule);
        QSignalSpy done(m_secrets.get(), &SecretStore::finished);
        m_secrets->write(p.id, SecretName::SmtpPassword, u"smtp-pw"_s);
        if (!done.wait(20000))
            qFatal("the keychain did not answer");
        return p;
    }

    void delivered(const Profile &p, const char *iso)
    {
        ProfileState state;
        state.lastDelivery = ProfileState::Delivery{
            7, u"ab"_s.repeated(32), QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate)};
        QVERIFY_OK(ProfileState::write(folder(), p.id.toString(QUuid::WithoutBraces), state));
    }

    // Moves the clock, ticks, and returns how many alerts went out (each by email and webhook).
    int tickAt(const char *iso)
    {
        m_clock.set(QString::fromLatin1(iso));
        const int before = m_hook.requests;
        QSignalSpy idle(m_notifier.get(), &RunNotifier::idle);
        m_scheduler->tick();
        if (m_hook.requests == before && m_alerts->isIdle() && m_notifier->isIdle())
            return 0;
        for (int i = 0; i < 50 && (!m_alerts->isIdle() || !m_notifier->isIdle()); ++i)
            idle.wait(200);
        return m_hook.requests - before;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_tmp.isValid());
        qunsetenv("ROSTERBRIDGE_SMTP_PASSWORD");
        m_smtp.offerStartTls = false;
        m_smtp.password = "smtp-pw";
        QVERIFY(m_smtp.listen(QHostAddress::LocalHost));
        QVERIFY(m_hook.listen(QHostAddress::LocalHost));
        m_clock.set(u"2026-11-02T12:00:00Z"_s);
        m_secrets = std::make_unique<SecretStore>(m_tmp.filePath(u"config"_s));
        m_scheduler = std::make_unique<Scheduler>(&m_clock);
        m_notifier = std::make_unique<RunNotifier>();
        m_alerts = std::make_unique<StaleAlerts>(ProfileStore(folder()), m_secrets.get(),
                                                 m_notifier.get());
        m_alerts->watch(m_scheduler.get());
    }

    void firesOnceThenDailyAndAfreshAfterADelivery()
    {
        const Profile p = alerting(u"Lycée Nord"_s);
        // Delivered Monday 2026-11-02 at 05:10 EST.
        delivered(p, "2026-11-02T10:10:00Z");
        QSignalSpy raised(m_notifier.get(), &RunNotifier::raised);
        QSignalSpy answered(m_notifier.get(), &RunNotifier::channelFinished);
        QCOMPARE(tickAt("2026-11-03T12:00:00Z"), 0); // Tuesday: one school day
        QCOMPARE(tickAt("2026-11-04T12:00:00Z"), 0); // Wednesday: two
        // Thursday's slot passed: three. A profile this process is running is left to its run.
        m_alerts->setBusyCheck([](const QString &) { return true; });
        QCOMPARE(tickAt("2026-11-05T10:29:00Z"), 0);
        m_alerts->setBusyCheck({});
        QCOMPARE(tickAt("2026-11-05T10:30:00Z"), 1);
        QCOMPARE(raised.size(), 1);
        const auto n = raised.first().first().value<Notification>();
        QCOMPARE(n.status, u"stale"_s);
        QVERIFY2(n.title.contains(u"no delivery to Apple School Manager for 3 school day"),
                 qPrintable(n.title));
        QVERIFY2(m_smtp.data.contains("Lyc") && m_smtp.data.contains("3 school day"),
                 m_smtp.data.constData());
        QCOMPARE(QJsonDocument::fromJson(m_hook.lastBody).object().value(u"status").toString(),
                 u"stale"_s);
        for (const auto &args : answered)
            QVERIFY2(args.at(2).toBool(), qPrintable(args.at(3).toString()));

        // Once, not on every heartbeat of the day.
        QCOMPARE(tickAt("2026-11-05T10:30:30Z"), 0);
        QCOMPARE(tickAt("2026-11-05T22:00:00Z"), 0);
        // A day later, again.
        QCOMPARE(tickAt("2026-11-06T10:31:00Z"), 1);
        QVERIFY(raised.last().first().value<Notification>().title.contains(u"for 4 school day"));

        // A delivery ends it; the count starts again from there.
        delivered(p, "2026-11-06T11:00:00Z");
        QCOMPARE(tickAt("2026-11-09T12:00:00Z"), 0); // Monday: one (the weekend does not count)
        QCOMPARE(tickAt("2026-11-10T12:00:00Z"), 0);
        QCOMPARE(tickAt("2026-11-11T12:00:00Z"), 1);

        // Paused: the schedule has no school days, so the profile is never late.
        ScheduleRule paused = *p.schedule;
        paused.paused = true;
        m_scheduler->setRule(p.id.toString(QUuid::WithoutBraces), paused);
        QCOMPARE(tickAt("2026-11-13T12:00:00Z"), 0);
        m_scheduler->removeProfile(p.id.toString(QUuid::WithoutBraces));
    }

    // A profile that never delivered counts from the first check that saw it.
    void neverDeliveredCountsFromTheFirstCheck()
    {
        const Profile p = alerting(u"Nuevo Distrito"_s);
        const QString id = p.id.toString(QUuid::WithoutBraces);
        QSignalSpy raised(m_notifier.get(), &RunNotifier::raised);
        QCOMPARE(tickAt("2026-11-16T12:00:00Z"), 0); // Monday, first seen
        ProfileState state;
        QVERIFY(take(ProfileState::read(folder(), id), &state));
        QCOMPARE(state.staleCountingSince,
                 QDateTime::fromString(u"2026-11-16T12:00:00Z"_s, Qt::ISODate));
        QVERIFY(!state.lastDelivery);
        QCOMPARE(tickAt("2026-11-18T12:00:00Z"), 0); // Tuesday and Wednesday: two
        // A run holds the profile's lock: checked on a later heartbeat instead.
        {
            ProfileRunLock running(folder(), id);
            QVERIFY_OK(running.tryLock());
            QCOMPARE(tickAt("2026-11-19T12:00:00Z"), 0);
        }
        QCOMPARE(tickAt("2026-11-19T12:00:30Z"), 1);
        QVERIFY(raised.last().first().value<Notification>().lines.first().contains(
            u"has not delivered yet"));

        // Turned off in the profile: nothing more.
        Profile quiet = p;
        quiet.notifications.staleAfterDays = 0;
        QVERIFY_OK(ProfileStore(folder()).save(quiet));
        QCOMPARE(tickAt("2026-11-23T12:00:00Z"), 0);
        m_scheduler->removeProfile(id);
    }
};

QTEST_GUILESS_MAIN(TestStaleAlerts)
#include "tst_stalealerts.moc"
