#include "ScreenshotSetup.h"
#include "SshServerProcess.h"
#include "TestSupport.h"
#include "WizardDriver.h"

#include "profile/HostKeyDialog.h"
#include "settings/ProfileSettingsDialog.h"
#include "store/SecretStore.h"
#include "wizard/SetupWizard.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPointer>
#include <QRadioButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace rb;
using namespace rb::test;
using namespace Qt::StringLiterals;

// The SFTP pages against a real sshd on loopback: the Apple School Manager page's test runs on
// a worker thread and stops after the handshake at a key that is not pinned, showing its
// fingerprint; no password reaches the server until the admin ticks the box, which pins the
// key and signs in; a wrong password then fails at the login layer. A CSV export pulled from
// an SFTP server is downloaded only after its host key is confirmed the same way. A server
// whose key changed opens a dialog with both fingerprints: Cancel keeps the old pin and sends
// nothing, Trust pins the new key and signs in.
class TestUiWizardSftp : public QObject
{
    Q_OBJECT
    QTemporaryDir m_tmp;
    SshServerProcess m_sshd;
    QString m_export;

    QString path(const QString &name) const { return m_tmp.filePath(name); }

    WizardEnvironment environment(const QString &name) const
    {
        WizardEnvironment env;
        env.profilesFolder = path(name + u"/profiles"_s);
        env.dataFolder = path(name + u"/data"_s);
        return env;
    }

    // What sshd logged since `from` (a length of its log).
    QString logSince(qsizetype from) const { return m_sshd.log().mid(from); }
    static bool passwordSent(const QString &log) { return log.contains(u"password for"_s); }

    // Apple's server on the Apple School Manager page, the SIS's on the CSV page: one sshd.
    void fillLogin(SetupWizard &w, const QString &prefix, const QString &password)
    {
        const bool apple = prefix == u"asm";
        child<QLineEdit>(w, prefix + u"Host"_s)
            ->setText(serverHost(apple ? appleSftpHost() : sisSftpHost()));
        child<QSpinBox>(w, prefix + u"Port"_s)->setValue(m_sshd.port());
        child<QLineEdit>(w, prefix + u"User"_s)
            ->setText(apple ? SshServerProcess::userName() : SshServerProcess::sisUserName());
        child<QLineEdit>(w, prefix + u"Password"_s)->setText(password);
    }

private slots:
    void initTestCase()
    {
        QString why;
        if (!SshServerProcess::canRun(&why))
            QSKIP(qPrintable(why));
        QVERIFY2(m_sshd.setUp(), qPrintable(m_sshd.errorString()));
        if (screenshotMode())
            m_sshd.setHostNames({appleSftpHost(), sisSftpHost()});
        QVERIFY2(m_sshd.start(), qPrintable(m_sshd.errorString()));
        QVERIFY(m_sshd.setDropbox(true));
        m_export = path(u"district.zip"_s);
        QCOMPARE(run(generatorBinary(), {u"--scale"_s, u"tiny"_s, u"-o"_s, m_export}).exitCode, 0);
        // The SIS's drop: readable by the login.
        const QString remote = QDir(m_sshd.homeDir()).filePath(u"roster.zip"_s);
        QVERIFY(QFile::copy(m_export, remote));
        QFile(remote).setPermissions(QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther |
                                     QFile::WriteOwner);
    }

