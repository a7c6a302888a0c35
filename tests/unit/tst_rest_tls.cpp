#include "TestSupport.h"

#include "oneroster/rest/ConnectionTest.h"
#include "oneroster/rest/RestSource.h"
#include "oneroster/rest/RestSourceSettings.h"

#include <QProcess>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace rb;
using namespace rb::test;

// TLS against a real OpenSSL server with a certificate of its own: the errors are shown and
// never ignored, and a profile's extra CA certificate makes the same server trusted.
class TestRestTls : public QObject
{
    Q_OBJECT
    QTemporaryDir m_tmp;
    QProcess m_server;
    int m_port = 0;

    QString path(const QString &name) const { return m_tmp.filePath(name); }

    RestSourceSettings settings() const
    {
        RestSourceSettings s;
        s.baseUrl = QStringLiteral("https://127.0.0.1:%1").arg(m_port);
        s.version = OneRosterVersion::V1_2;
        s.authType = RestAuthType::None;
        s.requestTimeoutMs = 5000;
        s.maxRetries = 0;
        return s;
    }

    ConnectionLayerResult tlsLayer(const RestSourceSettings &s)
    {
        ConnectionTest test;
        QSignalSpy done(&test, &ConnectionTest::finished);
        test.start(s, RestSecrets{});
        if (done.isEmpty())
            done.wait(20000);
        for (const ConnectionLayerResult &r : test.results()) {
            if (r.layer == ConnectionLayer::Tls)
                return r;
        }
        return {};
    }

private slots:
    void initTestCase()
    {
        QVERIFY(QSslSocket::supportsSsl());
        const auto made =
            run(QStringLiteral("openssl"),
                {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                 QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-days"),
                 QStringLiteral("2"), QStringLiteral("-subj"), QStringLiteral("/CN=127.0.0.1"),
                 QStringLiteral("-addext"), QStringLiteral("subjectAltName=IP:127.0.0.1"),
                 QStringLiteral("-keyout"), path(QStringLiteral("key.pem")), QStringLiteral("-out"),
                 path(QStringLiteral("cert.pem"))});
        QVERIFY2(made.exitCode == 0, made.err.constData());
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        m_port = probe.serverPort();
        probe.close();
        m_server.start(QStringLiteral("openssl"),
                       {QStringLiteral("s_server"), QStringLiteral("-accept"),
                        QStringLiteral("127.0.0.1:%1").arg(m_port), QStringLiteral("-cert"),
                        path(QStringLiteral("cert.pem")), QStringLiteral("-key"),
                        path(QStringLiteral("key.pem")), QStringLiteral("-www"),
                        QStringLiteral("-quiet")});
        QVERIFY(m_server.waitForStarted());
        for (int i = 0; i < 100; ++i) {
            QTcpSocket s;
            s.connectToHost(QHostAddress::LocalHost, quint16(m_port));
            if (s.waitForConnected(100))
                return;
            QTest::qWait(50);
        }
        QFAIL("openssl s_server did not start");
    }

    void cleanupTestCase()
    {
        m_server.kill();
        m_server.waitForFinished();
    }

    void untrustedCertificateFailsTheTlsLayer()
    {
        const ConnectionLayerResult tls = tlsLayer(settings());
        QCOMPARE(tls.status, LayerStatus::Failed);
        const QString details = tls.details.join(u'\n');
        QVERIFY2(details.contains(u"self signed", Qt::CaseInsensitive) ||
                     details.contains(u"self-signed", Qt::CaseInsensitive),
                 qPrintable(details));
    }

    void extraCaCertificateIsTrusted()
    {
        RestSourceSettings s = settings();
        s.caCertificateFile = path(QStringLiteral("cert.pem"));
        const ConnectionLayerResult tls = tlsLayer(s);
        QVERIFY2(tls.status == LayerStatus::Passed, qPrintable(tls.details.join(u'\n')));
        QVERIFY(tls.details.join(u'\n').contains(u"127.0.0.1"));
    }

    void fetchRefusesTheUntrustedServer()
    {
        RestSource source;
        QSignalSpy done(&source, &RestSource::finished);
        source.start(settings(), RestSecrets{}, path(QStringLiteral("out")));
        QVERIFY(done.wait(20000));
        QCOMPARE(done.first().first().toBool(), false);
        const QString lines = source.findings().lines().join(u'\n');
        QVERIFY2(lines.contains(u"TLS"), qPrintable(lines));
    }
};

QTEST_GUILESS_MAIN(TestRestTls)
#include "tst_rest_tls.moc"
