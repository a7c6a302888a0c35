#include "ConversionFixture.h"
#include "DevServerProcess.h"

#include "oneroster/rest/RestSource.h"
#include "oneroster/rest/RestSourceSettings.h"
#include "oneroster/rest/TokenUrlProbe.h"
#include "oneroster/rest/VendorPreset.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

using namespace rb;
using namespace rb::test;

// The REST source against the development server: every auth scheme, both versions, the
// vendor presets' quirks and every fault switch. A good fetch must convert to exactly the zip
// the CSV path makes from the same generated district; a bad one must fail with a clear error.
class TestRestIntegration : public QObject
{
    Q_OBJECT

    ConversionFixture m_fixture;
    QString m_district; // tiny generated district, OneRoster 1.2 CSV
    QString m_expected; // what the CSV path makes of it
    const QString m_secret = QStringLiteral("s3cr3t:with/odd+chars");

    static FilterSettings filters() { return ConversionFixture::filtersOn(QDate(2026, 9, 1)); }

    QStringList serverArgs(const QStringList &extra) const
    {
        return QStringList{QStringLiteral("--data"),          m_district,
                           QStringLiteral("--client-id"),     QStringLiteral("district-app"),
                           QStringLiteral("--client-secret"), m_secret} +
               extra;
    }

    RestSourceSettings settingsFor(const DevServerProcess &server, OneRosterVersion version) const
    {
        RestSourceSettings s;
        s.baseUrl = server.baseUrl().toString();
        s.version = version;
        s.tokenUrl = s.baseUrl + QStringLiteral("/oauth/token");
        s.clientId = QStringLiteral("district-app");
        s.pageSize = 25;
        s.requestTimeoutMs = 5000;
        s.maxRetries = 4;
        s.retryBaseDelayMs = 50;
        s.retryMaxDelayMs = 500;
        return s;
    }

    struct Fetch
    {
        bool ok = false;
        QString folder;
        QString findings;
        QList<RestExchange> exchanges;
    };

    Fetch fetch(const RestSourceSettings &settings)
    {
        Fetch f;
        f.folder = m_fixture.path(QStringLiteral("fetch%1").arg(++m_fetches));
        QDir().mkpath(f.folder);
        RestSource source;
        QSignalSpy done(&source, &RestSource::finished);
        source.start(settings, RestSecrets{m_secret}, f.folder);
        if (done.isEmpty() && !done.wait(60000))
            qFatal("the REST source never finished");
        if (done.size() != 1)
            qFatal("the REST source reported its end %d times", int(done.size()));
        f.ok = done.first().first().toBool();
        f.findings = source.findings().lines().join(u'\n');
        f.exchanges = source.exchanges();
        return f;
    }

    // The fetched export converts to the same six files as the CSV path.
    void verifySameAsCsv(const Fetch &f)
    {
        QVERIFY2(f.ok, qPrintable(f.findings));
        auto out = m_fixture.convert(f.folder, filters());
        QVERIFY2(out->ok, qPrintable(out->findings.lines().join(u'\n')));
        for (AsmTable t : kAsmTables)
            QCOMPARE(readFile(QDir(out->folder).filePath(asmFileName(t))),
                     readFile(QDir(m_expected).filePath(asmFileName(t))));
    }

    int m_fetches = 0;

private slots:
    void initTestCase()
    {
        m_district = m_fixture.path(QStringLiteral("tiny.zip"));
        const auto r =
            run(generatorBinary(),
                {QStringLiteral("--scale"), QStringLiteral("tiny"), QStringLiteral("--version"),
                 QStringLiteral("1.2"), QStringLiteral("--seed"), QStringLiteral("5"),
                 QStringLiteral("--run-date"), QStringLiteral("2026-09-01"), QStringLiteral("-o"),
                 m_district});
        QCOMPARE(r.exitCode, 0);
        auto expected = m_fixture.convert(m_district, filters());
        QVERIFY(expected->ok);
        m_expected = expected->folder;
    }