    void asmHostKeyConfirmedBeforeThePasswordIsSent()
    {
        SetupWizard w(environment(u"asm"_s));
        w.show();
        child<QRadioButton>(w, u"flowCsv"_s)->setChecked(true);
        w.next();
        child<QLineEdit>(w, u"csvPath"_s)->setText(m_export);
        w.next();
        QTRY_COMPARE_WITH_TIMEOUT(w.currentId(), int(WizardPageId::Asm), 60000);
        // Apple's upload server is filled in.
        QCOMPARE(child<QLineEdit>(w, u"asmHost"_s)->text(), u"upload.appleschoolcontent.com"_s);
        fillLogin(w, u"asm"_s, u"wrong-password"_s);

        const qsizetype logStart = m_sshd.log().size();
        w.next();
        QVERIFY(!nextEnabled(w));
        auto *summary = child<QLabel>(w, u"sftpTestSummary"_s);
        QTRY_VERIFY_WITH_TIMEOUT(nextEnabled(w), 60000);
        const QString expected = m_sshd.fingerprint(u"host_ed25519"_s);
        auto *shown = w.currentPage()->findChild<QLabel *>(u"fingerprintText"_s);
        QVERIFY(shown);
        QVERIFY2(shown->isVisible() && shown->text().contains(expected), qPrintable(shown->text()));
        QVERIFY2(summary->text().contains(u"not pinned"_s), qPrintable(summary->text()));
        // Stopped after the handshake: the server never saw a password.
        QVERIFY2(!passwordSent(logSince(logStart)), qPrintable(logSince(logStart)));
        // The connection layer names the host it reached.
        auto *layers = w.currentPage()->findChild<QListWidget *>(u"sftpTestLayers"_s);
        QVERIFY(layers && layers->count() >= 3);
        QVERIFY2(layers->item(1)->text().contains(u" on "_s + serverHost(appleSftpHost())) &&
                     layers->item(1)->text().contains(u"accepts"_s),
                 qPrintable(layers->item(1)->text()));
        QVERIFY2(!layers->item(3)->text().startsWith(u"Host key: Host key:"_s),
                 qPrintable(layers->item(3)->text()));
        snap(w, u"asm-fingerprint"_s);
        QCOMPARE(w.currentId(), int(WizardPageId::Asm));
        QVERIFY(w.draft().profile.destination.sftp.hostKeyFingerprint.isEmpty());

        // Confirming pins the key and signs in: the wrong password fails at the login layer.
        auto *confirm = w.currentPage()->findChild<QCheckBox *>(u"fingerprintConfirmed"_s);
        QVERIFY(confirm && confirm->isVisible());
        confirm->setChecked(true);
        QTRY_VERIFY_WITH_TIMEOUT(summary->text().startsWith(u"Authentication"_s), 60000);
        QVERIFY2(logSince(logStart).contains(u"Failed password for"_s),
                 qPrintable(logSince(logStart)));
        QCOMPARE(w.currentId(), int(WizardPageId::Asm));

        child<QLineEdit>(w, u"asmPassword"_s)->setText(SshServerProcess::password());
        w.next();
        QTRY_COMPARE_WITH_TIMEOUT(w.currentId(), int(WizardPageId::Filters), 60000);
        QVERIFY2(summary->text().startsWith(u"Connected"_s), qPrintable(summary->text()));
        const SftpSettings &pinned = w.draft().profile.destination.sftp;
        QCOMPARE(pinned.hostKeyFingerprint, expected);
        QVERIFY(!pinned.trustOnFirstUse);
        QCOMPARE(pinned.port, m_sshd.port());
        QCOMPARE(w.draft().secrets.value(SecretName::AsmPassword), SshServerProcess::password());
    }

    void csvExportFromSftpAfterTheKeyIsConfirmed()
    {
        SetupWizard w(environment(u"pull"_s));
        w.show();
        child<QRadioButton>(w, u"flowCsv"_s)->setChecked(true);
        w.next();
        child<QRadioButton>(w, u"csvSftp"_s)->setChecked(true);
        fillLogin(w, u"sisSftp"_s, SshServerProcess::password());
        child<QLineEdit>(w, u"sisSftpRemotePath"_s)->setText(u"roster.zip"_s);
        const qsizetype logStart = m_sshd.log().size();
        w.next();
        QVERIFY(!nextEnabled(w));
        auto *status = child<QLabel>(w, u"csvStatus"_s);
        QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(u"not pinned"_s), 60000);
        QVERIFY(!passwordSent(logSince(logStart)));
        auto *shown = w.currentPage()->findChild<QLabel *>(u"fingerprintText"_s);
        QVERIFY(shown && shown->text().contains(m_sshd.fingerprint(u"host_ed25519"_s)));
        snap(w, u"csv-sftp-fingerprint"_s);
        QCOMPARE(w.currentId(), int(WizardPageId::Csv));

