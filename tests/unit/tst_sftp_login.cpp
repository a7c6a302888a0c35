// Logging in to a real OpenSSH sshd: passwords, key types, host key pinning and trust on first
// use, and the layered connection test.
#include "SshServerProcess.h"

#include "delivery/SftpConnectionTest.h"
#include "delivery/SftpSession.h"
#include "delivery/SftpSettings.h"

#include <QTcpServer>
#include <QTest>

using namespace Qt::StringLiterals;
using rb::test::SshServerProcess;

namespace rb {

class TestSftpLogin : public QObject
{
    Q_OBJECT

private:
    SshServerProcess m_server;

    SftpSettings settings(SftpAuthType auth = SftpAuthType::Password) const
    {
        SftpSettings s;
        s.host = u"127.0.0.1"_s;
        s.port = m_server.port();
        s.username = SshServerProcess::userName();
        s.authType = auth;
        s.hostKeyFingerprint = m_server.fingerprint(u"host_ed25519"_s);
        s.connectTimeoutMs = 5000;
        s.ioTimeoutMs = 10000;
        return s;
    }
    static SftpSecrets passwordSecrets() { return SftpSecrets{SshServerProcess::password(), {}}; }

private Q_SLOTS:
    void initTestCase()
    {
        QString why;
        if (!SshServerProcess::canRun(&why))
            QSKIP(qPrintable(why));
        QVERIFY2(m_server.setUp(), qPrintable(m_server.errorString()));
        QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    }

    void passwordLogin()
    {
        SftpSession session(settings(), passwordSecrets());
        QVERIFY2(session.open(), qPrintable(session.errorMessage()));
        QCOMPARE(session.hostKeyFingerprint(), m_server.fingerprint(u"host_ed25519"_s));
        QStringList names;
        for (const SftpOperation &op : session.operations())
            names << op.name;
        QCOMPARE(names, (QStringList{u"resolve"_s, u"connect"_s, u"handshake"_s, u"hostkey"_s,
                                     u"auth"_s, u"sftp"_s}));
    }

    void keyLogin_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("passphrase");
        QTest::newRow("ed25519") << u"user_ed25519"_s << QString();
        QTest::newRow("ecdsa") << u"user_ecdsa"_s << QString();
        // Needs the SHA-1 ssh-rsa signature, which this server re-enables.
        QTest::newRow("rsa") << u"user_rsa"_s << QString();
        QTest::newRow("ed25519 with passphrase")
            << u"user_ed25519_pass"_s << SshServerProcess::keyPassphrase();
    }
    void keyLogin()
    {
        QFETCH(QString, key);
        QFETCH(QString, passphrase);
        SftpSettings s = settings(SftpAuthType::PublicKey);
        s.privateKeyFile = m_server.keyPath(key);
        SftpSession session(s, SftpSecrets{{}, passphrase});
        QVERIFY2(session.open(), qPrintable(session.errorMessage()));
    }

    void wrongKeyPassphrase()
    {
        SftpSettings s = settings(SftpAuthType::PublicKey);
        s.privateKeyFile = m_server.keyPath(u"user_ed25519_pass"_s);
        SftpSession session(s, SftpSecrets{{}, u"wrong"_s});
        QVERIFY(!session.open());
        QCOMPARE(session.error(), TransferError::LocalFile);
        QVERIFY2(session.errorMessage().contains(s.privateKeyFile),
                 qPrintable(session.errorMessage()));
    }

    void wrongPassword()
    {
        SftpSession session(settings(), SftpSecrets{u"not-the-password"_s, {}});
        QVERIFY(!session.open());
        QCOMPARE(session.error(), TransferError::Authentication);
        const QString message = session.errorMessage();
        QVERIFY2(message.contains(u"authentication failed"_s, Qt::CaseInsensitive),
                 qPrintable(message));
        QVERIFY2(message.contains(SshServerProcess::userName()), qPrintable(message));
        QVERIFY2(message.contains(u"127.0.0.1:"_s + QString::number(m_server.port())),
                 qPrintable(message));
        QVERIFY(!message.contains(u"not-the-password"_s));
    }

    void unknownHostKeyFailsWithoutPinOrTrust()
    {
        SftpSettings s = settings();
        s.hostKeyFingerprint.clear();
        SftpSession session(s, passwordSecrets());
        QVERIFY(!session.open());
        QCOMPARE(session.error(), TransferError::HostKeyUnknown);
        const QString expected = m_server.fingerprint(u"host_ed25519"_s);
        QVERIFY(expected.startsWith(u"SHA256:"_s));
        QCOMPARE(session.hostKeyFingerprint(), expected);
        QVERIFY2(session.errorMessage().contains(expected), qPrintable(session.errorMessage()));
        // Nothing past the host key was tried.
        QCOMPARE(session.operations().constLast().name, u"hostkey"_s);
    }

