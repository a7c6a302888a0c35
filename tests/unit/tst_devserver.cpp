#include "TestSupport.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageAuthenticationCode>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUrl>

#include <memory>

using namespace rb::test;

namespace {

const QString V11 = QStringLiteral("/ims/oneroster/v1p1");
const QString V12 = QStringLiteral("/ims/oneroster/rostering/v1p2");
const QString ClientId = QStringLiteral("district-app");
const QString ClientSecret = QStringLiteral("s3:cret");

struct Reply
{
    int status = 0;
    QByteArray body;
    QList<QNetworkReply::RawHeaderPair> headers;

    QByteArray header(const QByteArray &name) const
    {
        for (const auto &h : headers) {
            if (h.first.compare(name, Qt::CaseInsensitive) == 0)
                return h.second;
        }
        return {};
    }
    QByteArrayList headerValues(const QByteArray &name) const
    {
        QByteArrayList out;
        for (const auto &h : headers) {
            if (h.first.compare(name, Qt::CaseInsensitive) == 0)
                out += h.second.split('\n');
        }
        return out;
    }
    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
    QString codeMinor() const
    {
        return json()
            .value(u"imsx_CodeMinor")
            .toObject()
            .value(u"imsx_codeMinorField")
            .toArray()
            .at(0)
            .toObject()
            .value(u"imsx_codeMinorFieldValue")
            .toString();
    }
};

// A running rb-devserver; stopped by closing its standard input.
class Server
{
public:
    bool start(const QStringList &args)
    {
        m_process.start(devServerBinary(),
                        args + QStringList{QStringLiteral("--exit-on-stdin-close")});
        if (!m_process.waitForStarted(10000))
            return false;
        QElapsedTimer timer;
        timer.start();
        while (!m_process.canReadLine() && timer.elapsed() < 20000)
            m_process.waitForReadyRead(500);
        const QJsonObject ready = QJsonDocument::fromJson(m_process.readLine()).object();
        port = ready.value(u"port").toInt();
        baseUrl = ready.value(u"baseUrl").toString();
        if (port == 0)
            qWarning() << m_process.readAllStandardError();
        return port != 0;
    }
    ~Server()
    {
        m_process.closeWriteChannel();
        if (!m_process.waitForFinished(5000)) {
            m_process.kill();
            m_process.waitForFinished();
        }
    }

    int port = 0;
    QString baseUrl;

private:
    QProcess m_process;
};

Reply send(QNetworkAccessManager &nam, const QByteArray &method, const QString &url,
           const QList<QPair<QByteArray, QByteArray>> &headers = {}, const QByteArray &body = {})
{
    QNetworkRequest request{QUrl(url, QUrl::StrictMode)};
    for (const auto &[name, value] : headers)
        request.setRawHeader(name, value);
    QNetworkReply *reply = nam.sendCustomRequest(request, method, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(20000, &loop, &QEventLoop::quit);
    loop.exec();
    Reply r;
    r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    r.body = reply->readAll();
    r.headers = reply->rawHeaderPairs();
    reply->deleteLater();
    return r;
}

Reply get(QNetworkAccessManager &nam, const QString &url, const QByteArray &token = {})
{
    if (token.isEmpty())
        return send(nam, "GET", url);
    return send(nam, "GET", url, {{"Authorization", "Bearer " + token}});
}

// Raw HTTP over a socket, for faults that break the transfer itself.
QByteArray rawGet(int port, const QString &path)
{
    QTcpSocket socket;
    socket.connectToHost(QStringLiteral("127.0.0.1"), quint16(port));
    if (!socket.waitForConnected(5000))
        return "no connection";
    socket.write("GET " + path.toUtf8() + " HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
    QByteArray data;
    while (socket.state() == QAbstractSocket::ConnectedState && socket.waitForReadyRead(5000))
        data += socket.readAll();
    data += socket.readAll();
    return data;
}

QByteArray percent(const QString &s)
{
    return QUrl::toPercentEncoding(s);
}

QStringList ids(const QJsonArray &array)
{
    QStringList out;
    for (const auto &v : array)
        out.append(v.toObject().value(u"sourcedId").toString());
    return out;
}

QString linkFor(const QByteArray &link, const char *rel)
{
    static const QRegularExpression re(QStringLiteral("<([^>]*)>;\\s*rel=\"([a-z]+)\""));
    auto it = re.globalMatch(QString::fromUtf8(link));
    while (it.hasNext()) {
        const auto m = it.next();
        if (m.captured(2) == QLatin1String(rel))
            return m.captured(1);
    }
    return {};
}

} // namespace

class TestDevServer : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void oauth2Tokens();
    void pagingWalksEveryUserOnce();
    void userShapes();
    void filterAndErrors();
    void faultSwitches();
    void oauth1Signatures();
    void aeriesMode();
    void httpsUnderAPublicName();
    void powerschoolMode();
    void infiniteCampusMode();
    void synergyMode();

private:
    QByteArray token(QNetworkAccessManager &nam, const QString &baseUrl);
    void setFaults(QNetworkAccessManager &nam, const QString &baseUrl, const QJsonObject &faults);

    QTemporaryDir m_dir;
    QString m_zip;
};

void TestDevServer::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_zip = m_dir.filePath(QStringLiteral("district.zip"));
    const auto r = run(generatorBinary(),
                       {QStringLiteral("--scale"), QStringLiteral("tiny"),
                        QStringLiteral("--version"), QStringLiteral("1.2"),
                        QStringLiteral("--seed"), QStringLiteral("3"), QStringLiteral("--run-date"),
                        QStringLiteral("2026-09-01"), QStringLiteral("-o"), m_zip});
    QCOMPARE(r.exitCode, 0);
}

