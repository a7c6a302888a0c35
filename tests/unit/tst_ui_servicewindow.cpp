#include "NotifyEndpoints.h"
#include "ResultCheck.h"
#include "ScreenshotSetup.h"
#include "SshServerProcess.h"
#include "TestSupport.h"
#include "UiScreenshot.h"

#include "main/MainWindow.h"
#include "main/StatusTracker.h"
#include "pipeline/RunControl.h"
#include "pipeline/RunHost.h"
#include "preview/PreviewDialog.h"
#include "schedule/ScheduleRule.h"
#include "service/ServiceCredentials.h"
#include "servicelink/ServiceClient.h"
#include "servicelink/ServiceProtocol.h"
#include "store/ProfileStore.h"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLocalSocket>
#include <QProcess>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace rb;
using namespace rb::test;
using namespace Qt::StringLiterals;

// The desktop app as the window of a real `rosterbridge serve`: the service holds the data
// folder and its sealed secrets (a credentials folder, no keychain); the app, offscreen,
// connects to its socket, shows its runs and sends it Run now, Approve and Pause. Deliveries
// reach a loopback sshd; the hold's alert reaches the app's tray and the SMTP and webhook
// endpoints the service sends it to.
class TestUiServiceWindow : public QObject
{
    Q_OBJECT
    QTemporaryDir m_tmp;
    SshServerProcess m_sshd;
    TestSmtpServer m_smtp;
    TestHttpEndpoint m_hook;
    QString m_district;
    Profile m_profile;
    QProcess m_serve;
    QByteArray m_serveErr;

    QString path(const QString &name) const { return m_tmp.filePath(name); }
    RunHost::Paths paths() const
    {
        return {path(u"config"_s), path(u"config/profiles"_s), path(u"data"_s)};
    }
    QStringList uploads() const
    {
        return QDir(QDir(m_sshd.homeDir()).filePath(u"dropbox"_s))
            .entryList({u"*.zip"_s}, QDir::Files, QDir::Name);
    }

    // Starts serve and waits until it prints `until` ("Serving", or with --wait "Waiting").
    bool startServe(const QStringList &extra = {}, const QByteArray &until = "Serving")
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        // No session bus, so no keychain: only the sealed credentials give the password.
        env.remove(u"DBUS_SESSION_BUS_ADDRESS"_s);
        for (const QString &name : env.keys()) {
            if (name.startsWith(u"ROSTERBRIDGE_"_s))
                env.remove(name);
        }
        env.insert(u"CREDENTIALS_DIRECTORY"_s, path(u"credentials"_s));
        m_serve.setProcessEnvironment(env);
        m_serveErr.clear();
        m_serve.start(appBinary(),
                      QStringList{u"serve"_s, u"--heartbeat"_s, u"1"_s, u"--profiles-dir"_s,
                                  paths().profilesFolder, u"--config-dir"_s, paths().configFolder,
                                  u"--data-dir"_s, paths().dataFolder} +
                          extra);
        return m_serve.waitForStarted() && QTest::qWaitFor(
                                               [&] {
                                                   m_serveErr += m_serve.readAllStandardError();
                                                   return m_serveErr.contains(until);
                                               },
                                               20000);
    }

    void stopServe()
    {
        if (m_serve.state() == QProcess::NotRunning)
            return;
        ::kill(pid_t(m_serve.processId()), SIGTERM);
        m_serve.waitForFinished(20000);
        m_serveErr += m_serve.readAllStandardError();
    }

    static RunResult waitForResult(QSignalSpy &spy, int timeoutMs = 60000)
    {
        if (!QTest::qWaitFor([&] { return !spy.isEmpty(); }, timeoutMs))
            return {};
        return spy.takeFirst().at(0).value<RunResult>();
    }