    void unknownHostKeyTrustedOnFirstUse()
    {
        SftpSettings s = settings();
        s.hostKeyFingerprint.clear();
        s.trustOnFirstUse = true;
        SftpSession session(s, passwordSecrets());
        QVERIFY2(session.open(), qPrintable(session.errorMessage()));
        QVERIFY(session.hostKeyTrustedOnFirstUse());
        QCOMPARE(session.hostKeyFingerprint(), m_server.fingerprint(u"host_ed25519"_s));
    }

    void changedHostKeyStops()
    {
        // Pin what the server shows first, then give it another key.
        SftpSettings s = settings();
        s.hostKeyFingerprint.clear();
        s.trustOnFirstUse = true;
        QString pinned;
        {
            SftpSession first(s, passwordSecrets());
            QVERIFY2(first.open(), qPrintable(first.errorMessage()));
            pinned = first.hostKeyFingerprint();
        }
        QVERIFY2(m_server.start(u"host2_ed25519"_s), qPrintable(m_server.errorString()));
        s.port = m_server.port();
        s.hostKeyFingerprint = pinned;
        SftpSession session(s, passwordSecrets());
        const bool opened = session.open();
        QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
        QVERIFY(!opened);
        QCOMPARE(session.error(), TransferError::HostKeyChanged);
        const QString offered = m_server.fingerprint(u"host2_ed25519"_s);
        QVERIFY(offered != pinned);
        const QString message = session.errorMessage();
        QVERIFY2(message.contains(pinned) && message.contains(offered), qPrintable(message));
        QVERIFY2(message.contains(u"identity changed"_s), qPrintable(message));
        // Password never sent: the last step is the host key.
        QCOMPARE(session.operations().constLast().name, u"hostkey"_s);
    }

    void connectionTestPassesEveryLayer()
    {
        QVERIFY(m_server.setDropbox(false));
        SftpConnectionTest test(settings(), passwordSecrets());
        QList<SftpLayer> seen;
        test.setLayerCallback([&seen](const SftpLayerResult &r) { seen << r.layer; });
        QVERIFY(test.run());
        QCOMPARE(seen.size(), 6);
        for (const SftpLayerResult &r : test.results())
            QVERIFY2(r.status == SftpLayerStatus::Passed, qPrintable(r.message));
        QCOMPARE(test.hostKeyFingerprint(), m_server.fingerprint(u"host_ed25519"_s));
        QCOMPARE(test.uploadFolder(), QString());
        // The probe file was removed again.
        QCOMPARE(QDir(m_server.homeDir()).entryList(QDir::Files | QDir::Hidden), QStringList());
    }

    void connectionTestLeavesDropboxAlone()
    {
        QVERIFY(m_server.setDropbox(true));
        SftpConnectionTest test(settings(), passwordSecrets());
        QVERIFY(test.run());
        QCOMPARE(test.uploadFolder(), u"dropbox"_s);
        for (const SftpOperation &op : test.operations())
            QVERIFY2(op.name != u"probe" && op.name != u"remove", qPrintable(op.name));
        QVERIFY(m_server.setDropbox(false));
    }

    void connectionTestNamesTheFailingLayer_data()
    {
        QTest::addColumn<int>("failing");
        QTest::newRow("tcp") << int(SftpLayer::Tcp);
        QTest::newRow("host key") << int(SftpLayer::HostKey);
        QTest::newRow("authentication") << int(SftpLayer::Authentication);
        QTest::newRow("upload folder") << int(SftpLayer::UploadFolder);
    }
    void connectionTestNamesTheFailingLayer()
    {
        QFETCH(int, failing);
        const auto layer = SftpLayer(failing);
        SftpSettings s = settings();
        SftpSecrets secrets = passwordSecrets();
        QTcpServer closed;
        if (layer == SftpLayer::Tcp) {
            // A port that was free a moment ago refuses connections.
            closed.listen(QHostAddress::LocalHost, 0);
            s.port = closed.serverPort();
            closed.close();
        } else if (layer == SftpLayer::HostKey) {
            s.hostKeyFingerprint = m_server.fingerprint(u"host2_ed25519"_s);
        } else if (layer == SftpLayer::Authentication) {
            secrets.password = u"wrong"_s;
        } else {
            s.remoteFolder = u"no-such-folder"_s;
        }
        SftpConnectionTest test(s, secrets);
        QVERIFY(!test.run());
        QCOMPARE(test.results().size(), 6);
        for (const SftpLayerResult &r : test.results()) {
            if (int(r.layer) < failing)
                QCOMPARE(r.status, SftpLayerStatus::Passed);
            else if (int(r.layer) > failing)
                QCOMPARE(r.status, SftpLayerStatus::Skipped);
            else {
                QCOMPARE(r.status, SftpLayerStatus::Failed);
                QVERIFY2(r.message.startsWith(SftpConnectionTest::layerName(layer)),
                         qPrintable(r.message));
            }
        }
    }

    void cleanupTestCase() { m_server.stop(); }
};

} // namespace rb

QTEST_GUILESS_MAIN(rb::TestSftpLogin)
#include "tst_sftp_login.moc"