QByteArray TestDevServer::token(QNetworkAccessManager &nam, const QString &baseUrl)
{
    const Reply r = send(nam, "POST", baseUrl + QStringLiteral("/oauth/token"),
                         {{"Content-Type", "application/x-www-form-urlencoded"}},
                         "grant_type=client_credentials&client_id=" + percent(ClientId) +
                             "&client_secret=" + percent(ClientSecret));
    return r.json().value(u"access_token").toString().toLatin1();
}

void TestDevServer::setFaults(QNetworkAccessManager &nam, const QString &baseUrl,
                              const QJsonObject &faults)
{
    const Reply r = send(nam, "POST", baseUrl + QStringLiteral("/__admin/faults"),
                         {{"Content-Type", "application/json"}},
                         QJsonDocument(faults).toJson(QJsonDocument::Compact));
    QCOMPARE(r.status, 200);
}

void TestDevServer::oauth2Tokens()
{
    Server server;
    QVERIFY(server.start({QStringLiteral("--data"), m_zip, QStringLiteral("--auth"),
                          QStringLiteral("oauth2"), QStringLiteral("--client-id"), ClientId,
                          QStringLiteral("--client-secret"), ClientSecret}));
    QNetworkAccessManager nam;
    const QString tokenUrl = server.baseUrl + QStringLiteral("/oauth/token");
    const QByteArray form = "grant_type=client_credentials&scope=" +
                            percent(QStringLiteral("https://purl.imsglobal.org/spec/or/v1p2/"
                                                   "scope/roster-core.readonly"));
    const QByteArray contentType = "application/x-www-form-urlencoded";

    // RFC 6749 2.3.1: id and secret are form-encoded before Base64.
    const QByteArray basic = QByteArray(percent(ClientId) + ':' + percent(ClientSecret)).toBase64();
    Reply r = send(nam, "POST", tokenUrl,
                   {{"Content-Type", contentType}, {"Authorization", "Basic " + basic}}, form);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json().value(u"token_type").toString(), QStringLiteral("bearer"));
    QCOMPARE(r.json().value(u"expires_in").toInt(), 3600);
    QVERIFY(r.json().value(u"scope").toString().contains(u"roster-core.readonly"));
    const QByteArray byBasic = r.json().value(u"access_token").toString().toLatin1();
    QVERIFY(!byBasic.isEmpty());

    const QByteArray byBody = token(nam, server.baseUrl);
    QVERIFY(!byBody.isEmpty());

    r = send(nam, "POST", tokenUrl, {{"Content-Type", contentType}},
             form + "&client_id=" + percent(ClientId) + "&client_secret=wrong");
    QCOMPARE(r.status, 401);
    QCOMPARE(r.json().value(u"error").toString(), QStringLiteral("invalid_client"));

    const QString users = server.baseUrl + V12 + QStringLiteral("/users?limit=1");
    r = get(nam, users);
    QCOMPARE(r.status, 401);
    QVERIFY(r.header("WWW-Authenticate").contains("invalid_token"));
    QCOMPARE(r.codeMinor(), QStringLiteral("unauthorisedrequest"));
    QCOMPARE(get(nam, users, "not-a-token").status, 401);
    QCOMPARE(get(nam, users, byBasic).status, 200);
    QCOMPARE(get(nam, users, byBody).status, 200);

    // tokenTtl=0: tokens issued now are expired at once.
    setFaults(nam, server.baseUrl, {{QStringLiteral("tokenTtl"), 0}});
    const QByteArray expired = token(nam, server.baseUrl);
    r = get(nam, users, expired);
    QCOMPARE(r.status, 401);
    QVERIFY(r.header("WWW-Authenticate").contains("invalid_token"));

    Server basicOnly;
    QVERIFY(basicOnly.start(
        {QStringLiteral("--data"), m_zip, QStringLiteral("--auth"), QStringLiteral("oauth2"),
         QStringLiteral("--client-id"), ClientId, QStringLiteral("--client-secret"), ClientSecret,
         QStringLiteral("--client-auth"), QStringLiteral("basic"),
         QStringLiteral("--require-scope"), QStringLiteral("--issue-refresh-token")}));
    const QString basicUrl = basicOnly.baseUrl + QStringLiteral("/oauth/token");
    QCOMPARE(token(nam, basicOnly.baseUrl), QByteArray());
    r = send(nam, "POST", basicUrl,
             {{"Content-Type", contentType}, {"Authorization", "Basic " + basic}},
             "grant_type=client_credentials");
    QCOMPARE(r.status, 400);
    QCOMPARE(r.json().value(u"error").toString(), QStringLiteral("invalid_scope"));
    r = send(nam, "POST", basicUrl,
             {{"Content-Type", contentType}, {"Authorization", "Basic " + basic}}, form);
    QCOMPARE(r.status, 200);
    const QString refresh = r.json().value(u"refresh_token").toString();
    QVERIFY(!refresh.isEmpty());
    r = send(nam, "POST", basicUrl,
             {{"Content-Type", contentType}, {"Authorization", "Basic " + basic}},
             "grant_type=refresh_token&refresh_token=" + percent(refresh));
    QCOMPARE(r.status, 200);
    QVERIFY(!r.json().value(u"access_token").toString().isEmpty());
}

