#include "CannedHttpServer.h"
#include "DevServerProcess.h"
#include "FakeClock.h"
#include "ResultCheck.h"
#include "TestSupport.h"

#include "pipeline/RunCoordinator.h"
#include "pipeline/RunEngine.h"
#include "schedule/Scheduler.h"
#include "store/HistoryDatabase.h"
#include "store/SecretStore.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace rb;
using namespace rb::test;
using namespace Qt::StringLiterals;

// Triggers becoming runs on the GUI thread: the secret read from the real keychain (the test
// command runs the suite with an unlocked gnome-keyring), a missing secret refused and recorded,
// a run on schedule when the clock passes its time, triggers folded together, and the
// notification a hold raises.
class TestRunCoordinator : public QObject
{
    Q_OBJECT
    QTemporaryDir m_tmp;
    QString m_district;
    DevServerProcess m_sis;
    const QString m_secret = u"coordinator-secret-5b2"_s;
    HistoryDatabase m_history;
    std::unique_ptr<SecretStore> m_secrets;
    std::unique_ptr<RunEngine> m_engine;
    std::unique_ptr<RunCoordinator> m_coordinator;

    QString path(const QString &name) const { return m_tmp.filePath(name); }
    ProfileStore store() const { return ProfileStore(path(u"profiles"_s)); }

    Profile restProfile(const QString &name)
    {
        Profile p = Profile::create(name);
        p.source.kind = SourceKind::Rest;
        p.source.rest.baseUrl = m_sis.baseUrl().toString();
        p.source.rest.version = OneRosterVersion::V1_2;
        p.source.rest.authType = RestAuthType::OAuth2;
        p.source.rest.tokenUrl = m_sis.baseUrl().toString() + u"/oauth/token"_s;
        p.source.rest.clientId = u"rb"_s;
        p.source.rest.pageSize = 50;
        p.conversion.filters.runDate = QDate(2026, 9, 1);
        p.destination.kind = DestinationKind::Folder;
        p.destination.folder = path(name);
        QDir().mkpath(p.destination.folder);
        QString error;
        if (!store().save(p))
            qWarning("%s", qPrintable(error));
        return p;
    }

    bool storeSecret(const Profile &p)
    {
        QSignalSpy done(m_secrets.get(), &SecretStore::finished);
        m_secrets->write(p.id, SecretName::SisClientSecret, m_secret);
        return done.wait(20000) && done.first().first().value<SecretResult>().ok();
    }

    RunResult next(QSignalSpy *spy)
    {
        if (spy->isEmpty() && !spy->wait(120000))
            return {};
        return spy->takeFirst().first().value<RunResult>();
    }

private slots:
    void initTestCase()
    {
        m_district = path(u"tiny.zip"_s);
        QCOMPARE(run(generatorBinary(), {u"--scale"_s, u"tiny"_s, u"--run-date"_s, u"2026-09-01"_s,
                                         u"-o"_s, m_district})
                     .exitCode,
                 0);
        QVERIFY2(m_sis.start({u"--data"_s, m_district, u"--auth"_s, u"oauth2"_s, u"--client-id"_s,
                              u"rb"_s, u"--client-secret"_s, m_secret}),
                 qPrintable(m_sis.errorOutput()));
        QVERIFY(m_history.open(path(u"history.sqlite"_s)));
        m_secrets = std::make_unique<SecretStore>(path(u"config"_s));
        m_engine = std::make_unique<RunEngine>(&m_history, path(u"held"_s));
        m_coordinator =
            std::make_unique<RunCoordinator>(store(), m_secrets.get(), &m_history, m_engine.get());
        qunsetenv("ROSTERBRIDGE_SIS_SECRET");
    }

    void cleanupTestCase()
    {
        m_coordinator.reset();
        m_engine.reset();
    }

