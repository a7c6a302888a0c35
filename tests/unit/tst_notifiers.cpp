#include "NotifyEndpoints.h"
#include "TestSupport.h"

#include "notify/SmtpNotifier.h"
#include "notify/WebhookNotifier.h"
#include "pipeline/RunNotifier.h"

#include <QJsonDocument>
#include <QSignalSpy>
#include <QSslKey>
#include <QSslSocket>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace rb;
using namespace rb::test;

class TestNotifiers : public QObject
{
    Q_OBJECT
    QTemporaryDir m_tmp;
    TestTls m_tls;

    Notification sample() const
    {
        Notification n;
        n.profileName = QStringLiteral("North District");
        n.status = QStringLiteral("held");
        n.title = QStringLiteral("North District: held for review — 12 % of students removed");
        n.lines = {QStringLiteral("students.csv: 120 of 1000 rows removed"),
                   QStringLiteral(".a line that starts with a dot")};
        n.runId = QStringLiteral("42");
        return n;
    }

    SmtpSettings settingsFor(const TestSmtpServer &server) const
    {
        SmtpSettings s;
        s.host = QStringLiteral("127.0.0.1");
        s.port = server.serverPort();
        s.username = QStringLiteral("alerts");
        s.from = QStringLiteral("rosterbridge@district.example");
        s.to = {QStringLiteral("it@district.example"), QStringLiteral("admin@district.example")};
        s.timeoutMs = 5000;
        return s;
    }

    static QList<QVariant> wait(QSignalSpy &spy)
    {
        if (spy.isEmpty())
            spy.wait(10000);
        QTest::qWait(100); // a second end would arrive by now
        return spy.size() == 1 ? spy.first() : QList<QVariant>{};
    }

private slots:
    void initTestCase()
    {
        m_tls = TestTls::make(m_tmp.path());
        QVERIFY(!m_tls.server.localCertificate().isNull());
    }

    void startTlsAndLogin()
    {
        TestSmtpServer server;
        server.tls = m_tls.server;
        QVERIFY(server.listen(QHostAddress::LocalHost));
        SmtpNotifier notifier;
        notifier.setSslConfiguration(m_tls.client);
        QSignalSpy done(&notifier, &SmtpNotifier::finished);
        notifier.send(settingsFor(server), QStringLiteral("right"), sample());
        const auto result = wait(done);
        QVERIFY2(!result.isEmpty() && result.at(0).toBool(),
                 qPrintable(result.value(1).toString()));
        // What the server answered, for the settings' "Send test".
        QVERIFY2(result.at(1).toString().contains(u"accepted the message: 250"),
                 qPrintable(result.at(1).toString()));
        QCOMPARE(server.authPlain, QByteArray("\0alerts\0right", 13));
        QCOMPARE(server.recipients.size(), 2);
        QVERIFY(server.data.contains("Subject: =?UTF-8?B?"));
        QVERIFY(server.data.contains("students.csv: 120 of 1000 rows removed"));
        // Dot-stuffing: the line that starts with a dot arrives doubled.
        QVERIFY(server.data.contains("\r\n- .a line"));
        QVERIFY(!server.data.contains("right"));
    }

    void untrustedCertificateFails()
    {
        TestSmtpServer server;
        server.tls = m_tls.server;
        QVERIFY(server.listen(QHostAddress::LocalHost));
        SmtpNotifier notifier;
        QSignalSpy done(&notifier, &SmtpNotifier::finished);
        notifier.send(settingsFor(server), QStringLiteral("right"), sample());
        const auto result = wait(done);
        QVERIFY(!result.isEmpty());
        QVERIFY(!result.at(0).toBool());
        QVERIFY2(result.at(1).toString().contains(u"secure connection"),
                 qPrintable(result.at(1).toString()));
        QVERIFY(server.authPlain.isEmpty());
    }