void TestDevServer::pagingWalksEveryUserOnce()
{
    Server server;
    QVERIFY(server.start({QStringLiteral("--data"), m_zip}));
    QNetworkAccessManager nam;
    QString url = server.baseUrl + V12 + QStringLiteral("/users?limit=7&sort=sourcedId");
    QStringList seen;
    int total = -1;
    int pages = 0;
    while (!url.isEmpty()) {
        const Reply r = get(nam, url);
        QCOMPARE(r.status, 200);
        total = r.header("X-Total-Count").toInt();
        const QByteArray link = r.header("Link");
        QVERIFY(!linkFor(link, "first").isEmpty());
        QVERIFY(!linkFor(link, "last").isEmpty());
        QCOMPARE(linkFor(link, "prev").isEmpty(), pages == 0);
        QVERIFY(linkFor(link, "first").contains(u"sort=sourcedId"));
        seen += ids(r.json().value(u"users").toArray());
        url = linkFor(link, "next");
        ++pages;
    }
    QCOMPARE(total, 76);
    QCOMPARE(seen.size(), total);
    QCOMPARE(QSet<QString>(seen.begin(), seen.end()).size(), total);
    QCOMPARE(pages, (total + 6) / 7);
    QStringList sorted = seen;
    sorted.sort();
    QCOMPARE(seen, sorted);

    // limit is clamped to --max-limit (1000) and descending order works.
    const Reply desc =
        get(nam,
            server.baseUrl + V11 + QStringLiteral("/users?limit=5000&sort=sourcedId&orderBy=desc"));
    const QStringList all = ids(desc.json().value(u"users").toArray());
    QCOMPARE(all.size(), total);
    QVERIFY(all.first() > all.last());
}

void TestDevServer::userShapes()
{
    Server server;
    QVERIFY(server.start({QStringLiteral("--data"), m_zip}));
    QNetworkAccessManager nam;
    // tch-0019 has a primary role at sch-0002 and a secondary one at sch-0001.
    Reply r = get(nam, server.baseUrl + V11 + QStringLiteral("/users/tch-0019"));
    QCOMPARE(r.status, 200);
    const QJsonObject u11 = r.json().value(u"user").toObject();
    QCOMPARE(u11.value(u"role").toString(), QStringLiteral("teacher"));
    QVERIFY(u11.value(u"enabledUser").isBool());
    QCOMPARE(u11.value(u"status").toString(), QStringLiteral("active"));
    const QJsonArray orgs = u11.value(u"orgs").toArray();
    QCOMPARE(ids(orgs), (QStringList{QStringLiteral("sch-0002"), QStringLiteral("sch-0001")}));
    QCOMPARE(orgs.at(0).toObject().value(u"type").toString(), QStringLiteral("org"));
    QCOMPARE(orgs.at(0).toObject().value(u"href").toString(),
             server.baseUrl + V11 + QStringLiteral("/orgs/sch-0002"));
    QVERIFY(!u11.contains(u"roles"));

    r = get(nam, server.baseUrl + V12 + QStringLiteral("/users/tch-0019"));
    const QJsonObject u12 = r.json().value(u"user").toObject();
    QCOMPARE(u12.value(u"enabledUser").toString(), QStringLiteral("true"));
    QVERIFY(!u12.contains(u"role"));
    QVERIFY(!u12.contains(u"orgs"));
    QCOMPARE(u12.value(u"primaryOrg").toObject().value(u"sourcedId").toString(),
             QStringLiteral("sch-0002"));
    const QJsonArray roles = u12.value(u"roles").toArray();
    QCOMPARE(roles.size(), 2);
    QCOMPARE(roles.at(0).toObject().value(u"roleType").toString(), QStringLiteral("primary"));
    QCOMPARE(roles.at(0).toObject().value(u"role").toString(), QStringLiteral("teacher"));
    QCOMPARE(roles.at(1).toObject().value(u"roleType").toString(), QStringLiteral("secondary"));
    QCOMPARE(roles.at(1).toObject().value(u"org").toObject().value(u"href").toString(),
             server.baseUrl + V12 + QStringLiteral("/orgs/sch-0001"));

    // Enrollments: booleans in 1.1, strings in 1.2; empty dates are left out.
    const QJsonObject e11 =
        get(nam, server.baseUrl + V11 + QStringLiteral("/enrollments/enr-0000001"))
            .json()
            .value(u"enrollment")
            .toObject();
    QCOMPARE(e11.value(u"primary"), QJsonValue(true));
    QVERIFY(!e11.contains(u"beginDate"));
    const QJsonObject e12 =
        get(nam, server.baseUrl + V12 + QStringLiteral("/enrollments/enr-0000001"))
            .json()
            .value(u"enrollment")
            .toObject();
    QCOMPARE(e12.value(u"primary"), QJsonValue(QStringLiteral("true")));
    QCOMPARE(e12.value(u"class").toObject().value(u"type").toString(), QStringLiteral("class"));

    r = get(nam, server.baseUrl + V12 + QStringLiteral("/orgs/nope"));
    QCOMPARE(r.status, 404);
    QCOMPARE(r.codeMinor(), QStringLiteral("unknownobject"));

    // Envelope keys and nested collections.
    r = get(nam, server.baseUrl + V12 + QStringLiteral("/students?limit=1000"));
    QVERIFY(r.json().contains(u"users"));
    QCOMPARE(r.header("X-Total-Count").toInt(), 40);
    r = get(nam, server.baseUrl + V12 + QStringLiteral("/classes/cls-00001/students"));
    QCOMPARE(r.status, 200);
    QVERIFY(!r.json().value(u"users").toArray().isEmpty());
    r = get(nam, server.baseUrl + V11 + QStringLiteral("/schools/sch-0001/classes"));
    QVERIFY(!r.json().value(u"classes").toArray().isEmpty());

    Server nulls;
    QVERIFY(nulls.start({QStringLiteral("--data"), m_zip, QStringLiteral("--nulls")}));
    const QJsonObject n = get(nam, nulls.baseUrl + V11 + QStringLiteral("/enrollments/enr-0000001"))
                              .json()
                              .value(u"enrollment")
                              .toObject();
    QVERIFY(n.contains(u"beginDate"));
    QVERIFY(n.value(u"beginDate").isNull());
}