    void missingSecretIsRefusedAndRecorded()
    {
        const Profile p = restProfile(u"Without Secret"_s);
        QSignalSpy finished(m_coordinator.get(), &RunCoordinator::runFinished);
        QSignalSpy raised(m_coordinator.get(), &RunCoordinator::notificationRaised);
        m_coordinator->trigger(p.id.toString(QUuid::WithoutBraces), RunTrigger::Manual, {});
        const RunResult r = next(&finished);
        QCOMPARE(r.status, RunStatus::Failed);
        QVERIFY2(r.message.contains(u"sisClientSecret"_s), qPrintable(r.message));
        std::optional<RunRecord> record;
        QVERIFY(take(m_history.run(r.runId), &record) && record);
        QCOMPARE(record->status, RunStatus::Failed);
        QCOMPARE(raised.size(), 1);
    }

    void keychainSecretRunsAndHoldRaisesNotification()
    {
        CannedHttpServer hook;
        hook.setHandler([](const CannedRequest &) { return CannedResponse::json("{}", 200); });
        Profile p = restProfile(u"With Secret"_s);
        p.notifications.webhookUrl = hook.baseUrl() + u"/hooks/rosterbridge"_s;
        QVERIFY(store().save(p));
        QVERIFY2(storeSecret(p), "the keychain is needed: run the tests through "
                                 "tools/dev/run-tests.sh");
        QSignalSpy finished(m_coordinator.get(), &RunCoordinator::runFinished);
        QSignalSpy raised(m_coordinator.get(), &RunCoordinator::notificationRaised);
        QSignalSpy idle(m_coordinator.get(), &RunCoordinator::idle);
        const QString id = p.id.toString(QUuid::WithoutBraces);
        // Three triggers while the secret is being read make one run.
        m_coordinator->trigger(id, RunTrigger::Manual, {});
        m_coordinator->trigger(id, RunTrigger::Manual, {});
        m_coordinator->trigger(id, RunTrigger::Manual, {});
        const RunResult held = next(&finished);
        QCOMPARE(held.status, RunStatus::Held);
        QVERIFY(m_coordinator->isIdle() || idle.wait(20000));
        QCOMPARE(finished.size(), 0);
        QCOMPARE(raised.size(), 1);
        const auto n = raised.first().first().value<Notification>();
        QCOMPARE(n.title, u"With Secret: held for review"_s);
        QCOMPARE(n.status, u"held"_s);
        // The webhook got the same facts, and was sent before the coordinator went idle.
        QCOMPARE(hook.requests.size(), 1);
        QCOMPARE(hook.requests.first().path(), QByteArray("/hooks/rosterbridge"));
        const QJsonObject posted = QJsonDocument::fromJson(hook.requests.first().body).object();
        QCOMPARE(posted.value(u"title"_s).toString(), n.title);
        QCOMPARE(posted.value(u"runId"_s).toString(), QString::number(held.runId));

        RunCoordinator::Options approve;
        approve.mode = RunMode::ApproveHeld;
        m_coordinator->trigger(id, RunTrigger::Manual, approve);
        const RunResult delivered = next(&finished);
        QCOMPARE(delivered.status, RunStatus::Success);
        QCOMPARE(QDir(p.destination.folder).entryList(QDir::Files).size(), 1);
        Findings findings;
        QVERIFY(!store().load(p.id, &findings)->needsFirstRunApproval);
        QCOMPARE(raised.size(), 1);
    }