    void noStartTlsNoPassword()
    {
        TestSmtpServer server;
        server.offerStartTls = false;
        QVERIFY(server.listen(QHostAddress::LocalHost));
        SmtpNotifier notifier;
        QSignalSpy done(&notifier, &SmtpNotifier::finished);
        notifier.send(settingsFor(server), QStringLiteral("right"), sample());
        const auto result = wait(done);
        QVERIFY(!result.isEmpty() && !result.at(0).toBool());
        QVERIFY2(result.at(1).toString().contains(u"STARTTLS"),
                 qPrintable(result.at(1).toString()));
        QVERIFY(server.authPlain.isEmpty());
    }

    void wrongPassword()
    {
        TestSmtpServer server;
        server.offerStartTls = false;
        QVERIFY(server.listen(QHostAddress::LocalHost));
        SmtpSettings s = settingsFor(server);
        s.security = SmtpSettings::Security::None;
        SmtpNotifier notifier;
        s.allowLoginWithoutTls = true;
        QSignalSpy done(&notifier, &SmtpNotifier::finished);
        notifier.send(s, QStringLiteral("wrong"), sample());
        const auto result = wait(done);
        QVERIFY(!result.isEmpty() && !result.at(0).toBool());
        QVERIFY2(result.at(1).toString().contains(u"535"), qPrintable(result.at(1).toString()));
        QVERIFY(!result.at(1).toString().contains(u"wrong"));
    }

    // Without TLS the password would be readable on the way: no AUTH unless the settings
    // allow it.
    void noLoginWithoutTlsUnlessAllowed()
    {
        TestSmtpServer server;
        server.offerStartTls = false;
        QVERIFY(server.listen(QHostAddress::LocalHost));
        SmtpSettings s = settingsFor(server);
        s.security = SmtpSettings::Security::None;
        SmtpNotifier notifier;
        QSignalSpy done(&notifier, &SmtpNotifier::finished);
        notifier.send(s, QStringLiteral("right"), sample());
        auto result = wait(done);
        QVERIFY(!result.isEmpty() && !result.at(0).toBool());
        QVERIFY2(result.at(1).toString().contains(u"not encrypted"),
                 qPrintable(result.at(1).toString()));
        QVERIFY(server.authPlain.isEmpty());
        QVERIFY(server.data.isEmpty());

        s.allowLoginWithoutTls = true;
        done.clear();
        notifier.send(s, QStringLiteral("right"), sample());
        result = wait(done);
        QVERIFY2(!result.isEmpty() && result.at(0).toBool(),
                 qPrintable(result.value(1).toString()));
        // What the server answered, for the settings' "Send test".
        QVERIFY2(result.at(1).toString().contains(u"accepted the message: 250"),
                 qPrintable(result.at(1).toString()));
        QCOMPARE(server.authPlain, QByteArray("\0alerts\0right", 13));

        // Without a user name there is nothing to protect: mail goes out without TLS.
        SmtpSettings anonymous = settingsFor(server);
        anonymous.security = SmtpSettings::Security::None;
        anonymous.username.clear();
        server.data.clear();
        done.clear();
        notifier.send(anonymous, {}, sample());
        result = wait(done);
        QVERIFY2(!result.isEmpty() && result.at(0).toBool(),
                 qPrintable(result.value(1).toString()));
        QVERIFY(server.data.contains("students.csv"));
    }

    // Answers injected in the clear after "220 go ahead" must not be taken as the answers
    // that come over TLS (CVE-2011-0411 and its kin).
    void clearTextAfterStartTlsIsDropped()
    {
        TestSmtpServer server;
        server.tls = m_tls.server;
        server.injectAfterStartTls = "250-injected\r\n250 AUTH PLAIN\r\n";
        QVERIFY(server.listen(QHostAddress::LocalHost));
        SmtpNotifier notifier;
        notifier.setSslConfiguration(m_tls.client);
        QSignalSpy done(&notifier, &SmtpNotifier::finished);
        notifier.send(settingsFor(server), QStringLiteral("right"), sample());
        const auto result = wait(done);
        QVERIFY2(!result.isEmpty() && result.at(0).toBool(),
                 qPrintable(result.value(1).toString()));
        // What the server answered, for the settings' "Send test".
        QVERIFY2(result.at(1).toString().contains(u"accepted the message: 250"),
                 qPrintable(result.at(1).toString()));
        QCOMPARE(server.authPlain, QByteArray("\0alerts\0right", 13));
        QVERIFY(server.data.contains("students.csv"));
    }

