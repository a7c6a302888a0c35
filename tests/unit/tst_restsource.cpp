#include "CannedDistrict.h"
#include "oneroster/OneRosterCsvLoader.h"
#include "oneroster/rest/ConnectionTest.h"
#include "oneroster/rest/OAuth2TokenProvider.h"
#include "oneroster/rest/RestSource.h"
#include "roster/RosterStore.h"

#include <QDir>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <optional>

using namespace rb;
using namespace rb::test;
using namespace Qt::StringLiterals;

class TestRestSource : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fullRun_data()
    {
        QTest::addColumn<int>("version");
        QTest::addColumn<bool>("total");
        QTest::addColumn<bool>("link");
        QTest::addColumn<int>("inFlight");
        QTest::addColumn<int>("students");
        QTest::newRow("1.1 total") << 11 << true << false << 1 << 5;
        QTest::newRow("1.2 total") << 12 << true << false << 1 << 5;
        QTest::newRow("1.1 no total") << 11 << false << false << 1 << 5;
        QTest::newRow("1.1 no total exact pages") << 11 << false << false << 1 << 4;
        QTest::newRow("1.2 link") << 12 << true << true << 1 << 5;
        QTest::newRow("1.2 link no total") << 12 << false << true << 1 << 6;
        QTest::newRow("1.1 three in flight") << 11 << true << false << 3 << 9;
        QTest::newRow("1.2 three in flight no total") << 12 << false << false << 3 << 9;
    }
    void fullRun()
    {
        QFETCH(int, version);
        QFETCH(bool, total);
        QFETCH(bool, link);
        QFETCH(int, inFlight);
        QFETCH(int, students);
        District d;
        d.version = version == 11 ? OneRosterVersion::V1_1 : OneRosterVersion::V1_2;
        d.sendTotal = total;
        d.useLink = link;
        d.students = students;
        RestSourceSettings s = d.settings();
        s.maxInFlight = inFlight;
        QTemporaryDir dir;
        const Run r = run(s, dir.path());
        QVERIFY2(r.ok, qPrintable(r.findings.join(u'\n')));
        QCOMPARE(r.finishedCount, 1);
        QStringList problems;
        QCOMPARE(loadUsers(dir.path(), &problems), qint64(students + 2));
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
        QCOMPARE(d.tokens, 1);
        // The history holds the traffic, without the secret or the token.
        QVERIFY(r.history.contains("/orgs?limit=2&offset=0"));
        QVERIFY(!r.history.contains(kSecret.toUtf8()));
        QVERIFY(!r.history.contains("tok-1"));
        QVERIFY(!r.history.contains("pw-st1"));
    }

    void basicAuthenticationPerRfc6749()
    {
        District d;
        QTemporaryDir dir;
        QVERIFY(run(d.settings(), dir.path()).ok);
        const CannedRequest token = d.http.requests.first();
        QCOMPARE(token.method, QByteArray("POST"));
        QCOMPARE(token.headers.value("authorization"),
                 "Basic " + QByteArray("client+id:s3cret-Value%21").toBase64());
        QCOMPARE(token.body, QByteArray("grant_type=client_credentials"));
    }

    void bodyAuthenticationScopesHeadersAndForm()
    {
        District d;
        RestSourceSettings s = d.settings();
        s.clientAuth = ClientAuthMethod::Body;
        s.scopes = {u"https://purl.imsglobal.org/spec/or/v1p1/scope/roster-core.readonly"_s};
        s.tokenHeaders = {{u"X-Tenant"_s, u"{client_id}"_s}};
        s.tokenForm = {{u"audience"_s, u"oneroster"_s}};
        s.requestHeaders = {{u"X-Api-Version"_s, u"2"_s}};
        QTemporaryDir dir;
        QVERIFY(run(s, dir.path()).ok);
        const CannedRequest token = d.http.requests.first();
        QVERIFY(!token.headers.contains("authorization"));
        QCOMPARE(token.headers.value("x-tenant"), QByteArray("client id"));
        QCOMPARE(token.body,
                 QByteArray("grant_type=client_credentials&scope=https%3A%2F%2Fpurl.imsglobal.org"
                            "%2Fspec%2For%2Fv1p1%2Fscope%2Froster-core.readonly&client_id=client+id"
                            "&client_secret=s3cret-Value%21&audience=oneroster"));
        QCOMPARE(d.http.requests.at(1).headers.value("x-api-version"), QByteArray("2"));
    }

    void retriesResumeAtTheFailedPage()
    {
        District d;
        d.students = 6;
        int users2 = 0, classes0 = 0;
        d.fault = [&](const CannedRequest &r) -> std::optional<CannedResponse> {
            if (r.path().endsWith("/users") && r.offset() == 2 && ++users2 <= 2) {
                CannedResponse busy = CannedResponse::json("{}", users2 == 1 ? 503 : 429);
                busy.addHeader("Retry-After", "0");
                return busy;
            }
            if (r.path().endsWith("/classes") && r.offset() == 0 && ++classes0 == 1) {
                CannedResponse drop;
                drop.drop = true;
                return drop;
            }
            return std::nullopt;
        };
        QTemporaryDir dir;
        const Run r = run(d.settings(), dir.path());
        QVERIFY2(r.ok, qPrintable(r.findings.join(u'\n')));
        QCOMPARE(d.requestsFor("users", 0), 1); // never from page one again
        QCOMPARE(d.requestsFor("users", 2), 3);
        QCOMPARE(d.requestsFor("classes", 0), 2);
    }

    void timeoutIsRetried()
    {
        District d;
        int slow = 0;
        d.fault = [&](const CannedRequest &r) -> std::optional<CannedResponse> {
            if (r.path().endsWith("/courses") && ++slow == 1) {
                CannedResponse late = CannedResponse::json("{\"courses\":[]}");
                late.delayMs = 1500;
                return late;
            }
            return std::nullopt;
        };
        RestSourceSettings s = d.settings();
        s.requestTimeoutMs = 300;
        QTemporaryDir dir;
        const Run r = run(s, dir.path());
        QVERIFY2(r.ok, qPrintable(r.findings.join(u'\n')));
        QCOMPARE(d.requestsFor("courses", 0), 2);
    }

    void givesUpAndLeavesNoPartialExport()
    {
        District d;
        d.fault = [](const CannedRequest &r) -> std::optional<CannedResponse> {
            if (r.path().endsWith("/enrollments"))
                return CannedResponse::json("{\"imsx_description\":\"database offline\"}", 500);
            return std::nullopt;
        };
        RestSourceSettings s = d.settings();
        s.maxRetries = 2;
        QTemporaryDir dir;
        const Run r = run(s, dir.path());
        QVERIFY(!r.ok);
        QCOMPARE(r.finishedCount, 1);
        const QString all = r.findings.join(u'\n');
        QVERIFY2(all.contains(u"/enrollments?limit=2&offset=0"_s), qPrintable(all));
        QVERIFY2(all.contains(u"HTTP 500"_s), qPrintable(all));
        QVERIFY2(all.contains(u"database offline"_s), qPrintable(all));
        QCOMPARE(d.requestsFor("enrollments", 0), 3);
        QVERIFY(QDir(dir.path()).entryList(QDir::Files).isEmpty());
    }

    void expiredTokenIsRenewedForTheSamePage()
    {
        District d;
        d.students = 6;
        bool revoked = false;
        d.fault = [&](const CannedRequest &r) -> std::optional<CannedResponse> {
            if (r.path().endsWith("/users") && r.offset() == 4 && !revoked) {
                revoked = true;
                return CannedResponse::json("{}", 401);
            }
            return std::nullopt;
        };
        QTemporaryDir dir;
        const Run r = run(d.settings(), dir.path());
        QVERIFY2(r.ok, qPrintable(r.findings.join(u'\n')));
        QCOMPARE(d.tokens, 2);
        QCOMPARE(d.requestsFor("users", 0), 1);
        QCOMPARE(d.requestsFor("users", 4), 2);
    }

    void completenessFailures_data()
    {
        QTest::addColumn<QString>("fault");
        QTest::addColumn<QString>("expected");
        QTest::newRow("repeated page") << u"ignoreOffset"_s << u"same page"_s;
        QTest::newRow("short page") << u"short"_s << u"short page"_s;
        QTest::newRow("total changes") << u"total"_s << u"changed"_s;
        QTest::newRow("record twice") << u"duplicate"_s << u"a second time"_s;
        QTest::newRow("no envelope") << u"envelope"_s << u"without the \"users\" or \"students\""_s;
        QTest::newRow("invalid json") << u"json"_s << u"invalid JSON"_s;
        QTest::newRow("fewer than total") << u"fewer"_s << u"only 8 could be read"_s;
        QTest::newRow("link loop") << u"linkloop"_s << u"already read"_s;
    }
    void completenessFailures()
    {
        QFETCH(QString, fault);
        QFETCH(QString, expected);
        District d;
        d.students = 5;
        if (fault == u"ignoreOffset")
            d.ignoreOffset = true;
        d.tamper = [fault](const QString &name, int offset, QJsonArray *page, qint64 *total) {
            if (name != u"users")
                return;
            if (fault == u"short" && offset == 2)
                page->removeLast();
            if (fault == u"total" && offset == 4)
                ++*total;
            if (fault == u"duplicate" && offset == 4)
                (*page)[0] = QJsonObject{{u"sourcedId"_s, u"tch1"_s}};
            if (fault == u"fewer")
                *total = 9;
        };
        d.fault = [fault, &d](const CannedRequest &r) -> std::optional<CannedResponse> {
            if (!r.path().endsWith("/users") || r.offset() != 2)
                return std::nullopt;
            if (fault == u"envelope")
                return CannedResponse::json("{\"statusInfoSet\":[]}");
            if (fault == u"json")
                return CannedResponse::json("{\"users\":[{\"sourcedId\":");
            if (fault == u"linkloop") {
                CannedResponse loop = CannedResponse::json(
                    "{\"users\":[{\"sourcedId\":\"x1\"},{\"sourcedId\":\"x2\"}]}");
                loop.addHeader("Link",
                               "<" + d.root().toUtf8() + "/users?limit=2&offset=0>; rel=\"next\"");
                return loop;
            }
            return std::nullopt;
        };
        // With limit/offset a shortfall shows as a short page; following Link, at the end.
        d.useLink = fault == u"linkloop" || fault == u"fewer";
        if (fault == u"fewer")
            d.students = 6;
        QTemporaryDir dir;
        const Run r = run(d.settings(), dir.path());
        QVERIFY(!r.ok);
        QCOMPARE(r.finishedCount, 1);
        const QString all = r.findings.join(u'\n');
        QVERIFY2(all.contains(expected), qPrintable(all));
        if (fault == u"envelope" || fault == u"json")
            QVERIFY2(all.contains(u"/users?limit=2&offset=2 answered HTTP 200"_s), qPrintable(all));
        QVERIFY(QDir(dir.path()).entryList(QDir::Files).isEmpty());
    }

    void earlyPagesAreUsedOnlyWhereThePagingAgrees_data()
    {
        QTest::addColumn<bool>("total");
        QTest::addColumn<int>("maxPage");
        QTest::addColumn<bool>("link");
        QTest::newRow("full pages with total") << true << 0 << false;
        QTest::newRow("full pages without total") << false << 0 << false;
        QTest::newRow("capped page size with total") << true << 1 << false;
        QTest::newRow("capped page size without total") << false << 1 << false;
        QTest::newRow("link without total") << false << 0 << true;
    }
    void earlyPagesAreUsedOnlyWhereThePagingAgrees()
    {
        // Three in flight: each collection's first page goes out together with the pages at
        // offsets 2 and 4. With a total, pages past a collection's end are never needed and
        // answer 500; with a capped page size they are the wrong pages: neither may change the
        // outcome. (Without a total, pages past the end are part of the paging and answer
        // empty.) A page that is used is not requested a second time.
        QFETCH(bool, total);
        QFETCH(int, maxPage);
        QFETCH(bool, link);
        District d;
        d.students = 9;
        d.sendTotal = total;
        d.maxPage = maxPage;
        d.useLink = link;
        d.fault = [&d](const CannedRequest &r) -> std::optional<CannedResponse> {
            if (!d.sendTotal)
                return std::nullopt;
            const QByteArray path = r.path();
            const QString name = QString::fromUtf8(path.mid(path.lastIndexOf('/') + 1));
            for (const RestCollection c : restCollections()) {
                if (restCollectionInfo(c).name == name &&
                    r.offset() > districtRecords(c, d.version, d.students).size())
                    return CannedResponse::json("{\"imsx_description\":\"no such page\"}", 500);
            }
            return std::nullopt;
        };
        RestSourceSettings s = d.settings();
        s.maxInFlight = 3;
        QTemporaryDir dir;
        const Run r = run(s, dir.path());
        QVERIFY2(r.ok, qPrintable(r.findings.join(u'\n')));
        QStringList problems;
        QCOMPARE(loadUsers(dir.path(), &problems), 11);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
        if (maxPage == 0) {
            QCOMPARE(d.requestsFor("users", 2), 1);
            if (!link)
                QCOMPARE(d.requestsFor("users", 4), 1);
        }
    }

    void cappedPageSizeIsFollowed_data()
    {
        QTest::addColumn<bool>("total");
        QTest::newRow("with total") << true;
        QTest::newRow("without total") << false;
    }
    void cappedPageSizeIsFollowed()
    {
        QFETCH(bool, total);
        District d;
        d.students = 7;
        d.maxPage = 2;
        d.sendTotal = total;
        RestSourceSettings s = d.settings();
        s.pageSize = 5;
        QTemporaryDir dir;
        const Run r = run(s, dir.path());
        QVERIFY2(r.ok, qPrintable(r.findings.join(u'\n')));
        QVERIFY2(r.findings.join(u'\n').contains(u"at most 2 users per page"_s),
                 qPrintable(r.findings.join(u'\n')));
        QStringList problems;
        QCOMPARE(loadUsers(dir.path(), &problems), 9);
    }

    void cookiesFromTheTokenAreReplayed_data()
    {
        QTest::addColumn<bool>("replay");
        QTest::newRow("on") << true;
        QTest::newRow("off") << false;
    }
    void cookiesFromTheTokenAreReplayed()
    {
        QFETCH(bool, replay);
        District d;
        d.tokenHeaders = {{"Set-Cookie", "ARRAffinity=node7; Path=/; HttpOnly"}};
        RestSourceSettings s = d.settings();
        s.replayCookies = replay;
        QTemporaryDir dir;
        const Run r = run(s, dir.path());
        QVERIFY(r.ok);
        QCOMPARE(d.http.requests.at(1).headers.value("cookie"),
                 replay ? QByteArray("ARRAffinity=node7") : QByteArray());
        QVERIFY(!r.history.contains("node7"));
    }

    void tokenErrorsSayWhatTheServerSaid()
    {
        District d;
        d.tokenStatus = 400;
        d.tokenBody = "{\"error\":\"invalid_client\",\"error_description\":\"unknown client\"}";
        QTemporaryDir dir;
        const Run r = run(d.settings(), dir.path());
        QVERIFY(!r.ok);
        const QString all = r.findings.join(u'\n');
        QVERIFY2(all.contains(u"/token answered HTTP 400: invalid_client: unknown client"_s),
                 qPrintable(all));
    }

    void tokenIsReusedUntilShortlyBeforeExpiry()
    {
        District d;
        d.tokenBody = "{\"access_token\":\"tok-1\",\"expires_in\":600,\"refresh_token\":\"r-1\"}";
        RestSourceSettings s = d.settings();
        s.refreshForm = {{u"client_id"_s, u"{client_id}"_s}};
        QNetworkAccessManager nam;
        Redactor redactor;
        OAuth2TokenProvider tokens(&nam, &redactor, s, RestSecrets{kSecret});
        QDateTime now = QDateTime::currentDateTimeUtc();
        tokens.setClock([&now] { return now; });
        int calls = 0;
        auto ask = [&] {
            bool done = false;
            tokens.withToken(&nam, [&](const TokenResult &t) {
                QVERIFY2(t.ok, qPrintable(t.error));
                done = true;
                ++calls;
            });
            QTRY_VERIFY(done);
        };
        ask();
        QCOMPARE(d.tokens, 1);
        now = now.addSecs(500);
        ask();
        QCOMPARE(d.tokens, 1); // 100 s left: still good
        now = now.addSecs(50);
        ask();
        QCOMPARE(d.tokens, 2); // within 60 s of expiry: renewed, by refresh
        QCOMPARE(d.http.requests.last().body,
                 QByteArray("grant_type=refresh_token&refresh_token=r-1&client_id=client+id"));
        tokens.invalidate();
        ask();
        QCOMPARE(d.tokens, 3);
        QCOMPARE(calls, 4);
    }

    void cancelEndsOnce()
    {
        District d;
        d.fault = [](const CannedRequest &) -> std::optional<CannedResponse> {
            CannedResponse slow = CannedResponse::json("{}");
            slow.delayMs = 2000;
            return slow;
        };
        QTemporaryDir dir;
        const Run r = run(d.settings(), dir.path(), [](RestSource &s) { s.cancel(); });
        QVERIFY(!r.ok);
        QCOMPARE(r.finishedCount, 1);
        QVERIFY(r.findings.join(u'\n').contains(u"cancelled"_s));
    }

    void badSettingsEndAsynchronously()
    {
        RestSource source;
        QSignalSpy spy(&source, &RestSource::finished);
        source.start(RestSourceSettings(), RestSecrets{}, QDir::tempPath());
        QCOMPARE(spy.size(), 0);
        QVERIFY(spy.wait(1000));
        QCOMPARE(spy.first().first().toBool(), false);
        QVERIFY(source.findings().hasErrors());
    }

    void connectionTestPasses()
    {
        District d;
        ConnectionTest test;
        QSignalSpy layers(&test, &ConnectionTest::layerFinished);
        QSignalSpy done(&test, &ConnectionTest::finished);
        test.start(d.settings(), RestSecrets{kSecret});
        QVERIFY(done.wait(10000));
        QVERIFY(done.first().first().toBool());
        const auto &results = test.results();
        QCOMPARE(results.size(), 5);
        QCOMPARE(results.at(0).layer, ConnectionLayer::Dns);
        QCOMPARE(results.at(0).status, LayerStatus::Passed);
        QCOMPARE(results.at(1).status, LayerStatus::Skipped); // plain HTTP on loopback
        QCOMPARE(results.at(2).status, LayerStatus::Passed);
        QCOMPARE(results.at(3).layer, ConnectionLayer::Scope);
        QCOMPARE(results.at(4).layer, ConnectionLayer::FirstPage);
        QCOMPARE(results.at(4).status, LayerStatus::Passed);
        QVERIFY2(results.at(4).summary.contains(u"2 org"_s), qPrintable(results.at(4).summary));
        QCOMPARE(layers.size(), 5);
    }

    void connectionTestNamesTheScopeLayer()
    {
        District d;
        d.tokenStatus = 400;
        d.tokenBody = "{\"error\":\"invalid_scope\",\"error_description\":\"roster.readonly\"}";
        ConnectionTest test;
        QSignalSpy done(&test, &ConnectionTest::finished);
        test.start(d.settings(), RestSecrets{kSecret});
        QVERIFY(done.wait(10000));
        QVERIFY(!done.first().first().toBool());
        const auto &results = test.results();
        QCOMPARE(results.size(), 5);
        QCOMPARE(results.at(2).status, LayerStatus::Failed);
        QCOMPARE(results.at(2).httpStatus, 400);
        QCOMPARE(results.at(3).status, LayerStatus::Failed);
        QCOMPARE(results.at(4).status, LayerStatus::Skipped);
    }

    void connectionTestNamesDns()
    {
        RestSourceSettings s;
        s.baseUrl = u"http://no-such-host.invalid"_s;
        s.allowUnencryptedHttp = true;
        s.authType = RestAuthType::None;
        ConnectionTest test;
        QSignalSpy done(&test, &ConnectionTest::finished);
        test.start(s, RestSecrets{});
        QVERIFY(done.wait(15000));
        QCOMPARE(test.results().size(), 5);
        QCOMPARE(test.results().at(0).status, LayerStatus::Failed);
        QCOMPARE(test.results().at(4).status, LayerStatus::Skipped);
    }
};

QTEST_GUILESS_MAIN(TestRestSource)
#include "tst_restsource.moc"
