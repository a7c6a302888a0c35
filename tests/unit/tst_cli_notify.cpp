#include "NotifyEndpoints.h"
#include "ResultCheck.h"
#include "TestSupport.h"

#include "store/ProfileStore.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace rb;
using namespace rb::test;
using namespace Qt::StringLiterals;

// `rosterbridge notify test --profile NAME` against the SMTP server and webhook endpoint the
// notifier tests use, served by this test while the command runs.
class TestCliNotify : public QObject
{
    Q_OBJECT
    QTemporaryDir m_tmp;
    TestSmtpServer m_smtp;
    TestHttpEndpoint m_hook;

    QString profiles() const { return m_tmp.filePath(u"profiles"_s); }

    Profile save(Profile p)
    {
        if (!ProfileStore(profiles()).save(p))
            qFatal("cannot save the profile");
        return p;
    }

    Profile alerting(const QString &name)
    {
        Profile p = Profile::create(name);
        alertTo(&p, m_smtp, m_hook, u"/hooks/T0/s3cr3t"_s);
        return p;
    }

    ProcessResult notify(const QString &profile, const QString &smtpPassword = {})
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(u"ROSTERBRIDGE_SMTP_PASSWORD"_s);
        if (!smtpPassword.isEmpty())
            env.insert(u"ROSTERBRIDGE_SMTP_PASSWORD"_s, smtpPassword);
        return runServing(appBinary(),
                          {u"notify"_s, u"test"_s, u"--profile"_s, profile, u"--profiles-dir"_s,
                           profiles(), u"--config-dir"_s, m_tmp.filePath(u"config"_s),
                           u"--data-dir"_s, m_tmp.filePath(u"data"_s)},
                          env);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_tmp.isValid());
        m_smtp.offerStartTls = false;
        QVERIFY(m_smtp.listen(QHostAddress::LocalHost));
        QVERIFY(m_hook.listen(QHostAddress::LocalHost));
    }

    void everyChannelAccepts()
    {
        save(alerting(u"Distrito Norte"_s));
        m_hook.status = 200;
        const ProcessResult r = notify(u"Distrito Norte"_s);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY2(r.out.contains("Email: ok - ") && r.out.contains("250 queued"), r.out.constData());
        QVERIFY2(r.out.contains("Webhook: ok - ") && r.out.contains("HTTP 200"), r.out.constData());
        // The webhook's path is its credential: never printed.
        QVERIFY(!r.out.contains("s3cr3t"));
        QVERIFY(m_smtp.data.contains("Distrito Norte: test message"));
        QCOMPARE(QJsonDocument::fromJson(m_hook.lastBody).object().value(u"status").toString(),
                 u"test"_s);
    }

    void oneChannelRefusingFails()
    {
        save(alerting(u"South"_s));
        m_hook.status = 500;
        const ProcessResult r = notify(u"South"_s);
        m_hook.status = 200;
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.out.contains("Email: ok"), r.out.constData());
        QVERIFY2(r.out.contains("Webhook: FAILED - ") && r.out.contains("HTTP 500"),
                 r.out.constData());
    }

    // The SMTP password comes from the keychain or its variable, as for a run.
    void loginUsesTheSmtpPassword()
    {
        Profile p = alerting(u"East"_s);
        p.notifications.webhookUrl.clear();
        p.notifications.email.username = u"alerts"_s;
        p.notifications.email.allowLoginWithoutTls = true;
        save(p);
        m_smtp.password = "r1ght-pw";
        ProcessResult r = notify(u"East"_s, u"wrong"_s);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.out.contains("Email: FAILED") && r.out.contains("535"), r.out.constData());
        QVERIFY(!r.out.contains("Webhook"));
        r = notify(u"East"_s, u"r1ght-pw"_s);
        QVERIFY2(r.exitCode == 0, QByteArray(r.out + r.err).constData());
    }

    void noChannelIsAFailure()
    {
        save(Profile::create(u"Quiet"_s));
        const ProcessResult r = notify(u"Quiet"_s);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("sends no alerts"), r.err.constData());
        QCOMPARE(run(appBinary(), {u"notify"_s}).exitCode, 2);
        QCOMPARE(run(appBinary(), {u"notify"_s, u"send"_s, u"--profile"_s, u"Quiet"_s}).exitCode,
                 2);
        QCOMPARE(notify(u"Nobody"_s).exitCode, 1);
    }
};

QTEST_GUILESS_MAIN(TestCliNotify)
#include "tst_cli_notify.moc"
