#include "RecordingRunner.h"
#include "ResultCheck.h"
#include "TestSupport.h"

#include "service/ServiceInstaller.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace rb;
using namespace rb::test;
using namespace Qt::StringLiterals;

// Installing, removing and reporting the unattended service as a systemd user unit (and as a
// Windows task, through PowerShell), with the system commands recorded: the order, the secrets
// sealed through stdin and never written in plain text, a failed step taken back, status exit
// codes.
class TestServiceInstaller : public QObject
{
    Q_OBJECT
    QTemporaryDir m_tmp;
    QString m_units;
    QString m_credentials;
    const QHash<QString, QString> m_secrets{{u"rosterbridge.0f8e.asmPassword"_s, u"pa55-Wörd"_s},
                                            {u"rosterbridge.0f8e.smtpPassword"_s, u"mail-pw"_s}};

    ServiceDescription description() const
    {
        ServiceDescription d;
        d.description = u"RosterBridge"_s;
        d.program = appBinary();
        d.arguments = {u"serve"_s};
        d.workingDirectory = m_tmp.path();
        return d;
    }

    bool anyFileHolds(const QString &folder, const QByteArray &text) const
    {
        QDirIterator it(folder, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            if (readFile(it.next()).contains(text))
                return true;
        }
        return false;
    }

private slots:
    void init()
    {
        m_units = m_tmp.filePath(u"systemd/user"_s);
        m_credentials = m_tmp.filePath(u"config/service-credentials"_s);
        QDir(m_tmp.path()).removeRecursively();
        QVERIFY(QDir().mkpath(m_tmp.path()));
    }

    void installsSealsAndStarts()
    {
        RecordingRunner runner;
        ServiceInstaller installer(m_units, m_credentials, &runner);
        QCOMPARE(installer.status(), ServiceInstaller::Status::NotInstalled);
        QVERIFY(runner.calls.isEmpty());
        QVERIFY_OK(installer.install(description(), m_secrets));

        const QStringList lines = runner.commandLines();
        QCOMPARE(lines.size(), 5);
        QVERIFY(
            lines.at(0).startsWith(u"systemd-creds encrypt --user --name=rosterbridge.0f8e."_s));
        QVERIFY(
            lines.at(1).startsWith(u"systemd-creds encrypt --user --name=rosterbridge.0f8e."_s));
        QCOMPARE(lines.mid(2),
                 (QStringList{u"loginctl enable-linger"_s, u"systemctl --user daemon-reload"_s,
                              u"systemctl --user enable --now rosterbridge.service"_s}));
        // The secret goes through stdin, never the command line or a plain file.
        for (const auto &call : runner.calls.mid(0, 2)) {
            const QString name = call.arguments.at(2).mid(7);
            QCOMPARE(QString::fromUtf8(call.input), m_secrets.value(name));
            QVERIFY(!call.arguments.join(u' ').contains(m_secrets.value(name)));
        }
        for (const QString &secret : m_secrets)
            QVERIFY(!anyFileHolds(m_tmp.path(), secret.toUtf8()));

        const QByteArray unit = readFile(installer.unitFile());
        QVERIFY(unit.contains(QByteArray(
            "LoadCredentialEncrypted=rosterbridge.0f8e.asmPassword:" + m_credentials.toUtf8() +
            "/rosterbridge.0f8e.asmPassword.cred")));
        QVERIFY(unit.contains(QByteArray("ExecStart=" + appBinary().toUtf8() + " serve")));

        runner.calls.clear();
        QCOMPARE(installer.status(), ServiceInstaller::Status::Running);
        QCOMPARE(runner.commandLines(),
                 QStringList{u"systemctl --user is-active --quiet rosterbridge.service"_s});
        runner.failing.insert(u"systemctl is-active"_s, {3, {}});
        QCOMPARE(installer.status(), ServiceInstaller::Status::Stopped);

        runner.calls.clear();
        QVERIFY_OK(installer.remove());
        QCOMPARE(runner.commandLines(),
                 (QStringList{u"systemctl --user disable --now rosterbridge.service"_s,
                              u"systemctl --user daemon-reload"_s}));
        QVERIFY(!QFile::exists(installer.unitFile()));
        QVERIFY(!QFileInfo::exists(m_credentials));
        QCOMPARE(installer.status(), ServiceInstaller::Status::NotInstalled);
        // Removing what is not there succeeds and runs nothing.
        runner.calls.clear();
        QVERIFY_OK(installer.remove());
        QVERIFY(runner.calls.isEmpty());
    }

    // systemd before 256 cannot seal for a user: the install says so and leaves nothing.
    void sealingRefusedLeavesNothing()
    {
        RecordingRunner runner;
        runner.failing.insert(u"systemd-creds encrypt"_s,
                              {1, "systemd-creds: unrecognized option '--user'"});
        ServiceInstaller installer(m_units, m_credentials, &runner);
        const Result<void> r = installer.install(description(), m_secrets);
        QVERIFY(!r);
        QVERIFY2(r.error().contains(u"unrecognized option '--user'"_s), qPrintable(r.error()));
        QVERIFY2(r.error().contains(u"systemd-creds encrypt --user"_s), qPrintable(r.error()));
        QVERIFY(!QFile::exists(installer.unitFile()));
        QVERIFY(QDir(m_credentials).isEmpty());
        QCOMPARE(runner.calls.size(), 1);
    }

