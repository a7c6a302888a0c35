#include "NotifyEndpoints.h"
#include "TestSupport.h"

#include "profile/NotificationSettingsWidget.h"
#include "store/SecretStore.h"

#include <QCheckBox>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

using namespace rb;
using namespace rb::test;
using namespace Qt::StringLiterals;

// The notifications page's "Send test" buttons against the SMTP server and webhook endpoint
// the notifier tests use: each shows the server's answer, a refusal says why, and an empty
// password field in a saved profile's settings uses the keychain's password.
class TestUiNotifications : public QObject
{
    Q_OBJECT
    QTemporaryDir m_tmp;
    TestSmtpServer m_smtp;
    TestHttpEndpoint m_hook;

    template<typename T>
    static T *child(QWidget &w, const QString &name)
    {
        auto *c = w.findChild<T *>(name);
        if (!c)
            qFatal("no child %s", qPrintable(name));
        return c;
    }

    Profile profile() const
    {
        Profile p = Profile::create(u"Distrito Norte"_s);
        alertTo(&p, m_smtp, m_hook, u"/hooks/abc"_s);
        return p;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_tmp.isValid());
        qunsetenv("ROSTERBRIDGE_SMTP_PASSWORD");
        m_smtp.offerStartTls = false;
        QVERIFY(m_smtp.listen(QHostAddress::LocalHost));
        QVERIFY(m_hook.listen(QHostAddress::LocalHost));
    }

    void testButtonsShowTheServersAnswer()
    {
        NotificationSettingsWidget w;
        w.load(profile());
        w.resize(640, 720);
        w.show();
        auto *testEmail = child<QPushButton>(w, u"testEmail"_s);
        auto *testHook = child<QPushButton>(w, u"testWebhook"_s);
        QVERIFY(testEmail->isEnabled());
        QVERIFY(testHook->isEnabled());
        QCOMPARE(child<QSpinBox>(w, u"staleAfterDays"_s)->value(), 3);

        testEmail->click();
        QTRY_VERIFY_WITH_TIMEOUT(child<QLabel>(w, u"emailAnswer"_s)->text().contains(u"250 queued"),
                                 10000);
        QVERIFY(child<QLabel>(w, u"emailAnswer"_s)->text().startsWith(u"✔"));
        QVERIFY(m_smtp.data.contains("Distrito Norte: test message"));
        // Only the channel whose button was pressed.
        QCOMPARE(m_hook.requests, 0);

        testHook->click();
        QTRY_VERIFY_WITH_TIMEOUT(child<QLabel>(w, u"webhookAnswer"_s)->text().contains(u"HTTP 200"),
                                 10000);
        QCOMPARE(QJsonDocument::fromJson(m_hook.lastBody).object().value(u"status").toString(),
                 u"test"_s);

        m_hook.status = 404;
        testHook->click();
        QTRY_VERIFY_WITH_TIMEOUT(child<QLabel>(w, u"webhookAnswer"_s)->text().contains(u"HTTP 404"),
                                 10000);
        QVERIFY(child<QLabel>(w, u"webhookAnswer"_s)->text().startsWith(u"✖"));
        m_hook.status = 200;

        // Nothing to test without a recipient or an address.
        child<QLineEdit>(w, u"emailTo"_s)->clear();
        child<QLineEdit>(w, u"webhookUrl"_s)->clear();
        QVERIFY(!testEmail->isEnabled());
        QVERIFY(!testHook->isEnabled());
    }

    // In a saved profile's settings the password field is empty: the test reads the keychain.
    void emptyPasswordUsesTheKeychain()
    {
        Profile p = profile();
        p.notifications.email.username = u"alerts"_s;
        p.notifications.email.allowLoginWithoutTls = true;
        m_smtp.password = "kept-in-keychain";
        SecretStore secrets(m_tmp.filePath(u"config"_s));
        QSignalSpy stored(&secrets, &SecretStore::finished);
        secrets.write(p.id, SecretName::SmtpPassword, u"kept-in-keychain"_s);
        QVERIFY(stored.wait(20000));

        NotificationSettingsWidget w;
        w.load(p);
        w.setStoredSecrets(&secrets, p.id);
        child<QPushButton>(w, u"testEmail"_s)->click();
        QTRY_VERIFY_WITH_TIMEOUT(child<QLabel>(w, u"emailAnswer"_s)->text().contains(u"250 queued"),
                                 20000);
        QVERIFY(m_smtp.authPlain.endsWith("kept-in-keychain"));

        // A typed password is what the test uses.
        w.setSmtpPassword(u"typed-wrong"_s);
        child<QPushButton>(w, u"testEmail"_s)->click();
        QTRY_VERIFY_WITH_TIMEOUT(child<QLabel>(w, u"emailAnswer"_s)->text().contains(u"535"),
                                 10000);
        QVERIFY(child<QLabel>(w, u"emailAnswer"_s)->text().startsWith(u"✖"));
    }
};

QTEST_MAIN(TestUiNotifications)
#include "tst_ui_notifications.moc"
