#include "DevServerProcess.h"
#include "SshServerProcess.h"
#include "TestSupport.h"
#include "WizardDriver.h"

#include "pipeline/RunCoordinator.h"
#include "pipeline/RunEngine.h"
#include "store/HistoryDatabase.h"
#include "store/SecretStore.h"
#include "wizard/SetupWizard.h"
#include "wizard/WizardEnvironment.h"
#include "wizard/WizardPageId.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

using namespace rb;
using namespace rb::test;
using namespace Qt::StringLiterals;

// A real-source profile set up end to end through the wizard, the way an admin does it: the
// OneRoster API of the development server (connection tested, secret into the real keychain),
// Apple School Manager's SFTP on a loopback sshd (login tested, host key confirmed and pinned),
// the schools read from the API, a schedule; then the saved profile runs through the
// coordinator with its secrets read back from the keychain: held as a first delivery, approved,
// and the zip lands in the sshd's dropbox.
class TestUiWizardE2e : public QObject
{
    Q_OBJECT
    QTemporaryDir m_tmp;
    DevServerProcess m_sis;
    SshServerProcess m_sshd;
    const QString m_secret = u"e2e-wizard-secret-31c"_s;

    QString path(const QString &name) const { return m_tmp.filePath(name); }

private slots:
    void initTestCase()
    {
        QString why;
        if (!SshServerProcess::canRun(&why))
            QSKIP(qPrintable(why));
        QVERIFY2(m_sshd.setUp(), qPrintable(m_sshd.errorString()));
        QVERIFY2(m_sshd.start(), qPrintable(m_sshd.errorString()));
        QVERIFY(m_sshd.setDropbox(true));
        const QString district = path(u"district.zip"_s);
        QCOMPARE(run(generatorBinary(), {u"--scale"_s, u"tiny"_s, u"-o"_s, district}).exitCode, 0);
        QVERIFY2(m_sis.start({u"--data"_s, district, u"--auth"_s, u"oauth2"_s, u"--client-id"_s,
                              u"rb"_s, u"--client-secret"_s, m_secret}),
                 qPrintable(m_sis.errorOutput()));
        qunsetenv("ROSTERBRIDGE_SIS_SECRET");
        qunsetenv("ROSTERBRIDGE_ASM_PASSWORD");
    }

    void apiToAppleSchoolManagerThroughTheWizard()
    {
        SecretStore secrets(path(u"config"_s));
        WizardEnvironment env;
        env.profilesFolder = path(u"config/profiles"_s);
        env.dataFolder = path(u"data"_s);
        env.secrets = &secrets;
        SetupWizard w(env);
        w.show();
        child<QRadioButton>(w, u"flowRest"_s)->setChecked(true);
        w.next();
        auto *preset = child<QComboBox>(w, u"sisPreset"_s);
        preset->setCurrentIndex(preset->findData(u"eschooldata"_s));
        const QString base = m_sis.baseUrl().toString();
        child<QLineEdit>(w, u"sisBaseUrl"_s)->setText(base);
        child<QLineEdit>(w, u"sisTokenUrl"_s)->setText(base + u"/oauth/token"_s);
        child<QLineEdit>(w, u"sisClientId"_s)->setText(u"rb"_s);
        child<QLineEdit>(w, u"sisClientSecret"_s)->setText(m_secret);
        w.next();
        QTRY_COMPARE_WITH_TIMEOUT(w.currentId(), int(WizardPageId::Asm), 30000);

        child<QLineEdit>(w, u"asmHost"_s)->setText(u"127.0.0.1"_s);
        child<QSpinBox>(w, u"asmPort"_s)->setValue(m_sshd.port());
        child<QLineEdit>(w, u"asmUser"_s)->setText(SshServerProcess::userName());
        child<QLineEdit>(w, u"asmPassword"_s)->setText(SshServerProcess::password());
        w.next();
        auto *summary = child<QLabel>(w, u"sftpTestSummary"_s);
        // The test stops at the new host key; confirming it signs in.
        QTRY_VERIFY_WITH_TIMEOUT(summary->text().contains(u"not pinned"_s), 60000);
        w.currentPage()->findChild<QCheckBox *>(u"fingerprintConfirmed"_s)->setChecked(true);
        QTRY_VERIFY_WITH_TIMEOUT(summary->text().startsWith(u"Connected"_s), 60000);
        QVERIFY(nextEnabled(w));
        w.next();
        QCOMPARE(w.currentId(), int(WizardPageId::Filters));
        QTRY_VERIFY_WITH_TIMEOUT(child<QListWidget>(w, u"schoolList"_s)->count() >= 2, 60000);
        QTRY_VERIFY_WITH_TIMEOUT(nextEnabled(w), 60000);
        w.next();
        QCOMPARE(w.currentId(), int(WizardPageId::Accounts));
        w.next();
        QCOMPARE(w.currentId(), int(WizardPageId::Schedule));
        w.next();
        QCOMPARE(w.currentId(), int(WizardPageId::Notifications));
        w.next();
        QCOMPARE(w.currentId(), int(WizardPageId::Finish));
        child<QLineEdit>(w, u"profileName"_s)->setText(u"Springfield"_s);
        QSignalSpy created(&w, &SetupWizard::profileCreated);
        w.button(QWizard::FinishButton)->click();
        QTRY_COMPARE_WITH_TIMEOUT(created.size(), 1, 30000);
        const QString id = created.first().at(0).toUuid().toString(QUuid::WithoutBraces);

        // The saved profile runs, its secrets read back from the keychain.
        HistoryDatabase history;
        QVERIFY(history.open(path(u"data/history.sqlite"_s)));
        RunEngine engine(&history, path(u"data/held"_s));
        RunCoordinator coordinator(ProfileStore(env.profilesFolder), &secrets, &history, &engine);
        QSignalSpy finished(&coordinator, &RunCoordinator::runFinished);
        coordinator.trigger(id, RunTrigger::Manual, {});
        QVERIFY(finished.wait(120000));
        RunResult r = finished.takeFirst().first().value<RunResult>();
        QCOMPARE(r.status, RunStatus::Held);
        RunCoordinator::Options approve;
        approve.mode = RunMode::ApproveHeld;
        coordinator.trigger(id, RunTrigger::Manual, approve);
        QVERIFY(finished.wait(120000));
        r = finished.takeFirst().first().value<RunResult>();
        QVERIFY2(r.status == RunStatus::Success, qPrintable(r.message + r.details.join(u'\n')));
        const QStringList uploads = QDir(QDir(m_sshd.homeDir()).filePath(u"dropbox"_s))
                                        .entryList({u"*.zip"_s}, QDir::Files);
        QCOMPARE(uploads.size(), 1);
        const QList<QByteArrayList> students = readAsmTable(
            QDir(QDir(m_sshd.homeDir()).filePath(u"dropbox"_s)).filePath(uploads.first()),
            AsmTable::Students);
        QVERIFY(students.size() > 10);
    }
};

QTEST_MAIN(TestUiWizardE2e)
#include "tst_ui_wizard_e2e.moc"