void TestDevServer::filterAndErrors()
{
    Server server;
    QVERIFY(server.start({QStringLiteral("--data"), m_zip}));
    QNetworkAccessManager nam;
    const QString filter = QString::fromLatin1(percent(QStringLiteral("role='teacher'")));
    for (const QString &root : {V11, V12}) {
        const Reply r =
            get(nam, server.baseUrl + root + QStringLiteral("/users?limit=1000&filter=") + filter);
        QCOMPARE(r.status, 200);
        const QJsonArray users = r.json().value(u"users").toArray();
        QCOMPARE(users.size(), 21);
        QCOMPARE(r.header("X-Total-Count").toInt(), 21);
        if (root == V11) {
            for (const auto &u : users)
                QCOMPARE(u.toObject().value(u"role").toString(), QStringLiteral("teacher"));
        }
    }
    const QString both = QString::fromLatin1(
        percent(QStringLiteral("role='student' AND dateLastModified>'2026-07-01'")));
    Reply r = get(nam, server.baseUrl + V11 + QStringLiteral("/users?limit=1000&filter=") + both);
    QCOMPARE(r.status, 200);
    const QJsonArray recent = r.json().value(u"users").toArray();
    QVERIFY(!recent.isEmpty());
    for (const auto &u : recent)
        QVERIFY(u.toObject().value(u"dateLastModified").toString() > QStringLiteral("2026-07-01"));

    r = get(nam, server.baseUrl + V11 + QStringLiteral("/users?filter=") +
                     QString::fromLatin1(percent(QStringLiteral("shoeSize='9'"))));
    QCOMPARE(r.status, 400);
    QCOMPARE(r.codeMinor(), QStringLiteral("invalid_filter_field"));

    r = get(nam, server.baseUrl + V12 + QStringLiteral("/orgs?fields=sourcedId,name"));
    const QJsonObject org = r.json().value(u"orgs").toArray().at(0).toObject();
    QCOMPARE(org.keys(), (QStringList{QStringLiteral("name"), QStringLiteral("sourcedId")}));
}