        auto *confirm = w.currentPage()->findChild<QCheckBox *>(u"fingerprintConfirmed"_s);
        QVERIFY(confirm);
        confirm->setChecked(true);
        QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(u"OneRoster"_s) &&
                                     !status->text().contains(u"Downloading"_s),
                                 60000);
        QVERIFY(logSince(logStart).contains(u"Accepted password for"_s));
        snap(w, u"csv-sftp"_s);
        QTRY_VERIFY_WITH_TIMEOUT(nextEnabled(w), 10000);
        w.next();
        QCOMPARE(w.currentId(), int(WizardPageId::Asm));
        const Profile &p = w.draft().profile;
        QCOMPARE(p.source.kind, SourceKind::SftpCsv);
        QCOMPARE(p.source.remotePath, u"roster.zip"_s);
        QCOMPARE(p.source.sftp.hostKeyFingerprint, m_sshd.fingerprint(u"host_ed25519"_s));
        QCOMPARE(w.draft().secrets.value(SecretName::SisSftpPassword),
                 SshServerProcess::password());
    }

    // The settings dialog's password fields start empty; its Test button uses the password the
    // keychain holds, and says so when there is none.
    void settingsDialogTestsWithTheStoredPassword()
    {
        Profile p;
        p.id = QUuid::createUuid();
        p.name = u"Settings test"_s;
        p.destination.kind = DestinationKind::AsmSftp;
        SftpSettings &sftp = p.destination.sftp;
        sftp.host = serverHost(appleSftpHost());
        sftp.port = m_sshd.port();
        sftp.username = SshServerProcess::userName();
        sftp.hostKeyFingerprint = m_sshd.fingerprint(u"host_ed25519"_s);
        SecretStore secrets(path(u"settings-config"_s));

        const auto test = [&](ProfileSettingsDialog &dialog) {
            dialog.show();
            child<QAbstractButton>(dialog, u"sftpTestButton"_s)->click();
        };
        {
            ProfileSettingsDialog dialog(p, &secrets, path(u"settings-profiles"_s));
            // Nothing in the keychain: the password field does not pretend otherwise.
            QVERIFY(child<QLineEdit>(dialog, u"asmPassword"_s)->placeholderText().isEmpty());
            test(dialog);
            auto *error = child<QLabel>(dialog, u"settingsError"_s);
            QTRY_VERIFY_WITH_TIMEOUT(!error->isHidden(), 30000);
            QVERIFY2(error->text().contains(u"not stored"_s), qPrintable(error->text()));
        }
        QSignalSpy written(&secrets, &SecretStore::finished);
        secrets.write(p.id, SecretName::AsmPassword, SshServerProcess::password());
        QVERIFY(written.wait(20000));
        QVERIFY(written.first().first().value<SecretResult>().ok());

        ProfileSettingsDialog dialog(p, &secrets, path(u"settings-profiles"_s));
        // The field is empty, and says the password is kept.
        QCOMPARE(child<QLineEdit>(dialog, u"asmPassword"_s)->placeholderText(),
                 u"Saved in the keychain — type to replace"_s);
        QVERIFY(child<QLineEdit>(dialog, u"asmPassword"_s)->text().isEmpty());
        test(dialog);
        auto *summary = child<QLabel>(dialog, u"sftpTestSummary"_s);
        QTRY_VERIFY_WITH_TIMEOUT(summary->text().startsWith(u"Connected"_s), 60000);
    }

    // The server now presents another host key: the test stops before the password, and a
    // dialog shows the pinned and the new fingerprints. Cancel keeps the old pin; Trust pins
    // the new key and signs in. No command line needed.
    void changedHostKeyAsksToTrustOrCancel()
    {
        const QString oldKey = m_sshd.fingerprint(u"host_ed25519"_s);
        const QString newKey = m_sshd.fingerprint(u"host2_ed25519"_s);
        QVERIFY(oldKey != newKey);
        QVERIFY2(m_sshd.start(u"host2_ed25519"_s), qPrintable(m_sshd.errorString()));
        Profile p;
        p.id = QUuid::createUuid();
        p.name = u"Changed key"_s;
        p.destination.kind = DestinationKind::AsmSftp;
        p.destination.sftp.host = serverHost(appleSftpHost());
        p.destination.sftp.port = m_sshd.port();
        p.destination.sftp.username = SshServerProcess::userName();
        p.destination.sftp.hostKeyFingerprint = oldKey;
        SecretStore secrets(path(u"changed-config"_s));
        ProfileSettingsDialog dialog(p, &secrets, path(u"changed-profiles"_s));
        dialog.show();
        dialog.tabs()->setCurrentIndex(2);
        child<QLineEdit>(dialog, u"asmPassword"_s)->setText(SshServerProcess::password());
        auto *summary = child<QLabel>(dialog, u"sftpTestSummary"_s);
        const auto openDialog = [&dialog]() -> HostKeyDialog * {
            for (HostKeyDialog *d : dialog.findChildren<HostKeyDialog *>())
                if (d->isVisible())
                    return d;
            return nullptr;
        };

        const qsizetype logStart = m_sshd.log().size();
        child<QAbstractButton>(dialog, u"sftpTestButton"_s)->click();
        QPointer<HostKeyDialog> ask;
        QTRY_VERIFY_WITH_TIMEOUT((ask = openDialog()), 60000);
        QCOMPARE(child<QLabel>(*ask, u"hostKeyOld"_s)->text(), oldKey);
        QCOMPARE(child<QLabel>(*ask, u"hostKeyNew"_s)->text(), newKey);
        QVERIFY(!passwordSent(logSince(logStart)));
        QTest::qWait(100);
        saveScreenshot(ask, u"settings-hostkey-changed"_s);
        saveScreenshot(&dialog, u"settings-hostkey-changed-behind"_s);

        child<QAbstractButton>(*ask, u"hostKeyCancel"_s)->click();
        QTRY_VERIFY(!ask);
        QCOMPARE(dialog.edited().destination.sftp.hostKeyFingerprint, oldKey);
        QVERIFY2(summary->text().contains(u"identity changed"_s), qPrintable(summary->text()));
        QTest::qWait(500);
        QVERIFY(!passwordSent(logSince(logStart)));

        child<QAbstractButton>(dialog, u"sftpTestButton"_s)->click();
        QTRY_VERIFY_WITH_TIMEOUT((ask = openDialog()), 60000);
        child<QAbstractButton>(*ask, u"hostKeyTrust"_s)->click();
        QTRY_VERIFY_WITH_TIMEOUT(summary->text().startsWith(u"Connected"_s), 60000);
        QCOMPARE(dialog.edited().destination.sftp.hostKeyFingerprint, newKey);
        QVERIFY(logSince(logStart).contains(u"Accepted password for"_s));
        saveScreenshot(&dialog, u"settings-hostkey-trusted"_s);

        QVERIFY2(m_sshd.start(), qPrintable(m_sshd.errorString()));
    }
};

QTEST_MAIN(TestUiWizardSftp)
#include "tst_ui_wizard_sftp.moc"