    // A server that sends a line with no end gets a clear error, not our memory.
    void endlessReplyLineIsRefused()
    {
        TestSmtpServer server;
        server.greeting = "220 " + QByteArray(1 << 20, 'x');
        QVERIFY(server.listen(QHostAddress::LocalHost));
        SmtpSettings s = settingsFor(server);
        s.security = SmtpSettings::Security::None;
        SmtpNotifier notifier;
        QSignalSpy done(&notifier, &SmtpNotifier::finished);
        notifier.send(s, QStringLiteral("right"), sample());
        const auto result = wait(done);
        QVERIFY(!result.isEmpty() && !result.at(0).toBool());
        QVERIFY2(result.at(1).toString().contains(u"longer than 4096 bytes"),
                 qPrintable(result.at(1).toString()));
    }

    // Every line end in the message is CRLF: a bare LF or CR in a reason cannot end DATA
    // early on a server that reads them as line ends (SMTP smuggling).
    void bareLineEndsAreNormalised()
    {
        Notification n = sample();
        n.lines = {QStringLiteral("one\n.\nMAIL FROM:<x@evil.example>"),
                   QStringLiteral("two\r.\rRCPT TO:<y@evil.example>"),
                   QStringLiteral("three\r\n.")};
        SmtpSettings s;
        s.from = QStringLiteral("a@b.example");
        s.to = {QStringLiteral("c@d.example")};
        const QByteArray message = SmtpNotifier::message(s, n, QDateTime::currentDateTimeUtc());
        for (qsizetype i = 0; i < message.size(); ++i) {
            if (message.at(i) == '\r')
                QVERIFY2(message.mid(i + 1, 1) == "\n", qPrintable(QString::number(i)));
            if (message.at(i) == '\n')
                QVERIFY2(i > 0 && message.at(i - 1) == '\r', qPrintable(QString::number(i)));
        }
        // No line is a lone dot: each one that starts with a dot is stuffed.
        QVERIFY(!message.contains("\r\n.\r\n"));
        QVERIFY(message.contains("\r\n..\r\nMAIL FROM"));
        QVERIFY(message.contains("\r\n..\r\nRCPT TO"));
    }

    // An address cannot carry SMTP commands or headers of its own.
    void addressWithLineBreakIsRefused()
    {
        TestSmtpServer server;
        server.offerStartTls = false;
        QVERIFY(server.listen(QHostAddress::LocalHost));
        SmtpSettings s = settingsFor(server);
        s.security = SmtpSettings::Security::None;
        s.username.clear();
        s.to = {QStringLiteral("it@district.example>\r\nRCPT TO:<x@evil.example")};
        SmtpNotifier notifier;
        QSignalSpy done(&notifier, &SmtpNotifier::finished);
        notifier.send(s, {}, sample());
        const auto result = wait(done);
        QVERIFY(!result.isEmpty() && !result.at(0).toBool());
        QVERIFY2(result.at(1).toString().contains(u"not valid"),
                 qPrintable(result.at(1).toString()));
        QVERIFY(server.recipients.isEmpty());
    }