void TestDevServer::faultSwitches()
{
    Server server;
    QVERIFY(server.start({QStringLiteral("--data"), m_zip, QStringLiteral("--fault"),
                          QStringLiteral("rate429Every=2"), QStringLiteral("--fault"),
                          QStringLiteral("retryAfterSeconds=3")}));
    QNetworkAccessManager nam;
    const QString orgs = server.baseUrl + V12 + QStringLiteral("/orgs");
    const QString users = server.baseUrl + V12 + QStringLiteral("/users?limit=5");
    const QString admin = server.baseUrl + QStringLiteral("/__admin/faults");

    // From the command line: every 2nd API request is a 429; admin requests do not count.
    QCOMPARE(get(nam, orgs).status, 200);
    QCOMPARE(get(nam, admin).json().value(u"rate429Every").toInt(), 2);
    Reply r = get(nam, orgs);
    QCOMPARE(r.status, 429);
    QCOMPARE(r.header("Retry-After"), QByteArray("3"));
    QCOMPARE(r.codeMinor(), QStringLiteral("server_busy"));

    setFaults(nam, server.baseUrl, {{QStringLiteral("latencyMs"), 300}});
    QElapsedTimer timer;
    timer.start();
    QCOMPARE(get(nam, orgs).status, 200);
    QVERIFY(timer.elapsed() >= 290);

    setFaults(nam, server.baseUrl, {{QStringLiteral("error500Every"), 3}});
    QCOMPARE(get(nam, orgs).status, 200);
    QCOMPARE(get(nam, orgs).status, 200);
    QCOMPARE(get(nam, orgs).status, 500);
    QCOMPARE(get(nam, orgs).status, 200);

    setFaults(nam, server.baseUrl, {{QStringLiteral("error500Count"), 2}});
    QCOMPARE(get(nam, orgs).status, 500);
    QCOMPARE(get(nam, admin).json().value(u"error500Count").toInt(), 1);
    QCOMPARE(get(nam, orgs).status, 500);
    QCOMPARE(get(nam, orgs).status, 200);

    setFaults(nam, server.baseUrl, {{QStringLiteral("error500Always"), true}});
    for (int i = 0; i < 3; ++i)
        QCOMPARE(get(nam, orgs).status, 500);

    setFaults(nam, server.baseUrl, {{QStringLiteral("omitTotalCount"), true}});
    r = get(nam, users);
    QCOMPARE(r.status, 200);
    QVERIFY(r.header("X-Total-Count").isEmpty());

    setFaults(nam, server.baseUrl, {{QStringLiteral("omitEnvelopeEvery"), 2}});
    QVERIFY(get(nam, users).json().contains(u"users"));
    r = get(nam, users);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.body, QByteArray("{}"));

    setFaults(nam, server.baseUrl, {});
    const QStringList page0 =
        ids(get(nam, users + QStringLiteral("&offset=0")).json().value(u"users").toArray());
    const QStringList page1 =
        ids(get(nam, users + QStringLiteral("&offset=5")).json().value(u"users").toArray());
    QCOMPARE(page0.size(), 5);

    setFaults(nam, server.baseUrl, {{QStringLiteral("duplicateAcrossPages"), true}});
    const QStringList dup =
        ids(get(nam, users + QStringLiteral("&offset=5")).json().value(u"users").toArray());
    QCOMPARE(dup.size(), 6);
    QCOMPARE(dup.first(), page0.last());
    QCOMPARE(dup.mid(1), page1);

    setFaults(nam, server.baseUrl, {{QStringLiteral("repeatPage"), true}});
    r = get(nam, users + QStringLiteral("&offset=5"));
    QCOMPARE(ids(r.json().value(u"users").toArray()), page0);
    QVERIFY(linkFor(r.header("Link"), "next").contains(u"offset=10"));

    setFaults(nam, server.baseUrl, {{QStringLiteral("shortPage"), true}});
    r = get(nam, users);
    QCOMPARE(ids(r.json().value(u"users").toArray()), page0.mid(0, 4));
    QCOMPARE(r.header("X-Total-Count").toInt(), 76);

    const QString rawPath = V12 + QStringLiteral("/orgs");
    setFaults(nam, server.baseUrl, {{QStringLiteral("truncateEvery"), 1}});
    QByteArray raw = rawGet(server.port, rawPath);
    const qsizetype headEnd = raw.indexOf("\r\n\r\n");
    QVERIFY(headEnd > 0);
    const QRegularExpression length(QStringLiteral("Content-Length: (\\d+)"));
    const auto m = length.match(QString::fromLatin1(raw.left(headEnd)));
    QVERIFY(m.hasMatch());
    QVERIFY(m.captured(1).toLongLong() > raw.size() - headEnd - 4);

    setFaults(nam, server.baseUrl, {{QStringLiteral("dropEvery"), 1}});
    QCOMPARE(rawGet(server.port, rawPath), QByteArray());
    setFaults(nam, server.baseUrl, {{QStringLiteral("dropEvery"), 2}});
    QVERIFY(rawGet(server.port, rawPath).startsWith("HTTP/1.1 200"));
    QCOMPARE(rawGet(server.port, rawPath), QByteArray());

    // The request log records what was asked and answered.
    const QJsonArray log =
        QJsonDocument::fromJson(get(nam, server.baseUrl + QStringLiteral("/__admin/log")).body)
            .array();
    QVERIFY(log.size() > 10);
    const QJsonObject last = log.last().toObject();
    QCOMPARE(last.value(u"method").toString(), QStringLiteral("GET"));
    QCOMPARE(last.value(u"path").toString(), rawPath);
    QCOMPARE(last.value(u"fault").toString(), QStringLiteral("drop"));
    QVERIFY(last.value(u"headers").toObject().contains(u"Host"));

    r = send(nam, "POST", server.baseUrl + QStringLiteral("/__admin/faults"), {},
             "{\"noSuchSwitch\": 1}");
    QCOMPARE(r.status, 400);
}