private slots:
    void initTestCase()
    {
        QString why;
        if (!SshServerProcess::canRun(&why))
            QSKIP(qPrintable(why));
        QVERIFY2(m_sshd.setUp(), qPrintable(m_sshd.errorString()));
        if (screenshotMode())
            m_sshd.setHostNames({appleSftpHost()});
        QVERIFY2(m_sshd.start(), qPrintable(m_sshd.errorString()));
        QVERIFY(m_sshd.setDropbox(true));
        QVERIFY(m_smtp.listen(QHostAddress::LocalHost));
        QVERIFY(m_hook.listen(QHostAddress::LocalHost));
        m_district = path(u"tiny.zip"_s);
        QCOMPARE(run(generatorBinary(), {u"--scale"_s, u"tiny"_s, u"--version"_s, u"1.1"_s,
                                         u"--run-date"_s, u"2026-09-01"_s, u"-o"_s, m_district})
                     .exitCode,
                 0);

        m_profile = Profile::create(u"Service District"_s);
        m_profile.conversion.filters.runDate = QDate(2026, 9, 1);
        m_profile.source.kind = SourceKind::Csv;
        m_profile.source.path = m_district;
        m_profile.destination.kind = DestinationKind::AsmSftp;
        m_profile.destination.sftp.host = serverHost(appleSftpHost());
        m_profile.destination.sftp.port = m_sshd.port();
        m_profile.destination.sftp.username = SshServerProcess::userName();
        m_profile.destination.sftp.authType = SftpAuthType::Password;
        m_profile.destination.sftp.hostKeyFingerprint = m_sshd.fingerprint(u"host_ed25519"_s);
        // The first run is held for review: the hold must reach the app.
        m_profile.needsFirstRunApproval = true;
        ScheduleRule rule;
        rule.timeZone = u"UTC"_s;
        rule.runOnWeekends = true;
        // Never due while the test runs.
        rule.hour = (QDateTime::currentDateTimeUtc().time().hour() + 12) % 24;
        m_profile.schedule = rule;
        alertTo(&m_profile, m_smtp, m_hook, u"/alerts"_s);
        QVERIFY_OK(ProfileStore(paths().profilesFolder).save(m_profile));

        // What `service install` seals: here a plain folder stands in for systemd's decryption.
        QVERIFY(QDir().mkpath(path(u"credentials"_s)));
        writeFile(QDir(path(u"credentials"_s))
                      .filePath(ServiceCredentials::credentialName(m_profile.id,
                                                                   SecretName::AsmPassword)),
                  SshServerProcess::password().toUtf8());
        QVERIFY2(startServe(), m_serveErr.constData());
    }

    void cleanupTestCase() { stopServe(); }

    void appBecomesTheServicesWindow()
    {
        const QString id = m_profile.id.toString(QUuid::WithoutBraces);
        RunHost host(paths());
        QVERIFY_OK(ServiceClient::openOrConnect(&host));
        RunControl *control = host.control();
        QVERIFY(control->isRemote());
        QVERIFY(control->isConnected());
        QCOMPARE(qobject_cast<ServiceClient *>(control)->servicePid(), m_serve.processId());
        qobject_cast<ServiceClient *>(control)->setRetryMs(200);
        // The service's scheduler says when the profile runs next.
        QVERIFY(control->nextDue(id).isValid());

        StatusTracker tracker(&host, nullptr);
        MainWindow window(&host, nullptr, &tracker);
        window.show();
        QCOMPARE(tracker.profiles().size(), 1);
        QVERIFY(tracker.profiles().first().nextDue.isValid());
        auto *serviceLabel = window.statusBar()->findChild<QLabel *>(u"serviceState"_s);
        QVERIFY(serviceLabel && serviceLabel->isVisible());
        QCOMPARE(serviceLabel->text(), u"Runs in the service"_s);

        // Run now goes to the service; its steps come back; the first run is held.
        QSignalSpy started(control, &RunControl::runStarted);
        QSignalSpy steps(control, &RunControl::stepStarted);
        QSignalSpy finished(control, &RunControl::runFinished);
        QSignalSpy notified(control, &RunControl::notificationRaised);
        window.runNow(id);
        RunResult held = waitForResult(finished);
        QCOMPARE(held.status, RunStatus::Held);
        QVERIFY(held.runId > 0);
        QCOMPARE(started.size(), 1);
        QVERIFY(steps.size() >= 3);
        QVERIFY(uploads().isEmpty());
        QVERIFY(QTest::qWaitFor([&] { return !notified.isEmpty(); }, 10000));
        const Notification alert = notified.first().at(0).value<Notification>();
        QCOMPARE(alert.status, u"held"_s);
        QCOMPARE(alert.profileName, u"Service District"_s);
        QVERIFY(tracker.profiles().first().reviewWaiting);
        // The service alerted by email and webhook too.
        QVERIFY(
            QTest::qWaitFor([&] { return m_hook.requests > 0 && !m_smtp.data.isEmpty(); }, 20000));
        QVERIFY2(m_hook.lastBody.contains("\"held\""), m_hook.lastBody.constData());
        QVERIFY(m_smtp.data.contains("Service District"));

        // Approving in the app's review delivers through the service.
        PreviewDialog *review = nullptr;
        connect(&window, &MainWindow::reviewOpened, this,
                [&](QWidget *dialog) { review = qobject_cast<PreviewDialog *>(dialog); });
        window.review(id);
        QVERIFY(review);
        QCOMPARE(review->input().runId, held.runId);
        Q_EMIT review->approveRequested();
        const RunResult delivered = waitForResult(finished);
        QVERIFY2(delivered.status == RunStatus::Success, qPrintable(delivered.message));
        QCOMPARE(uploads().size(), 1);
        QVERIFY(QTest::qWaitFor([&] { return !tracker.profiles().first().reviewWaiting; }, 5000));
        QVERIFY(tracker.profiles().first().lastDelivered.isValid());
        review->close();

        // Pause: the profile file changes, the service reloads it and says there is no next run.
        QSignalSpy nextDue(control, &RunControl::nextDueChanged);
        window.setAllPaused(true);
        QVERIFY(QTest::qWaitFor([&] { return !control->nextDue(id).isValid(); }, 10000));
        QVERIFY(
            QTest::qWaitFor([&] { return !tracker.profiles().first().nextDue.isValid(); }, 5000));
        window.setAllPaused(false);
        QVERIFY(QTest::qWaitFor([&] { return control->nextDue(id).isValid(); }, 10000));

        // Run now again: unchanged data passes on its own.
        window.runNow(id);
        const RunResult again = waitForResult(finished);
        QVERIFY2(again.status == RunStatus::Success, qPrintable(again.message));
        QCOMPARE(uploads().size(), 2);
        QVERIFY(QTest::qWaitFor([&] { return !tracker.profiles().first().running; }, 5000));
        window.selectProfile(id);
        saveScreenshot(&window, u"main-window-service"_s);

        // Preview: a dry run in the service, opened for review here.
        review = nullptr;
        window.preview(id);
        const RunResult dry = waitForResult(finished);
        QVERIFY2(dry.status == RunStatus::DryRun, qPrintable(dry.message));
        QVERIFY(QTest::qWaitFor([&] { return review != nullptr; }, 5000));
        QCOMPARE(review->input().runId, dry.runId);
        review->close();
        QCOMPARE(uploads().size(), 2);
        // The app reads the history the service writes.
        RunQuery query;
        query.profileId = id;
        const Result<QList<RunRecord>> runs = host.history()->runs(query);
        QVERIFY_OK(runs);
        QCOMPARE(runs->size(), 4);
        QCOMPARE(runs->first().id, dry.runId);

        // The service stops: the app says so, and a run asked for now fails at once.
        QSignalSpy connection(control, &RunControl::connectionChanged);
        stopServe();
        QVERIFY(QTest::qWaitFor([&] { return !connection.isEmpty(); }, 10000));
        QCOMPARE(connection.takeFirst().at(0).toBool(), false);
        QCOMPARE(serviceLabel->text(), u"Service not reachable"_s);
        window.runNow(id);
        const RunResult refused = waitForResult(finished, 5000);
        QCOMPARE(refused.status, RunStatus::Failed);
        QVERIFY2(refused.message.contains(u"cannot be reached"_s), qPrintable(refused.message));
        QCOMPARE(uploads().size(), 2);

        // It comes back: the app reconnects by itself.
        QVERIFY2(startServe(), m_serveErr.constData());
        QVERIFY(QTest::qWaitFor([&] { return control->isConnected(); }, 10000));
        QCOMPARE(serviceLabel->text(), u"Runs in the service"_s);
    }

    // The socket is the user's own and speaks only the protocol: a line that is not a request
    // is answered with an error, and the service keeps serving.
    void serviceSocketIsPrivateAndRefusesNonsense()
    {
        const QString name = ServiceProtocol::socketName(paths().dataFolder);
        QVERIFY(name.startsWith(paths().dataFolder));
        QCOMPARE(QFileInfo(paths().dataFolder).permissions() &
                     (QFile::ReadGroup | QFile::ReadOther | QFile::ExeGroup | QFile::ExeOther),
                 QFile::Permissions());
        QLocalSocket socket;
        socket.connectToServer(name);
        QVERIFY(socket.waitForConnected(2000));
        QVERIFY(socket.waitForReadyRead(2000));
        QVERIFY(socket.readLine().contains("\"hello\""));
        socket.write("{\"op\":\"format-disk\"}\n");
        QVERIFY(socket.waitForReadyRead(2000));
        QVERIFY(socket.readLine().contains("does not understand"));
        // A line with no end is not buffered without end: the connection is closed.
        socket.write(QByteArray(5 * 1024 * 1024, 'x'));
        QVERIFY(QTest::qWaitFor([&] { return socket.state() == QLocalSocket::UnconnectedState; },
                                10000));
        QVERIFY(m_serve.state() == QProcess::Running);
        QLocalSocket again;
        again.connectToServer(name);
        QVERIFY(again.waitForConnected(2000));
        QVERIFY(again.waitForReadyRead(2000));
        QVERIFY(again.readLine().contains("\"hello\""));
    }

    // An approval that keeps the removals says so across the socket; nothing else can.
    void keepingRemovalsCrossesTheSocketWithAnApprovalOnly()
    {
        RunCoordinator::Options options;
        options.mode = RunMode::ApproveHeld;
        options.approveRunId = 57;
        options.approveSha256 = u"9f2c"_s;
        options.keepRemovals = true;
        QJsonObject message = ServiceProtocol::runRequest(u"p"_s, RunTrigger::Manual, options);
        auto read = ServiceProtocol::readRunRequest(message);
        QVERIFY(read);
        QVERIFY(read->options.keepRemovals);
        QCOMPARE(read->options.approveRunId, 57);
        options.keepRemovals = false;
        read = ServiceProtocol::readRunRequest(
            ServiceProtocol::runRequest(u"p"_s, RunTrigger::Manual, options));
        QVERIFY(read && !read->options.keepRemovals);
        message.insert(u"mode"_s, u"normal"_s);
        read = ServiceProtocol::readRunRequest(message);
        QVERIFY(read && !read->options.keepRemovals);
    }

    // Installed while the app runs the profiles, the service waits for the app to quit, then
    // takes over; the app opened again is its window.
    void serviceWaitsForTheAppToQuit()
    {
        stopServe();
        auto app = std::make_unique<RunHost>(paths());
        QVERIFY_OK(app->open());
        QVERIFY2(startServe({u"--wait"_s}, "Waiting"), m_serveErr.constData());
        QTest::qWait(2500);
        QCOMPARE(m_serve.state(), QProcess::Running);
        m_serveErr += m_serve.readAllStandardError();
        QVERIFY(!m_serveErr.contains("Serving"));

        app.reset();
        QVERIFY2(QTest::qWaitFor(
                     [&] {
                         m_serveErr += m_serve.readAllStandardError();
                         return m_serveErr.contains("Serving");
                     },
                     10000),
                 m_serveErr.constData());
        RunHost window(paths());
        QVERIFY_OK(ServiceClient::openOrConnect(&window));
        QVERIFY(window.control()->isRemote());
    }

    // Without a service, an app that finds the data folder taken by another app still says so.
    void withoutServiceAnotherHolderIsRefused()
    {
        stopServe();
        RunHost first(paths());
        QVERIFY_OK(first.open());
        RunHost second(paths());
        const Result<void> opened = ServiceClient::openOrConnect(&second, 500);
        QVERIFY(!opened);
        QVERIFY(opened.error().contains(u"already running profiles"_s));
    }
};

QTEST_MAIN(TestUiServiceWindow)
#include "tst_ui_servicewindow.moc"