    void authSchemes_data()
    {
        QTest::addColumn<QString>("serverAuth");
        QTest::addColumn<int>("clientAuth");
        QTest::addColumn<int>("version");
        const int v11 = int(OneRosterVersion::V1_1), v12 = int(OneRosterVersion::V1_2);
        QTest::newRow("oauth2 basic 1.1") << "basic" << int(RestAuthType::OAuth2) << v11;
        QTest::newRow("oauth2 basic 1.2") << "basic" << int(RestAuthType::OAuth2) << v12;
        QTest::newRow("oauth2 body 1.1") << "body" << int(RestAuthType::OAuth2) << v11;
        QTest::newRow("oauth2 body 1.2") << "body" << int(RestAuthType::OAuth2) << v12;
        QTest::newRow("oauth1 1.1") << "oauth1" << int(RestAuthType::OAuth1) << v11;
        QTest::newRow("oauth1 1.2") << "oauth1" << int(RestAuthType::OAuth1) << v12;
    }
    void authSchemes()
    {
        QFETCH(QString, serverAuth);
        QFETCH(int, clientAuth);
        QFETCH(int, version);
        DevServerProcess server;
        const bool oauth1 = serverAuth == u"oauth1";
        QVERIFY(server.start(
            serverArgs(oauth1 ? QStringList{QStringLiteral("--auth"), QStringLiteral("oauth1")}
                              : QStringList{QStringLiteral("--auth"), QStringLiteral("oauth2"),
                                            QStringLiteral("--client-auth"), serverAuth})));
        RestSourceSettings s = settingsFor(server, OneRosterVersion(version));
        s.authType = RestAuthType(clientAuth);
        s.clientAuth = serverAuth == u"body" ? ClientAuthMethod::Body : ClientAuthMethod::Basic;
        const Fetch f = fetch(s);
        verifySameAsCsv(f);
        // Nothing secret leaves the client in the exchange records.
        for (const RestExchange &e : f.exchanges) {
            const QByteArray json = QJsonDocument(e.toJson()).toJson();
            QVERIFY2(!json.contains(m_secret.toUtf8()), json.constData());
            QVERIFY(!json.contains("s3cr3t"));
        }
    }

    void wrongSecretIsAClearError()
    {
        DevServerProcess server;
        QVERIFY(server.start(serverArgs({QStringLiteral("--auth"), QStringLiteral("oauth2")})));
        RestSourceSettings s = settingsFor(server, OneRosterVersion::V1_2);
        const QString keep = m_secret;
        RestSource source;
        QSignalSpy done(&source, &RestSource::finished);
        const QString folder = m_fixture.path(QStringLiteral("wrong-secret"));
        QDir().mkpath(folder);
        source.start(s, RestSecrets{QStringLiteral("nope")}, folder);
        QVERIFY(done.wait(30000));
        QCOMPARE(done.first().first().toBool(), false);
        const QString lines = source.findings().lines().join(u'\n');
        QVERIFY2(lines.contains(u"401") && lines.contains(u"invalid_client"), qPrintable(lines));
        QVERIFY(!QFile::exists(QDir(folder).filePath(QStringLiteral("users.csv"))));
        Q_UNUSED(keep);
    }

    void aeriesPreset()
    {
        DevServerProcess server;
        QVERIFY(server.start(serverArgs(
            {QStringLiteral("--auth"), QStringLiteral("oauth2"), QStringLiteral("--vendor"),
             QStringLiteral("aeries"), QStringLiteral("--base-path"), QStringLiteral("/aeries")})));
        const auto preset = VendorPreset::find(QStringLiteral("aeries"));
        QVERIFY(preset.has_value());
        RestSourceSettings s = preset->defaults(server.baseUrl().toString());
        s.clientId = QStringLiteral("district-app");
        s.pageSize = 25;
        s.retryBaseDelayMs = 50;
        QCOMPARE(s.version, OneRosterVersion::V1_1);
        QVERIFY(s.replayCookies);
        QVERIFY(!s.scopes.isEmpty());
        QCOMPARE(s.effectiveTokenUrl(), server.baseUrl().toString() + QStringLiteral("/token"));
        verifySameAsCsv(fetch(s));
    }