    void runsOnScheduleWhenTheClockPassesItsTime()
    {
        Profile p = restProfile(u"Scheduled"_s);
        QVERIFY(storeSecret(p));
        p.needsFirstRunApproval = false;
        ScheduleRule rule;
        rule.hour = 5;
        rule.timeZone = u"America/New_York"_s;
        rule.runOnWeekends = true;
        p.schedule = rule;
        QVERIFY(store().save(p));

        FakeClock clock;
        clock.set(QDateTime(QDate(2026, 11, 30), QTime(9, 0), Qt::UTC));
        Scheduler scheduler(&clock);
        m_coordinator->startAutomatic(&scheduler);
        const QString id = p.id.toString(QUuid::WithoutBraces);
        // 05:00 in New York is 10:00 UTC in winter.
        QCOMPARE(scheduler.nextDue(id), QDateTime(QDate(2026, 11, 30), QTime(10, 0), Qt::UTC));
        QSignalSpy finished(m_coordinator.get(), &RunCoordinator::runFinished);
        scheduler.tick();
        QTest::qWait(300);
        QCOMPARE(finished.size(), 0);

        clock.set(QDateTime(QDate(2026, 11, 30), QTime(10, 0, 5), Qt::UTC));
        scheduler.tick();
        const RunResult r = next(&finished);
        QCOMPARE(r.status, RunStatus::Success);
        QCOMPARE(r.trigger, RunTrigger::Schedule);
        std::optional<RunRecord> record;
        QVERIFY(take(m_history.run(r.runId), &record) && record);
        QCOMPARE(record->trigger, RunTrigger::Schedule);
        // The same due time never runs twice.
        scheduler.tick();
        QTest::qWait(300);
        QCOMPARE(finished.size(), 0);
    }

    // A profile brought from a computer whose time zone database knows a zone this one lacks
    // stays usable by hand; its schedule does not run, and the problem says why.
    void unknownTimeZoneIsReportedNotScheduled()
    {
        Profile p = restProfile(u"Elsewhere"_s);
        ScheduleRule rule;
        rule.timeZone = u"Mars/Olympus_Mons"_s;
        p.schedule = rule;
        QVERIFY(store().save(p));
        Findings findings;
        QVERIFY(store().load(p.id, &findings));

        FakeClock clock;
        clock.set(QDateTime(QDate(2026, 11, 30), QTime(9, 0), Qt::UTC));
        Scheduler scheduler(&clock);
        QSignalSpy problems(m_coordinator.get(), &RunCoordinator::automaticProblem);
        m_coordinator->startAutomatic(&scheduler);
        const QString id = p.id.toString(QUuid::WithoutBraces);
        QVERIFY(!scheduler.hasProfile(id));
        QCOMPARE(problems.size(), 1);
        QCOMPARE(problems.at(0).at(0).toString(), id);
        QVERIFY2(problems.at(0).at(1).toString().contains(u"Mars/Olympus_Mons"_s),
                 qPrintable(problems.at(0).at(1).toString()));
    }

    // A paused profile ignores exports landing in its watched folder until it is resumed.
    void pausedProfileIgnoresItsWatchedFolder()
    {
        Profile p = restProfile(u"Watched"_s);
        const QString drop = path(u"watched-drop"_s);
        QVERIFY(QDir().mkpath(drop));
        p.source.kind = SourceKind::Csv;
        p.source.path = drop;
        p.source.watch = true;
        p.needsFirstRunApproval = false;
        ScheduleRule rule;
        rule.hour = 5;
        rule.paused = true;
        p.schedule = rule;
        QVERIFY_OK(store().save(p));

        FakeClock clock;
        clock.set(QDateTime(QDate(2026, 11, 30), QTime(9, 0), Qt::UTC));
        Scheduler scheduler(&clock);
        m_coordinator->setWatchQuietMs(100);
        m_coordinator->startAutomatic(&scheduler);
        QSignalSpy finished(m_coordinator.get(), &RunCoordinator::runFinished);
        QVERIFY(QFile::copy(m_district, drop + u"/monday.zip"_s));
        QTest::qWait(1500);
        QCOMPARE(finished.size(), 0);

        QVERIFY_OK(store().setSchedulePaused(p.id, false));
        m_coordinator->reloadAutomatic();
        QVERIFY(QFile::copy(m_district, drop + u"/tuesday.zip"_s));
        const RunResult r = next(&finished);
        QCOMPARE(r.trigger, RunTrigger::Watch);
        QCOMPARE(r.status, RunStatus::Success);
    }
};

QTEST_GUILESS_MAIN(TestRunCoordinator)
#include "tst_runcoordinator.moc"
