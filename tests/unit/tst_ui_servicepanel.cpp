#include "RecordingRunner.h"
#include "ResultCheck.h"
#include "TestSupport.h"

#include "service/ServiceDescription.h"
#include "settings/PreferencesDialog.h"
#include "settings/ServicePanel.h"
#include "store/ProfileStore.h"
#include "store/SecretStore.h"

#include <QCheckBox>
#include <QInputDialog>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace rb;
using namespace rb::test;
using namespace Qt::StringLiterals;

// Preferences → "Run syncs when nobody is logged in", offscreen, with the system's commands
// recorded: ticking reads the profiles' passwords from the real keychain and installs, the
// status follows, unticking removes, and a failed step says why and leaves it unticked.
class TestUiServicePanel : public QObject
{
    Q_OBJECT
    QTemporaryDir m_tmp;
    std::unique_ptr<SecretStore> m_secrets;
    Profile m_profile;

    ServicePanel::Folders folders() const
    {
        return {m_tmp.filePath(u"config/profiles"_s), m_tmp.filePath(u"config"_s),
                m_tmp.filePath(u"data"_s)};
    }

    static bool settle(ServicePanel *panel)
    {
        return QTest::qWaitFor([panel] { return panel->isIdle(); }, 20000);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_tmp.isValid());
        // Where the user's units go, so that nothing of this user's is touched.
        qputenv("XDG_CONFIG_HOME", m_tmp.filePath(u"xdg"_s).toUtf8());
        qunsetenv("ROSTERBRIDGE_ASM_PASSWORD");
        m_profile = Profile::create(u"Distrito Norte"_s);
        m_profile.destination.kind = DestinationKind::AsmSftp;
        m_profile.destination.sftp.host = u"upload.appleschoolcontent.com"_s;
        m_profile.destination.sftp.authType = SftpAuthType::Password;
        QVERIFY_OK(ProfileStore(folders().profiles).save(m_profile));
        m_secrets = std::make_unique<SecretStore>(m_tmp.filePath(u"config"_s));
        QSignalSpy stored(m_secrets.get(), &SecretStore::finished);
        m_secrets->write(m_profile.id, SecretName::AsmPassword, u"asm-Pässword"_s);
        QVERIFY(stored.wait(20000));
    }

    void installsAndRemoves()
    {
        auto runner = std::make_shared<RecordingRunner>();
        PreferencesDialog dialog(folders().config, folders().data);
        auto *panel = new ServicePanel(folders(), m_secrets.get(), runner, &dialog);
        dialog.addSection(panel);
        dialog.show();
        QVERIFY(settle(panel));
        QCOMPARE(panel->statusText(), u"Not installed."_s);
        QVERIFY(!panel->enabledBox()->isChecked());
        QVERIFY(runner->calls.isEmpty());

        panel->enabledBox()->click();
        QVERIFY(!panel->enabledBox()->isEnabled());
        QVERIFY(settle(panel));
        QCOMPARE(panel->statusText(), u"Running."_s);
        QVERIFY(panel->enabledBox()->isChecked());
        const QStringList lines = runner->commandLines();
        QCOMPARE(lines.size(), 5);
        QVERIFY(lines.first().startsWith(u"systemd-creds encrypt --user --name=rosterbridge."_s +
                                         m_profile.id.toString(QUuid::WithoutBraces) +
                                         u".asmPassword"_s));
        QCOMPARE(runner->calls.first().input, u"asm-Pässword"_s.toUtf8());
        QCOMPARE(lines.last(), u"systemctl --user is-active --quiet rosterbridge.service"_s);

        runner->calls.clear();
        panel->enabledBox()->click();
        QVERIFY(settle(panel));
        QCOMPARE(panel->statusText(), u"Not installed."_s);
        QVERIFY(!panel->enabledBox()->isChecked());
        QCOMPARE(runner->commandLines().first(),
                 u"systemctl --user disable --now rosterbridge.service"_s);
    }

    void failedInstallSaysWhy()
    {
        auto runner = std::make_shared<RecordingRunner>();
        runner->failing.insert(u"loginctl enable-linger"_s,
                               {1, "Could not enable linger: Access denied"});
        ServicePanel panel(folders(), m_secrets.get(), runner);
        QVERIFY(settle(&panel));
        panel.enabledBox()->click();
        QVERIFY(settle(&panel));
        QVERIFY2(panel.statusText().contains(u"Access denied"_s) &&
                     panel.statusText().endsWith(u"Not installed."_s),
                 qPrintable(panel.statusText()));
        QVERIFY(!panel.enabledBox()->isChecked());
        QVERIFY(panel.enabledBox()->isEnabled());
    }

    // Windows: ticking asks for the account's password (Task Scheduler keeps it), and only
    // PowerShell's standard input gets it; cancelling installs nothing.
    void windowsAsksForTheAccountPassword()
    {
        auto runner = std::make_shared<RecordingRunner>();
        runner->answer =
            [](const RecordingRunner::Call &c) -> std::optional<CommandRunner::Outcome> {
            if (c.arguments.value(3).contains(u"Get-ScheduledTask"_s))
                return CommandRunner::Outcome{0, "Running\r\n", {}};
            return std::nullopt;
        };
        QWidget window;
        auto *panel = new ServicePanel(folders(), m_secrets.get(), runner, &window,
                                       ServiceInstaller::Platform::TaskScheduler);
        window.show();
        QVERIFY(settle(panel));
        QCOMPARE(panel->statusText(), u"Not installed."_s);

        panel->enabledBox()->click();
        auto *ask = window.findChild<QInputDialog *>(u"accountPassword"_s);
        QVERIFY(ask);
        QVERIFY(ask->labelText().contains(ServiceDescription::currentAccount()));
        QCOMPARE(ask->textEchoMode(), QLineEdit::Password);
        QVERIFY(!panel->isIdle());
        ask->reject();
        QVERIFY(settle(panel));
        QVERIFY(!panel->enabledBox()->isChecked());
        QVERIFY(runner->calls.isEmpty());

        panel->enabledBox()->click();
        ask = window.findChild<QInputDialog *>(u"accountPassword"_s);
        QVERIFY(ask);
        ask->setTextValue(u"Winter-2026"_s);
        ask->accept();
        QVERIFY(settle(panel));
        QCOMPARE(panel->statusText(), u"Running."_s);
        QVERIFY(panel->enabledBox()->isChecked());
        QCOMPARE(runner->calls.size(), 2);
        QVERIFY(runner->calls.first().arguments.at(3).contains(u"Register-ScheduledTask"_s));
        QCOMPARE(runner->calls.first().input, QByteArray("Winter-2026\n"));
        // The keychain was not asked: the task reads it as the user.
        QVERIFY(!runner->calls.first().input.contains("asm-"));
    }
};

QTEST_MAIN(TestUiServicePanel)
#include "tst_ui_servicepanel.moc"
