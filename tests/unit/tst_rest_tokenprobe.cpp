#include "DevServerProcess.h"
#include "TestSupport.h"

#include "oneroster/rest/TokenUrlProbe.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace rb;
using namespace rb::test;
using namespace Qt::StringLiterals;

// Looking for a SIS's token URL against the development server: the usual paths in order, on
// the API's own scheme and host only; the one that answers wins, a refusal of the credentials
// counts as an answer, and a plain-HTTP address elsewhere than this computer is never tried.
class TestRestTokenProbe : public QObject
{
    Q_OBJECT
    QTemporaryDir m_tmp;
    QString m_district;
    const QString m_secret = u"probe-secret"_s;

    QStringList serverArgs(const QStringList &extra) const
    {
        return QStringList{u"--data"_s,      m_district,   u"--auth"_s,          u"oauth2"_s,
                           u"--client-id"_s, u"rb"_s,      u"--client-secret"_s, m_secret,
                           u"--base-path"_s, u"/sis/api"_s} +
               extra;
    }

    TokenUrlProbe::Result probe(const QString &baseUrl, const QString &secret)
    {
        QNetworkAccessManager network;
        RestSourceSettings settings;
        settings.baseUrl = baseUrl;
        settings.clientId = u"rb"_s;
        TokenUrlProbe probe(&network, settings, RestSecrets{secret});
        QSignalSpy finished(&probe, &TokenUrlProbe::finished);
        probe.start();
        if (!finished.wait(60000))
            return {};
        return finished.first().first().value<TokenUrlProbe::Result>();
    }

private slots:
    void initTestCase()
    {
        m_district = m_tmp.filePath(u"tiny.zip"_s);
        QCOMPARE(run(generatorBinary(), {u"--scale"_s, u"tiny"_s, u"--run-date"_s, u"2026-09-01"_s,
                                         u"-o"_s, m_district})
                     .exitCode,
                 0);
    }

    void candidatesStayOnTheApisHost()
    {
        QCOMPARE(TokenUrlProbe::candidates(u"https://sis.example.org/api/"_s),
                 QStringList({u"https://sis.example.org/api/token"_s,
                              u"https://sis.example.org/oauth/token"_s,
                              u"https://sis.example.org/api/oauth/token"_s,
                              u"https://sis.example.org/oauth/access_token"_s,
                              u"https://sis.example.org/oauth2/token"_s,
                              u"https://sis.example.org/token"_s}));
        // At the root, the same address is not tried twice.
        QCOMPARE(TokenUrlProbe::candidates(u"https://sis.example.org"_s).size(), 4);
        QVERIFY(TokenUrlProbe::refusal(u"https://sis.example.org"_s).isEmpty());
        QVERIFY(TokenUrlProbe::refusal(u"http://127.0.0.1:8080/api"_s).isEmpty());
        QVERIFY(TokenUrlProbe::refusal(u"http://sis.example.org/api"_s).contains(u"https"_s));
    }

    // Plain HTTP to another host: nothing is sent anywhere.
    void plainHttpIsNeverProbed()
    {
        const TokenUrlProbe::Result r = probe(u"http://sis.example.org/api"_s, m_secret);
        QVERIFY(r.url.isEmpty());
        QVERIFY(r.tried.isEmpty());
        QVERIFY2(r.message.contains(u"not encrypted"_s), qPrintable(r.message));
    }

    // The development server's usual place, under the API's path.
    void findsTheTokenUnderTheApi()
    {
        DevServerProcess server;
        QVERIFY2(server.start(serverArgs({})), qPrintable(server.errorOutput()));
        const QString base = server.baseUrl().toString();
        const TokenUrlProbe::Result r = probe(base, m_secret);
        QVERIFY2(r.accepted, qPrintable(r.message));
        QCOMPARE(r.url, base + u"/oauth/token"_s);
        // The first address tried answered 404 and was passed over.
        QCOMPARE(r.tried.first(), base + u"/token"_s);
        QVERIFY(r.message.contains(u"issued a token"_s));
    }

    // A server shaped like the SIS that serve their token at the root's /oauth/access_token.
    void findsATokenAtTheRoot()
    {
        DevServerProcess server;
        QVERIFY2(server.start(serverArgs({u"--token-path"_s, u"/oauth/access_token"_s})),
                 qPrintable(server.errorOutput()));
        const QString base = server.baseUrl().toString();
        const TokenUrlProbe::Result r = probe(base, m_secret);
        QVERIFY2(r.accepted, qPrintable(r.message));
        QCOMPARE(r.url, QUrl(base).resolved(QUrl(u"/oauth/access_token"_s)).toString());
        QCOMPARE(r.tried.size(), 4);

        // Wrong credentials: the endpoint answered, so it is found, with the reason.
        const TokenUrlProbe::Result refused = probe(base, u"wrong"_s);
        QVERIFY(!refused.accepted);
        QCOMPARE(refused.url, r.url);
        QVERIFY2(refused.message.contains(u"invalid_client"_s), qPrintable(refused.message));
    }

    void nothingAnswers()
    {
        DevServerProcess server;
        QVERIFY2(server.start(serverArgs({u"--token-path"_s, u"/sso/issue"_s})),
                 qPrintable(server.errorOutput()));
        const TokenUrlProbe::Result r = probe(server.baseUrl().toString(), m_secret);
        QVERIFY(r.url.isEmpty());
        QCOMPARE(r.tried.size(), 6);
        QVERIFY2(r.message.startsWith(u"None of the usual token addresses answered"_s),
                 qPrintable(r.message));
    }
};

QTEST_GUILESS_MAIN(TestRestTokenProbe)
#include "tst_rest_tokenprobe.moc"