    // PowerSchool mode: 1.1 on the server address, tokens only at /oauth/access_token with HTTP
    // Basic, and a plugin page limit below the 1000 the preset asks for, read at the limit.
    void powerschoolPreset()
    {
        DevServerProcess server;
        QVERIFY(server.start(serverArgs({QStringLiteral("--auth"), QStringLiteral("oauth2"),
                                         QStringLiteral("--vendor"), QStringLiteral("powerschool"),
                                         QStringLiteral("--max-limit"), QStringLiteral("25")})));
        const auto preset = VendorPreset::find(QStringLiteral("powerschool"));
        QVERIFY(preset.has_value());
        RestSourceSettings s = preset->defaults(server.baseUrl().toString());
        s.clientId = QStringLiteral("district-app");
        s.retryBaseDelayMs = 50;
        QCOMPARE(s.version, OneRosterVersion::V1_1);
        QCOMPARE(s.clientAuth, ClientAuthMethod::Basic);
        QCOMPARE(s.pageSize, 1000);
        QCOMPARE(s.effectiveTokenUrl(),
                 server.baseUrl().toString() + QStringLiteral("/oauth/access_token"));
        const Fetch f = fetch(s);
        verifySameAsCsv(f);
        // The users came in pages of the server's 25, not in one page of 1000.
        int userPages = 0;
        for (const RestExchange &e : f.exchanges)
            userPages += e.url.path().endsWith(u"/ims/oneroster/v1p1/users");
        QVERIFY2(userPages > 2, QByteArray::number(userPages).constData());
    }

    // Infinite Campus mode: 1.2 under /campus/api/oneroster/v1p2/<app>, tokens at
    // /campus/oauth2/token?appName=<app> with the credentials in the form body. The Base URL is
    // given cut after /ims/oneroster, as some copies of Information to Share show it.
    void infiniteCampusPreset()
    {
        DevServerProcess server;
        QVERIFY(server.start(serverArgs(
            {QStringLiteral("--auth"), QStringLiteral("oauth2"), QStringLiteral("--vendor"),
             QStringLiteral("infinitecampus"), QStringLiteral("--app-name"),
             QStringLiteral("maple"), QStringLiteral("--max-limit"), QStringLiteral("30")})));
        const QString base = server.baseUrl().toString();
        QVERIFY2(base.endsWith(u"/campus/api/oneroster/v1p2/maple"), qPrintable(base));
        const auto preset = VendorPreset::find(QStringLiteral("infinitecampus"));
        QVERIFY(preset.has_value());
        RestSourceSettings s = preset->defaults(base + QStringLiteral("/ims/oneroster"));
        s.clientId = QStringLiteral("district-app");
        s.retryBaseDelayMs = 50;
        QCOMPARE(s.version, OneRosterVersion::V1_2);
        QCOMPARE(s.clientAuth, ClientAuthMethod::Body);
        QCOMPARE(s.tokenUrl, QStringLiteral("http://127.0.0.1:%1/campus/oauth2/token?appName=maple")
                                 .arg(server.port()));
        const Fetch f = fetch(s);
        verifySameAsCsv(f);
        bool sawToken = false;
        for (const RestExchange &e : f.exchanges) {
            if (e.url.path() == u"/campus/oauth2/token") {
                sawToken = true;
                QCOMPARE(e.url.query(), QStringLiteral("appName=maple"));
            } else {
                QVERIFY2(e.url.path().startsWith(
                             u"/campus/api/oneroster/v1p2/maple/ims/oneroster/rostering/v1p2/"),
                         qPrintable(e.url.toString()));
            }
        }
        QVERIFY(sawToken);
    }