    void unreachableServer()
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        const int port = probe.serverPort();
        probe.close();
        SmtpSettings s;
        s.host = QStringLiteral("127.0.0.1");
        s.port = port;
        s.from = QStringLiteral("a@b.example");
        s.to = {QStringLiteral("c@d.example")};
        SmtpNotifier notifier;
        QSignalSpy done(&notifier, &SmtpNotifier::finished);
        notifier.send(s, {}, sample());
        const auto result = wait(done);
        QVERIFY(!result.isEmpty() && !result.at(0).toBool());
        QVERIFY(result.at(1).toString().contains(QString::number(port)));
    }

    // A monitor's "still alive" URL: a GET, its token (the path) never shown.
    void successPing()
    {
        TestHttpEndpoint endpoint;
        QVERIFY(endpoint.listen(QHostAddress::LocalHost));
        const QUrl url(
            QStringLiteral("http://127.0.0.1:%1/ping/5f1c0de1-check").arg(endpoint.serverPort()));
        WebhookNotifier notifier;
        QSignalSpy done(&notifier, &WebhookNotifier::finished);
        notifier.ping(url);
        auto result = wait(done);
        QVERIFY2(!result.isEmpty() && result.at(0).toBool(),
                 qPrintable(result.value(1).toString()));
        QCOMPARE(endpoint.lastRequestLine, QByteArray("GET /ping/5f1c0de1-check HTTP/1.1"));
        QVERIFY2(result.at(1).toString().contains(u"success ping") &&
                     result.at(1).toString().contains(u"HTTP 200"),
                 qPrintable(result.at(1).toString()));

        endpoint.status = 404;
        done.clear();
        notifier.ping(url);
        result = wait(done);
        QVERIFY(!result.isEmpty() && !result.at(0).toBool());
        QVERIFY(result.at(1).toString().contains(u"HTTP 404"));
        QVERIFY2(!result.at(1).toString().contains(u"5f1c0de1"),
                 qPrintable(result.at(1).toString()));
    }

    // Only a delivered run pings; a held or failed one notifies instead.
    void deliveredRunsPing()
    {
        TestHttpEndpoint endpoint;
        QVERIFY(endpoint.listen(QHostAddress::LocalHost));
        Profile profile = Profile::create(QStringLiteral("North District"));
        profile.notifications.successPingUrl =
            QStringLiteral("http://127.0.0.1:%1/ping/north").arg(endpoint.serverPort());
        RunNotifier notifier;
        QSignalSpy idle(&notifier, &RunNotifier::idle);
        QSignalSpy answered(&notifier, &RunNotifier::channelFinished);
        RunResult result;
        result.profileId = profile.id.toString(QUuid::WithoutBraces);
        result.profileName = profile.name;
        result.status = RunStatus::Success;
        notifier.notify(profile, {}, result);
        QVERIFY(idle.wait(10000));
        QCOMPARE(endpoint.requests, 1);
        QVERIFY(endpoint.lastRequestLine.startsWith("GET /ping/north "));
        QCOMPARE(answered.size(), 1);
        QCOMPARE(answered.first().at(1).value<RunNotifier::Channel>(),
                 RunNotifier::Channel::SuccessPing);
        QVERIFY(answered.first().at(2).toBool());

        for (RunStatus status : {RunStatus::Held, RunStatus::Failed, RunStatus::DryRun}) {
            result.status = status;
            idle.clear();
            notifier.notify(profile, {}, result);
            QVERIFY(idle.size() == 1 || idle.wait(10000));
        }
        QTest::qWait(100);
        QCOMPARE(endpoint.requests, 1);
    }

    // A failure or hold says why on its first line and where to look, in the email and webhook.
    void notificationsSayWhyAndWhereToLook()
    {
        RunResult result;
        result.profileName = QStringLiteral("North District");
        result.runId = 42;
        result.status = RunStatus::Held;
        result.message = QStringLiteral("12 % of students would be removed");
        Notification n = RunNotifier::notificationFor(result);
        QCOMPARE(n.lines.first(), result.message);
        QVERIFY(n.action.contains(u"Review package"));
        QVERIFY(n.text().endsWith(n.action + u'\n'));
        QCOMPARE(n.toJson().value(u"action").toString(), n.action);
        result.status = RunStatus::Failed;
        n = RunNotifier::notificationFor(result);
        QVERIFY2(n.action.contains(u"rosterbridge history --run 42"), qPrintable(n.action));
    }

    // "Send test" goes through every channel the profile has and reports each answer.
    void testMessageReachesEveryChannel()
    {
        TestSmtpServer smtp;
        smtp.offerStartTls = false;
        QVERIFY(smtp.listen(QHostAddress::LocalHost));
        TestHttpEndpoint hook;
        QVERIFY(hook.listen(QHostAddress::LocalHost));
        Profile profile = Profile::create(QStringLiteral("Distrito Norte"));
        QCOMPARE(RunNotifier::channels(profile), QList<RunNotifier::Channel>{});
        alertTo(&profile, smtp, hook, QStringLiteral("/hooks/t0k3n"));
        QCOMPARE(RunNotifier::channels(profile),
                 (QList<RunNotifier::Channel>{RunNotifier::Channel::Email,
                                              RunNotifier::Channel::Webhook}));

        RunNotifier notifier;
        QSignalSpy answered(&notifier, &RunNotifier::channelFinished);
        QSignalSpy raised(&notifier, &RunNotifier::raised);
        QSignalSpy idle(&notifier, &RunNotifier::idle);
        notifier.send(profile, {}, RunNotifier::testNotification(profile));
        QVERIFY(idle.wait(10000));
        QCOMPARE(answered.size(), 2);
        QVERIFY(raised.isEmpty());
        for (const auto &args : answered) {
            QVERIFY2(args.at(2).toBool(), qPrintable(args.at(3).toString()));
            QCOMPARE(args.at(0).toString(), profile.id.toString(QUuid::WithoutBraces));
        }
        QVERIFY2(smtp.data.contains("Distrito Norte: test message"), smtp.data.constData());
        QCOMPARE(QJsonDocument::fromJson(hook.lastBody).object().value(u"status").toString(),
                 QStringLiteral("test"));

        // One channel refusing is reported as that channel's, with the server's answer.
        hook.status = 403;
        answered.clear();
        idle.clear();
        notifier.send(profile, {}, RunNotifier::testNotification(profile));
        QVERIFY(idle.wait(10000));
        QCOMPARE(answered.size(), 2);
        for (const auto &args : answered) {
            const bool isHook =
                args.at(1).value<RunNotifier::Channel>() == RunNotifier::Channel::Webhook;
            QCOMPARE(args.at(2).toBool(), !isHook);
            if (isHook)
                QVERIFY(args.at(3).toString().contains(u"HTTP 403"));
        }
    }

    void webhook()
    {
        TestHttpEndpoint endpoint;
        QVERIFY(endpoint.listen(QHostAddress::LocalHost));
        // The path is the webhook's credential, as with chat services.
        const QUrl url(QStringLiteral("http://127.0.0.1:%1/services/T0/tok3nS3cret")
                           .arg(endpoint.serverPort()));
        WebhookNotifier notifier;
        QSignalSpy done(&notifier, &WebhookNotifier::finished);
        notifier.send(url, sample());
        auto result = wait(done);
        QVERIFY2(!result.isEmpty() && result.at(0).toBool(),
                 qPrintable(result.value(1).toString()));
        QVERIFY2(result.at(1).toString().contains(u"HTTP 200"),
                 qPrintable(result.at(1).toString()));
        QVERIFY(!result.at(1).toString().contains(u"tok3nS3cret"));
        const QJsonObject body = QJsonDocument::fromJson(endpoint.lastBody).object();
        QCOMPARE(body.value(QStringLiteral("status")).toString(), QStringLiteral("held"));
        QVERIFY(body.value(QStringLiteral("text")).toString().contains(u"students.csv"));

        endpoint.status = 500;
        done.clear();
        notifier.send(url, sample());
        result = wait(done);
        QVERIFY(!result.isEmpty() && !result.at(0).toBool());
        QVERIFY(result.at(1).toString().contains(u"HTTP 500"));
        QVERIFY2(!result.at(1).toString().contains(u"tok3nS3cret"),
                 qPrintable(result.at(1).toString()));

        // Refused by the network layer: Qt's error text quotes the URL, still masked.
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost));
        const quint16 closedPort = closed.serverPort();
        closed.close();
        done.clear();
        notifier.send(
            QUrl(QStringLiteral("http://127.0.0.1:%1/services/T0/tok3nS3cret").arg(closedPort)),
            sample());
        result = wait(done);
        QVERIFY(!result.isEmpty() && !result.at(0).toBool());
        QVERIFY2(!result.at(1).toString().contains(u"tok3nS3cret"),
                 qPrintable(result.at(1).toString()));

        done.clear();
        notifier.send(QUrl(QStringLiteral("ftp://nowhere")), sample());
        result = wait(done);
        QVERIFY(!result.isEmpty() && !result.at(0).toBool());
    }
};

QTEST_GUILESS_MAIN(TestNotifiers)
#include "tst_notifiers.moc"