namespace {

// OAuth 1.0a HMAC-SHA256 Authorization header for a GET, written from RFC 5849 section 3.4.
QByteArray oauth1Header(const QString &url, const QString &nonce)
{
    const QUrl u(url, QUrl::StrictMode);
    QList<QPair<QByteArray, QByteArray>> params;
    const auto query = u.query(QUrl::FullyEncoded).toLatin1().split('&');
    for (const QByteArray &pair : query) {
        const qsizetype eq = pair.indexOf('=');
        params.append({percent(QUrl::fromPercentEncoding(pair.left(eq))),
                       percent(QUrl::fromPercentEncoding(pair.mid(eq + 1)))});
    }
    const QList<QPair<QByteArray, QByteArray>> oauth = {
        {"oauth_consumer_key", percent(ClientId)},
        {"oauth_nonce", percent(nonce)},
        {"oauth_signature_method", "HMAC-SHA256"},
        {"oauth_timestamp", QByteArray::number(QDateTime::currentSecsSinceEpoch())},
        {"oauth_version", "1.0"}};
    params += oauth;
    std::sort(params.begin(), params.end());
    QByteArrayList joined;
    for (const auto &[k, v] : params)
        joined.append(k + '=' + v);
    const QByteArray baseUri = "http://" + u.host().toLatin1() + ':' +
                               QByteArray::number(u.port()) + u.path(QUrl::FullyEncoded).toLatin1();
    const QByteArray base = "GET&" + percent(QString::fromLatin1(baseUri)) + '&' +
                            percent(QString::fromLatin1(joined.join('&')));
    const QByteArray signature = QMessageAuthenticationCode::hash(base, percent(ClientSecret) + '&',
                                                                  QCryptographicHash::Sha256)
                                     .toBase64();
    QByteArray header = "OAuth realm=\"OneRoster\"";
    for (const auto &[k, v] : oauth)
        header += ", " + k + "=\"" + v + '"';
    header += ", oauth_signature=\"" + percent(QString::fromLatin1(signature)) + '"';
    return header;
}

} // namespace

void TestDevServer::oauth1Signatures()
{
    Server server;
    QVERIFY(server.start({QStringLiteral("--data"), m_zip, QStringLiteral("--auth"),
                          QStringLiteral("oauth1"), QStringLiteral("--client-id"), ClientId,
                          QStringLiteral("--client-secret"), ClientSecret}));
    QNetworkAccessManager nam;
    const QString url = server.baseUrl + V11 + QStringLiteral("/users?limit=5&filter=") +
                        QString::fromLatin1(percent(QStringLiteral("role='teacher'")));
    const QByteArray header = oauth1Header(url, QStringLiteral("nonce-1"));
    Reply r = send(nam, "GET", url, {{"Authorization", header}});
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json().value(u"users").toArray().size(), 5);

    // The same signature over a changed query parameter is refused.
    const QByteArray header2 = oauth1Header(url, QStringLiteral("nonce-2"));
    QString changed = url;
    changed.replace(QStringLiteral("limit=5"), QStringLiteral("limit=6"));
    r = send(nam, "GET", changed, {{"Authorization", header2}});
    QCOMPARE(r.status, 401);
    QCOMPARE(r.codeMinor(), QStringLiteral("unauthorisedrequest"));

    // A nonce is good for one request only.
    r = send(nam, "GET", url, {{"Authorization", header}});
    QCOMPARE(r.status, 401);
    QCOMPARE(get(nam, url).status, 401);
}