    // Synergy mode: 1.1, and a token URL no rule derives; Find (the token probe) locates it on
    // the API's host, as an admin without one from Edupoint would.
    void synergyPreset()
    {
        DevServerProcess server;
        QVERIFY(
            server.start(serverArgs({QStringLiteral("--auth"), QStringLiteral("oauth2"),
                                     QStringLiteral("--vendor"), QStringLiteral("synergy"),
                                     QStringLiteral("--base-path"), QStringLiteral("/synergy")})));
        const auto preset = VendorPreset::find(QStringLiteral("synergy"));
        QVERIFY(preset.has_value());
        RestSourceSettings s = preset->defaults(server.baseUrl().toString());
        s.clientId = QStringLiteral("district-app");
        s.retryBaseDelayMs = 50;
        QCOMPARE(s.version, OneRosterVersion::V1_1);
        QVERIFY(s.effectiveTokenUrl().isEmpty());

        QNetworkAccessManager network;
        TokenUrlProbe probe(&network, s, RestSecrets{m_secret});
        QSignalSpy found(&probe, &TokenUrlProbe::finished);
        probe.start();
        QVERIFY(found.wait(60000));
        const auto result = found.first().first().value<TokenUrlProbe::Result>();
        QVERIFY2(result.accepted, qPrintable(result.message));
        QCOMPARE(result.url, server.baseUrl().toString() + QStringLiteral("/oauth/token"));
        s.tokenUrl = result.url;
        verifySameAsCsv(fetch(s));
    }

    void otherWithRefreshToken()
    {
        DevServerProcess server;
        QVERIFY(server.start(serverArgs(
            {QStringLiteral("--auth"), QStringLiteral("oauth2"),
             QStringLiteral("--issue-refresh-token"), QStringLiteral("--token-ttl"),
             QStringLiteral("1"), QStringLiteral("--fault"), QStringLiteral("latencyMs=120")})));
        RestSourceSettings s = settingsFor(server, OneRosterVersion::V1_2);
        s.vendor = QStringLiteral("other");
        s.requestHeaders = {{QStringLiteral("X-District"), QStringLiteral("maple")}};
        const Fetch f = fetch(s);
        verifySameAsCsv(f);
        // The short-lived token was renewed along the way without losing the place.
        int tokenCalls = 0;
        for (const RestExchange &e : f.exchanges)
            tokenCalls += e.url.toString().contains(u"/oauth/token");
        QVERIFY2(tokenCalls > 1, QByteArray::number(tokenCalls).constData());
        const QJsonArray log = server.log();
        bool sawHeader = false;
        for (const QJsonValue &v : log)
            sawHeader = sawHeader || QJsonDocument(v.toObject()).toJson().contains("maple");
        QVERIFY(sawHeader);
    }

    void transientFaults_data()
    {
        QTest::addColumn<QString>("fault");
        QTest::newRow("latency") << "latencyMs=30";
        QTest::newRow("429 with Retry-After") << "rate429Every=4";
        QTest::newRow("500 twice") << "error500Count=2";
        QTest::newRow("500 now and then") << "error500Every=5";
        QTest::newRow("truncated bodies") << "truncateEvery=6";
        QTest::newRow("dropped connections") << "dropEvery=7";
        QTest::newRow("token expiry") << "tokenTtl=0";
        QTest::newRow("no total count") << "omitTotalCount=true";
    }
    void transientFaults()
    {
        QFETCH(QString, fault);
        DevServerProcess server;
        QVERIFY(server.start(serverArgs({QStringLiteral("--auth"), QStringLiteral("oauth2"),
                                         QStringLiteral("--fault"), fault})));
        if (fault == u"tokenTtl=0") {
            // Tokens that expire at once force a new one on every 401, page by page.
            QVERIFY(server.setFaults(
                QJsonObject{{QStringLiteral("tokenTtl"), 1}, {QStringLiteral("latencyMs"), 150}}));
        }
        verifySameAsCsv(fetch(settingsFor(server, OneRosterVersion::V1_2)));
    }

