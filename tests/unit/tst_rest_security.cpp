#include "CannedDistrict.h"
#include "oneroster/rest/CollectionPager.h"
#include "oneroster/rest/RestFetcher.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace rb;
using namespace rb::test;
using namespace Qt::StringLiterals;

namespace {

// Answers every request with a 200 whose body never ends: a little more JSON every two
// milliseconds, without a Content-Length, until the client hangs up.
class EndlessBodyServer
{
public:
    EndlessBodyServer()
    {
        QObject::connect(&m_server, &QTcpServer::newConnection, &m_context, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection())
                serve(socket);
        });
        m_server.listen(QHostAddress::LocalHost, 0);
    }
    ~EndlessBodyServer() { m_context.disconnect(); }

    QString baseUrl() const
    {
        return QStringLiteral("http://127.0.0.1:%1").arg(m_server.serverPort());
    }

private:
    void serve(QTcpSocket *socket)
    {
        QObject::connect(socket, &QTcpSocket::readyRead, socket, [socket] {
            if (socket->property("answered").toBool())
                return;
            socket->readAll();
            socket->setProperty("answered", true);
            socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                          "Connection: close\r\n\r\n{\"users\":[");
            auto *timer = new QTimer(socket);
            QObject::connect(timer, &QTimer::timeout, socket, [socket] {
                if (socket->state() == QAbstractSocket::ConnectedState)
                    socket->write(QByteArray("{\"sourcedId\":\"x\"},").repeated(1000));
            });
            timer->start(2);
        });
        QObject::connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    }

    QTcpServer m_server;
    QObject m_context;
};

RestResponse fetchOnce(RestFetcher &fetcher, const QUrl &url, int timeoutMs = 15000)
{
    // An event loop of its own: a server that keeps sending keeps processEvents() busy, so
    // qWaitFor() would look at the result only after its timeout.
    RestResponse out;
    out.error = u"no callback within %1 ms"_s.arg(timeoutMs);
    QEventLoop loop;
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    fetcher.get(url, u"test"_s, &loop, [&](const RestResponse &r) {
        out = r;
        loop.quit();
    });
    loop.exec();
    return out;
}

} // namespace