void TestDevServer::aeriesMode()
{
    Server server;
    QVERIFY(server.start({QStringLiteral("--data"), m_zip, QStringLiteral("--auth"),
                          QStringLiteral("oauth2"), QStringLiteral("--client-id"), ClientId,
                          QStringLiteral("--client-secret"), ClientSecret,
                          QStringLiteral("--vendor"), QStringLiteral("aeries"),
                          QStringLiteral("--base-path"), QStringLiteral("/aeries")}));
    QVERIFY(server.baseUrl.endsWith(u"/aeries"));
    QNetworkAccessManager nam;
    nam.setCookieJar(nullptr);
    const QString tokenUrl = server.baseUrl + QStringLiteral("/token");
    const QByteArray basic = QByteArray(percent(ClientId) + ':' + percent(ClientSecret)).toBase64();
    const QList<QPair<QByteArray, QByteArray>> headers = {
        {"Content-Type", "application/x-www-form-urlencoded"}, {"Authorization", "Basic " + basic}};
    Reply r = send(nam, "POST", tokenUrl, headers, "grant_type=client_credentials");
    QCOMPARE(r.status, 400);
    QCOMPARE(r.json().value(u"error").toString(), QStringLiteral("invalid_scope"));
    r = send(nam, "POST", tokenUrl, headers,
             "grant_type=client_credentials&scope=" +
                 percent(QStringLiteral(
                     "https://purl.imsglobal.org/spec/or/v1p1/scope/roster-core.readonly")));
    QCOMPARE(r.status, 200);
    const QByteArray access = r.json().value(u"access_token").toString().toLatin1();
    QByteArrayList cookies;
    for (const QByteArray &c : r.headerValues("Set-Cookie"))
        cookies.append(c.split(';').first());
    QCOMPARE(cookies.size(), 2);
    QVERIFY(cookies.at(0).startsWith("ASP.NET_SessionId="));
    QVERIFY(cookies.at(1).startsWith("ARRAffinity="));

    const QString orgs = server.baseUrl + V11 + QStringLiteral("/orgs");
    QCOMPARE(get(nam, orgs, access).status, 401);
    r = send(nam, "GET", orgs,
             {{"Authorization", "Bearer " + access}, {"Cookie", cookies.join("; ")}});
    QCOMPARE(r.status, 200);
    const QJsonObject school = r.json().value(u"orgs").toArray().at(1).toObject();
    QVERIFY(school.value(u"parent").toObject().value(u"href").toString().startsWith(
        u"~/ims/oneroster/v1p1/orgs/"));

    const auto authed = [&](const QString &path) {
        return send(nam, "GET", server.baseUrl + path,
                    {{"Authorization", "Bearer " + access}, {"Cookie", cookies.join("; ")}});
    };
    QCOMPARE(authed(V11 + QStringLiteral("/schools/sch-0001/classes")).status, 404);
    QCOMPARE(authed(V11 + QStringLiteral("/schools/sch-0001/terms")).status, 404);
    QCOMPARE(authed(V11 + QStringLiteral("/schools/sch-0001/enrollments")).status, 200);
    QCOMPARE(authed(V12 + QStringLiteral("/orgs")).status, 404);
}

// With a certificate the server speaks https; its reported URL and its links name the public
// host instead of the address, and a client that trusts the certificate reads the API.
void TestDevServer::httpsUnderAPublicName()
{
    const QString cert = m_dir.filePath(QStringLiteral("localhost.pem"));
    const QString key = m_dir.filePath(QStringLiteral("localhost.key"));
    const auto made =
        run(QStringLiteral("openssl"),
            {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
             QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-days"),
             QStringLiteral("2"), QStringLiteral("-subj"), QStringLiteral("/CN=localhost"),
             QStringLiteral("-addext"), QStringLiteral("subjectAltName=DNS:localhost"),
             QStringLiteral("-keyout"), key, QStringLiteral("-out"), cert});
    QVERIFY2(made.exitCode == 0, made.err.constData());
    const auto halfTls = run(devServerBinary(),
                             {QStringLiteral("--data"), m_zip, QStringLiteral("--tls-cert"), cert});
    QVERIFY2(halfTls.exitCode != 0, "--tls-cert without --tls-key is refused");

    Server server;
    QVERIFY(server.start({QStringLiteral("--data"), m_zip, QStringLiteral("--public-host"),
                          QStringLiteral("localhost"), QStringLiteral("--tls-cert"), cert,
                          QStringLiteral("--tls-key"), key}));
    QCOMPARE(server.baseUrl, QStringLiteral("https://localhost:%1").arg(server.port));

    QNetworkAccessManager untrusting;
    QCOMPARE(get(untrusting, server.baseUrl + V12 + QStringLiteral("/orgs")).status, 0);

    const QSslConfiguration before = QSslConfiguration::defaultConfiguration();
    QSslConfiguration trusting = before;
    trusting.addCaCertificates(QSslCertificate::fromPath(cert));
    QSslConfiguration::setDefaultConfiguration(trusting);
    QNetworkAccessManager nam;
    const Reply r = get(nam, server.baseUrl + V12 + QStringLiteral("/users?limit=5"));
    QSslConfiguration::setDefaultConfiguration(before);
    QCOMPARE(r.status, 200);
    QVERIFY(!r.json().value(u"users").toArray().isEmpty());
    const QString next = linkFor(r.header("Link"), "next");
    QVERIFY2(next.startsWith(server.baseUrl + V12 + QStringLiteral("/users?")), qPrintable(next));
}