    void permanentFaults_data()
    {
        QTest::addColumn<QString>("fault");
        QTest::addColumn<QString>("expected");
        QTest::newRow("500 always") << "error500Always=true"
                                    << "500";
        QTest::newRow("duplicate records") << "duplicateAcrossPages=true"
                                           << "a second time";
        QTest::newRow("missing envelope") << "omitEnvelopeEvery=3"
                                          << "answered HTTP 200 without";
        QTest::newRow("repeated page") << "repeatPage=true"
                                       << "page";
        QTest::newRow("short page") << "shortPage=true"
                                    << "";
    }
    void permanentFaults()
    {
        QFETCH(QString, fault);
        QFETCH(QString, expected);
        DevServerProcess server;
        QVERIFY(server.start(serverArgs({QStringLiteral("--auth"), QStringLiteral("oauth2"),
                                         QStringLiteral("--fault"), fault})));
        RestSourceSettings s = settingsFor(server, OneRosterVersion::V1_2);
        s.maxRetries = 2;
        const Fetch f = fetch(s);
        QVERIFY2(!f.ok, "a broken server must not give a complete export");
        QVERIFY(!f.findings.isEmpty());
        QVERIFY2(f.findings.contains(expected), qPrintable(f.findings));
        QVERIFY2(f.findings.contains(server.baseUrl().host()), qPrintable(f.findings));
    }

    void tokensRevokedWithPagesInFlight()
    {
        // Four pages in flight, every token revoked after a few requests, 429s in between: a
        // page refused for a token another page already replaced tries again with the newer.
        DevServerProcess server;
        QVERIFY(server.start(serverArgs({QStringLiteral("--auth"), QStringLiteral("oauth2")})));
        QVERIFY(server.setFaults(QJsonObject{{QStringLiteral("revokeTokensEvery"), 5},
                                             {QStringLiteral("rate429Every"), 7},
                                             {QStringLiteral("retryAfterSeconds"), 0},
                                             {QStringLiteral("latencyMs"), 10}}));
        RestSourceSettings s = settingsFor(server, OneRosterVersion::V1_2);
        s.maxInFlight = 4;
        s.pageSize = 10;
        s.maxRetries = 10;
        s.retryBaseDelayMs = 1;
        s.retryMaxDelayMs = 5;
        verifySameAsCsv(fetch(s));
    }

    void splitWritesWithNagleOn()
    {
        // A server that leaves Nagle on and writes the head and the body apart is slower, never
        // different.
        DevServerProcess server;
        QVERIFY(server.start(
            serverArgs({QStringLiteral("--auth"), QStringLiteral("oauth2"),
                        QStringLiteral("--fault"), QStringLiteral("splitWrites=true")})));
        RestSourceSettings s = settingsFor(server, OneRosterVersion::V1_2);
        s.maxInFlight = 4;
        verifySameAsCsv(fetch(s));
    }

    void pagesInFlight_data()
    {
        QTest::addColumn<int>("inFlight");
        QTest::newRow("1") << 1;
        QTest::newRow("4") << 4;
        QTest::newRow("8") << 8;
    }
    void pagesInFlight()
    {
        QFETCH(int, inFlight);
        DevServerProcess server;
        QVERIFY(
            server.start(serverArgs({QStringLiteral("--auth"), QStringLiteral("oauth2"),
                                     QStringLiteral("--fault"), QStringLiteral("latencyMs=20")})));
        RestSourceSettings s = settingsFor(server, OneRosterVersion::V1_1);
        s.maxInFlight = inFlight;
        s.pageSize = 10;
        verifySameAsCsv(fetch(s));
    }
};

QTEST_GUILESS_MAIN(TestRestIntegration)
#include "tst_rest_integration.moc"