    void failedStartIsTakenBack()
    {
        RecordingRunner runner;
        runner.failing.insert(u"systemctl enable"_s,
                              {1, "Failed to connect to bus: No medium found"});
        ServiceInstaller installer(m_units, m_credentials, &runner);
        const Result<void> r = installer.install(description(), m_secrets);
        QVERIFY(!r);
        QVERIFY2(r.error().contains(u"Failed to connect to bus"_s) &&
                     r.error().contains(u"exited with 1"_s),
                 qPrintable(r.error()));
        QVERIFY(!QFile::exists(installer.unitFile()));
        QVERIFY(QDir(m_credentials).isEmpty());
        QCOMPARE(runner.commandLines().last(), u"systemctl --user daemon-reload"_s);
    }

    // Windows: the task is registered through PowerShell with the account's password on its
    // standard input only; the task's XML never holds it.
    void taskIsRegisteredWithThePasswordOnStdin()
    {
        const QString folder = m_tmp.filePath(u"LocalAppData"_s);
        RecordingRunner runner;
        ServiceInstaller installer(folder, m_credentials, &runner,
                                   ServiceInstaller::Platform::TaskScheduler);
        ServiceDescription d = description();
        d.userName = u"DISTRICT\\o'brien"_s;

        // No password, no task: Windows could not start it with nobody logged on.
        const Result<void> refused = installer.install(d, {});
        QVERIFY(!refused);
        QVERIFY(refused.error().contains(u"password"_s));
        QVERIFY(runner.calls.isEmpty());
        QCOMPARE(installer.status(), ServiceInstaller::Status::NotInstalled);

        const QString password = u"Winter'2026 pa$$"_s;
        installer.setAccountPassword(password);
        QVERIFY_OK(installer.install(d, m_secrets));
        QCOMPARE(runner.calls.size(), 1);
        const RecordingRunner::Call &call = runner.calls.first();
        QCOMPARE(call.program, u"powershell.exe"_s);
        QCOMPARE(call.arguments.mid(0, 3),
                 (QStringList{u"-NoProfile"_s, u"-NonInteractive"_s, u"-Command"_s}));
        const QString script = call.arguments.at(3);
        QVERIFY(script.startsWith(u"$p = [Console]::In.ReadLine();"_s));
        QVERIFY(script.contains(u"Register-ScheduledTask -TaskName 'RosterBridge'"_s));
        // A quote in the account's name cannot end the string it is in.
        QVERIFY2(script.contains(u"-User 'DISTRICT\\o''brien' -Password $p"_s), qPrintable(script));
        QVERIFY(script.contains(u"Start-ScheduledTask -TaskName 'RosterBridge'"_s));
        QCOMPARE(call.input, password.toUtf8() + '\n');
        QVERIFY(!call.arguments.join(u' ').contains(password));
        // The sealed secrets are a systemd matter: none are handed over here.
        QVERIFY(!call.input.contains("pa55"));

        // The task's own XML, as Task Scheduler reads it (UTF-16), without the password.
        const QByteArray xml = readFile(installer.unitFile());
        QVERIFY(xml.startsWith("\xff\xfe"));
        const QString text = QString::fromUtf16(
            reinterpret_cast<const char16_t *>(xml.constData() + 2), (xml.size() - 2) / 2);
        QVERIFY(text.contains(u"<LogonType>Password</LogonType>"_s));
        QVERIFY(!text.contains(password));
        QVERIFY(!anyFileHolds(m_tmp.path(), password.toUtf8()));

        // Its state is the enum's name, which Windows does not translate.
        runner.answer =
            [](const RecordingRunner::Call &c) -> std::optional<CommandRunner::Outcome> {
            if (c.arguments.value(3).contains(u"Get-ScheduledTask"_s))
                return CommandRunner::Outcome{0, "Running\r\n", {}};
            return std::nullopt;
        };
        QCOMPARE(installer.status(), ServiceInstaller::Status::Running);
        runner.answer =
            [](const RecordingRunner::Call &c) -> std::optional<CommandRunner::Outcome> {
            if (c.arguments.value(3).contains(u"Get-ScheduledTask"_s))
                return CommandRunner::Outcome{0, "Ready\r\n", {}};
            return std::nullopt;
        };
        QCOMPARE(installer.status(), ServiceInstaller::Status::Stopped);

        runner.calls.clear();
        QVERIFY_OK(installer.remove());
        QCOMPARE(runner.calls.size(), 1);
        QVERIFY(runner.calls.first().arguments.at(3).contains(
            u"Unregister-ScheduledTask -TaskName 'RosterBridge' -Confirm:$false"_s));
        QVERIFY(!QFile::exists(installer.unitFile()));
        QCOMPARE(installer.status(), ServiceInstaller::Status::NotInstalled);
        QVERIFY_OK(installer.remove());
        QCOMPARE(runner.calls.size(), 1);
    }

    // A refused registration (a wrong password) leaves no task file and says what PowerShell said.
    void refusedTaskIsTakenBack()
    {
        RecordingRunner runner;
        runner.answer = [](const RecordingRunner::Call &) -> std::optional<CommandRunner::Outcome> {
            return CommandRunner::Outcome{
                1, {}, "Register-ScheduledTask : The user name or password is incorrect."};
        };
        ServiceInstaller installer(m_tmp.filePath(u"LocalAppData"_s), m_credentials, &runner,
                                   ServiceInstaller::Platform::TaskScheduler);
        installer.setAccountPassword(u"wrong"_s);
        const Result<void> done = installer.install(description(), {});
        QVERIFY(!done);
        QVERIFY2(done.error().contains(u"user name or password is incorrect"_s),
                 qPrintable(done.error()));
        QVERIFY(!QFile::exists(installer.unitFile()));
        QCOMPARE(installer.status(), ServiceInstaller::Status::NotInstalled);
    }
};

QTEST_GUILESS_MAIN(TestServiceInstaller)
#include "tst_serviceinstaller.moc"