void TestDevServer::powerschoolMode()
{
    Server server;
    QVERIFY(server.start({QStringLiteral("--data"), m_zip, QStringLiteral("--auth"),
                          QStringLiteral("oauth2"), QStringLiteral("--client-id"), ClientId,
                          QStringLiteral("--client-secret"), ClientSecret,
                          QStringLiteral("--vendor"), QStringLiteral("powerschool")}));
    QNetworkAccessManager nam;
    const QByteArray basic = QByteArray(percent(ClientId) + ':' + percent(ClientSecret)).toBase64();
    const QByteArray form = "application/x-www-form-urlencoded";
    // Tokens only at /oauth/access_token, with HTTP Basic only.
    Reply r = send(nam, "POST", server.baseUrl + QStringLiteral("/oauth/token"),
                   {{"Content-Type", form}, {"Authorization", "Basic " + basic}},
                   "grant_type=client_credentials");
    QCOMPARE(r.status, 404);
    const QString tokenUrl = server.baseUrl + QStringLiteral("/oauth/access_token");
    r = send(nam, "POST", tokenUrl, {{"Content-Type", form}},
             "grant_type=client_credentials&client_id=" + percent(ClientId) +
                 "&client_secret=" + percent(ClientSecret));
    QCOMPARE(r.status, 401);
    r = send(nam, "POST", tokenUrl, {{"Content-Type", form}, {"Authorization", "Basic " + basic}},
             "grant_type=client_credentials");
    QCOMPARE(r.status, 200);
    const QByteArray access = r.json().value(u"access_token").toString().toLatin1();

    // 1.1 only, and pages capped at the plugin's limit however many are asked for.
    r = get(nam, server.baseUrl + V11 + QStringLiteral("/enrollments?limit=1000"), access);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json().value(u"enrollments").toArray().size(), 100);
    QVERIFY(r.header("X-Total-Count").toInt() > 100);
    QCOMPARE(get(nam, server.baseUrl + V12 + QStringLiteral("/orgs"), access).status, 404);
}

void TestDevServer::infiniteCampusMode()
{
    Server server;
    QVERIFY(server.start({QStringLiteral("--data"), m_zip, QStringLiteral("--auth"),
                          QStringLiteral("oauth2"), QStringLiteral("--client-id"), ClientId,
                          QStringLiteral("--client-secret"), ClientSecret,
                          QStringLiteral("--vendor"), QStringLiteral("infinitecampus"),
                          QStringLiteral("--app-name"), QStringLiteral("maple")}));
    QVERIFY2(server.baseUrl.endsWith(u"/campus/api/oneroster/v1p2/maple"),
             qPrintable(server.baseUrl));
    const QString origin = QStringLiteral("http://127.0.0.1:%1").arg(server.port);
    QNetworkAccessManager nam;
    const QByteArray form = "application/x-www-form-urlencoded";
    const QByteArray body = "grant_type=client_credentials&client_id=" + percent(ClientId) +
                            "&client_secret=" + percent(ClientSecret);
    const QString tokenUrl = origin + QStringLiteral("/campus/oauth2/token");
    // The app must be named, and the credentials travel in the form body only.
    Reply r = send(nam, "POST", tokenUrl, {{"Content-Type", form}}, body);
    QCOMPARE(r.status, 400);
    r = send(nam, "POST", tokenUrl + QStringLiteral("?appName=oak"), {{"Content-Type", form}},
             body);
    QCOMPARE(r.status, 400);
    const QByteArray basic = QByteArray(percent(ClientId) + ':' + percent(ClientSecret)).toBase64();
    r = send(nam, "POST", tokenUrl + QStringLiteral("?appName=maple"),
             {{"Content-Type", form}, {"Authorization", "Basic " + basic}},
             "grant_type=client_credentials");
    QCOMPARE(r.status, 401);
    r = send(nam, "POST", tokenUrl + QStringLiteral("?appName=maple"), {{"Content-Type", form}},
             body);
    QCOMPARE(r.status, 200);
    const QByteArray access = r.json().value(u"access_token").toString().toLatin1();

    // 1.2 only, under the app's path, with pages far larger than the usual 1000.
    r = get(nam, server.baseUrl + V12 + QStringLiteral("/users?limit=5000"), access);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json().value(u"users").toArray().size(), r.header("X-Total-Count").toInt());
    QCOMPARE(get(nam, server.baseUrl + V11 + QStringLiteral("/orgs"), access).status, 404);
    QCOMPARE(get(nam, origin + V12 + QStringLiteral("/orgs"), access).status, 404);
}

void TestDevServer::synergyMode()
{
    Server server;
    QVERIFY(server.start({QStringLiteral("--data"), m_zip, QStringLiteral("--auth"),
                          QStringLiteral("oauth2"), QStringLiteral("--client-id"), ClientId,
                          QStringLiteral("--client-secret"), ClientSecret,
                          QStringLiteral("--vendor"), QStringLiteral("synergy")}));
    QNetworkAccessManager nam;
    const QByteArray basic = QByteArray(percent(ClientId) + ':' + percent(ClientSecret)).toBase64();
    Reply r = send(nam, "POST", server.baseUrl + QStringLiteral("/oauth/token"),
                   {{"Content-Type", "application/x-www-form-urlencoded"},
                    {"Authorization", "Basic " + basic}},
                   "grant_type=client_credentials");
    QCOMPARE(r.status, 200);
    const QByteArray access = r.json().value(u"access_token").toString().toLatin1();
    QCOMPARE(get(nam, server.baseUrl + V11 + QStringLiteral("/orgs"), access).status, 200);
    QCOMPARE(get(nam, server.baseUrl + V12 + QStringLiteral("/orgs"), access).status, 404);
}

QTEST_GUILESS_MAIN(TestDevServer)
#include "tst_devserver.moc"