// Where credentials may go, how 401s and Retry-After are honoured with pages in flight, and
// the caps that keep a broken or hostile server from holding a run forever.
class TestRestSecurity : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void nextLinkToAnotherServerIsRefused()
    {
        CannedHttpServer other;
        other.setHandler([](const CannedRequest &) { return CannedResponse::json("{}", 404); });
        District d;
        d.version = OneRosterVersion::V1_2;
        d.useLink = true;
        d.sendTotal = false;
        d.linkBase = other.baseUrl().toUtf8();
        QTemporaryDir dir;
        const Run r = run(d.settings(), dir.path());
        QVERIFY(!r.ok);
        const QString text = r.findings.join(u'\n');
        QVERIFY2(text.contains(u"another server"_s), qPrintable(text));
        QVERIFY2(text.contains(other.baseUrl()), qPrintable(text));
        QVERIFY(other.requests.isEmpty());
    }

    void sameOriginComparesSchemeHostAndPort_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("same");
        QTest::newRow("same") << u"https://sis.example.org/x?offset=2"_s << true;
        QTest::newRow("explicit default port") << u"https://SIS.example.org:443/x"_s << true;
        QTest::newRow("other host") << u"https://evil.example.org/x"_s << false;
        QTest::newRow("other port") << u"https://sis.example.org:8443/x"_s << false;
        QTest::newRow("other scheme") << u"http://sis.example.org/x"_s << false;
        QTest::newRow("subdomain") << u"https://a.sis.example.org/x"_s << false;
    }
    void sameOriginComparesSchemeHostAndPort()
    {
        QFETCH(QString, url);
        QFETCH(bool, same);
        QCOMPARE(CollectionPager::sameOrigin(QUrl(url),
                                             QUrl(u"https://sis.example.org/ims/oneroster"_s)),
                 same);
    }

    void tokensRevokedUnderConcurrencyAreRenewed()
    {
        // Four pages in flight, the token revoked every few requests and 429s in between: a
        // page refused for a token another page has already replaced tries the newer one.
        District d;
        d.students = 40;
        d.revokeEvery = 5;
        d.busyEvery = 7;
        RestSourceSettings s = d.settings();
        s.maxInFlight = 4;
        s.maxRetries = 10;
        QTemporaryDir dir;
        const Run r = run(s, dir.path());
        QVERIFY2(r.ok, qPrintable(r.findings.join(u'\n')));
        QStringList problems;
        QCOMPARE(loadUsers(dir.path(), &problems), qint64(d.students + 2));
        QVERIFY(d.tokens > 3);
    }

    void refusedTokensEndTheRunAfterBoundedRenewals()
    {
        District d;
        d.revokeEvery = 1; // every API request is refused, whatever the token
        RestSourceSettings s = d.settings();
        s.maxInFlight = 4;
        QTemporaryDir dir;
        const Run r = run(s, dir.path());
        QVERIFY(!r.ok);
        const QString text = r.findings.join(u'\n');
        QVERIFY2(text.contains(u"401"_s), qPrintable(text));
        QVERIFY2(d.tokens <= 1 + RestFetcher::kMaxAuthRetries,
                 QByteArray::number(d.tokens).constData());
    }

    void retryAfterIsWaitedInFull()
    {
        // Retry-After: 1 means at least a second, measured by the server.
        CannedHttpServer server;
        QElapsedTimer clock;
        clock.start();
        QList<qint64> busyAt;
        QList<qint64> gaps;
        server.setHandler([&](const CannedRequest &) {
            const qint64 now = clock.elapsed();
            if (!busyAt.isEmpty())
                gaps.append(now - busyAt.last());
            if (busyAt.size() < 4) {
                busyAt.append(now);
                CannedResponse busy = CannedResponse::json("{}", 429);
                busy.addHeader("Retry-After", "1");
                return busy;
            }
            return CannedResponse::json("{\"users\":[]}");
        });
        RestSourceSettings s;
        s.baseUrl = server.baseUrl();
        s.authType = RestAuthType::None;
        s.retryBaseDelayMs = 1;
        s.retryMaxDelayMs = 1;
        RestFetcher fetcher(s, {});
        const RestResponse r = fetchOnce(fetcher, QUrl(server.baseUrl() + u"/users"_s), 20000);
        QVERIFY2(r.isSuccess(), qPrintable(r.error));
        QCOMPARE(gaps.size(), 4);
        for (const qint64 gap : std::as_const(gaps))
            QVERIFY2(gap >= 1000,
                     qPrintable(u"a retry came %1 ms after Retry-After: 1"_s.arg(gap)));
    }

    void endlessBodyIsCutOffWhileDownloading()
    {
        EndlessBodyServer server;
        RestSourceSettings s;
        s.baseUrl = server.baseUrl();
        s.authType = RestAuthType::None;
        s.maxRetries = 0;
        RestFetcher fetcher(s, {});
        fetcher.setMaxBodyBytes(1024 * 1024);
        const QUrl url(server.baseUrl() + u"/ims/oneroster/rostering/v1p2/users"_s);
        const RestResponse r = fetchOnce(fetcher, url, 15000);
        QVERIFY(!r.isSuccess());
        QVERIFY2(r.error.contains(u"larger than"_s), qPrintable(r.error));
        QVERIFY2(r.error.contains(url.toString()), qPrintable(r.error));
    }

    void pagingThatNeverEndsStops()
    {
        // X-Total-Count says 4, yet every page of new records links to one more.
        District d;
        d.version = OneRosterVersion::V1_2;
        d.fault = [](const CannedRequest &r) -> std::optional<CannedResponse> {
            if (!r.path().endsWith("/users"))
                return std::nullopt;
            QJsonArray page;
            for (int i = 0; i < 2; ++i) {
                QJsonObject user = districtRecords(RestCollection::Users, OneRosterVersion::V1_2, 1)
                                       .first()
                                       .toObject();
                user.insert(u"sourcedId"_s, u"u-%1-%2"_s.arg(r.offset()).arg(i));
                page.append(user);
            }
            CannedResponse out = CannedResponse::json(
                QJsonDocument(QJsonObject{{u"users"_s, page}}).toJson(QJsonDocument::Compact));
            out.addHeader("X-Total-Count", "4");
            out.addHeader("Link", '<' + r.path() + "?limit=2&offset=" +
                                      QByteArray::number(r.offset() + 2) + ">; rel=\"next\"");
            return out;
        };
        QTemporaryDir dir;
        const Run r = run(d.settings(), dir.path());
        QVERIFY(!r.ok);
        const QString text = r.findings.join(u'\n');
        QVERIFY2(text.contains(u"paging does not end"_s) && text.contains(u"/users?"_s),
                 qPrintable(text));
    }

    void pagingWithoutTotalStopsAtTheCap()
    {
        District d;
        d.sendTotal = false;
        d.fault = [](const CannedRequest &r) -> std::optional<CannedResponse> {
            if (!r.path().endsWith("/orgs"))
                return std::nullopt;
            QJsonArray page;
            for (int i = 0; i < 2; ++i)
                page.append(QJsonObject{{u"sourcedId"_s, u"o-%1-%2"_s.arg(r.offset()).arg(i)}});
            return CannedResponse::json(
                QJsonDocument(QJsonObject{{u"orgs"_s, page}}).toJson(QJsonDocument::Compact));
        };
        const RestSourceSettings s = d.settings();
        RestFetcher fetcher(s, RestSecrets{kSecret});
        CollectionPager pager(&fetcher, RestCollection::Orgs);
        pager.setMaxPagesWithoutTotal(25);
        QSignalSpy finished(&pager, &CollectionPager::finished);
        pager.start();
        QVERIFY(finished.wait(20000));
        QCOMPARE(finished.first().first().toBool(), false);
        QVERIFY2(pager.errorString().contains(u"25 pages"_s), qPrintable(pager.errorString()));
        QVERIFY2(pager.errorString().contains(u"/orgs?limit=2&offset=50"_s),
                 qPrintable(pager.errorString()));
        QCOMPARE(pager.pagesRead(), 25);
    }

    void unencryptedHttpIsRefusedBeforeAnyRequest()
    {
        RestSourceSettings s;
        s.baseUrl = u"http://sis.example.invalid"_s;
        s.tokenUrl = u"http://sis.example.invalid/token"_s;
        s.clientId = u"id"_s;
        RestFetcher fetcher(s, RestSecrets{kSecret});
        const RestResponse r =
            fetchOnce(fetcher, QUrl(u"http://sis.example.invalid/ims/oneroster/v1p1/orgs"_s));
        QVERIFY(!r.isSuccess());
        QVERIFY2(r.error.contains(u"not encrypted"_s), qPrintable(r.error));
        QVERIFY2(r.error.contains(u"http://sis.example.invalid/ims/oneroster/v1p1/orgs"_s),
                 qPrintable(r.error));
    }

    void unencryptedTokenUrlIsRefused()
    {
        // An https API with an http token endpoint: the secret would travel in the clear.
        District d;
        RestSourceSettings s = d.settings();
        s.tokenUrl = u"http://sis.example.invalid/token"_s;
        RestFetcher fetcher(s, RestSecrets{kSecret});
        const RestResponse r = fetchOnce(fetcher, QUrl(s.apiRoot().toString() + u"/orgs"_s));
        QVERIFY(!r.isSuccess());
        QVERIFY2(r.error.contains(u"token endpoint"_s) && r.error.contains(u"not encrypted"_s),
                 qPrintable(r.error));
        QCOMPARE(d.tokens, 0);
    }

    void loopbackHttpStillWorks()
    {
        District d;
        QTemporaryDir dir;
        const Run r = run(d.settings(), dir.path());
        QVERIFY2(r.ok, qPrintable(r.findings.join(u'\n')));
    }
};

QTEST_GUILESS_MAIN(TestRestSecurity)
#include "tst_rest_security.moc"
