#include "oneroster/rest/Redactor.h"

#include <QJsonDocument>
#include <QTest>

using namespace rb;
using namespace Qt::StringLiterals;

namespace {
const QByteArray kClientSecret = "Cl1entS3cret/+=";
const QByteArray kAccess = "eyJhbGciOiJIUzI1NiJ9.access.token";
const QByteArray kRefresh = "refresh-9f8e7d6c";
const QByteArray kPassword = "Pa55word!";
const QByteArray kCookie = "affinity-77aa";
const QByteArray kSignature = "U8OomYjyu%2B2sUr3uexMh9g2%2Fw02r6xs7c0rDw3FRwa8%3D";

QByteArray everything(const RestExchange &e)
{
    return QJsonDocument(e.toJson()).toJson() + e.url.toString().toUtf8();
}
} // namespace

class TestRedaction : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void noSecretSurvivesInAnyField()
    {
        const QByteArray basic = QByteArray("id:" + kClientSecret).toBase64();
        RestExchange e;
        e.purpose = u"token"_s;
        e.method = "POST";
        e.url = QUrl::fromEncoded(
            "https://127.0.0.1/token?client_secret=" + kClientSecret.toPercentEncoding() +
            "&access_token=" + kAccess + "&limit=5");
        e.requestHeaders = {
            {"Authorization", QByteArray("Basic " + basic)},
            {"Cookie", QByteArray("ARRAffinity=" + kCookie + "; ASP.NET_SessionId=" + kCookie)},
            {"X-Client-Secret", kClientSecret},
            {"Accept", "application/json"}};
        e.requestBody = "grant_type=client_credentials&client_id=id&client_secret=" +
                        kClientSecret.toPercentEncoding() + "&password=" + kPassword +
                        "&refresh_token=" + kRefresh;
        e.status = 200;
        e.responseHeaders = {
            {"Set-Cookie", QByteArray("ARRAffinity=" + kCookie + "; Path=/; HttpOnly")},
            {"Content-Type", "application/json"}};
        e.responseBody = "{\"access_token\":\"" + kAccess + "\",\"token_type\":\"bearer\"," +
                         "\"refresh_token\": \"" + kRefresh + "\", \"expires_in\":3600," +
                         "\"users\":[{\"sourcedId\":\"u1\",\"password\":\"" + kPassword + "\"}]," +
                         "\"echo\":\"server logged " + kClientSecret + "\"}";
        e.error = u"failed with client_secret="_s + QString::fromUtf8(kClientSecret);

        Redactor redactor;
        redactor.addSecret(kClientSecret);
        redactor.addSecret(kAccess);
        const RestExchange r = redactor.redact(e);
        const QByteArray all = everything(r);
        for (const QByteArray &secret : {kClientSecret, kClientSecret.toPercentEncoding(), kAccess,
                                         kRefresh, kPassword, kCookie, basic})
            QVERIFY2(!all.contains(secret), secret.constData());

        // What helps to read a failure stays.
        QVERIFY(r.requestHeaders.at(0).second.startsWith("Basic "));
        QVERIFY(r.requestHeaders.at(1).second.contains("ARRAffinity="));
        QVERIFY(r.requestHeaders.at(1).second.contains("ASP.NET_SessionId="));
        QCOMPARE(r.requestHeaders.at(3).second, QByteArray("application/json"));
        QVERIFY(r.responseHeaders.at(0).second.contains("Path=/"));
        QVERIFY(r.requestBody.contains("grant_type=client_credentials"));
        QVERIFY(r.requestBody.contains("client_id=id"));
        QVERIFY(r.responseBody.contains("\"sourcedId\":\"u1\""));
        QVERIFY(r.responseBody.contains("\"expires_in\":3600"));
        QVERIFY(r.url.toString().contains(u"limit=5"_s));
    }

    void oauthSignatureInHeaderAndUrl()
    {
        Redactor redactor;
        const QByteArray header = "OAuth oauth_consumer_key=\"key\", oauth_nonce=\"n\", "
                                  "oauth_signature=\"" +
                                  kSignature + "\"";
        const QByteArray h = redactor.redactHeader("Authorization", header);
        QVERIFY(!h.contains(kSignature));
        QVERIFY(h.contains("oauth_consumer_key=\"key\""));
        const QUrl url = redactor.redactUrl(
            QUrl::fromEncoded("http://127.0.0.1/x?oauth_signature=" + kSignature + "&offset=0"));
        QVERIFY(!url.toString(QUrl::FullyEncoded).contains(QString::fromLatin1(kSignature)));
        QVERIFY(url.toString().contains(u"offset=0"_s));
    }

    // A capped body can end inside a secret; the redactor runs first, but a truncated body must
    // still come out clean when it is given one.
    void truncatedJsonBody()
    {
        Redactor redactor;
        const QByteArray cut =
            "{\"users\":[{\"sourcedId\":\"u1\",\"password\":\"" + kPassword.left(6);
        QVERIFY(!redactor.redactBody(cut).contains(kPassword.left(6)));
        const QByteArray spaced = "{ \"Access_Token\" : \"" + kAccess + "\" }";
        QVERIFY(!redactor.redactBody(spaced).contains(kAccess));
        const QByteArray nonString = "{\"password\": 12345678, \"x\": 1}";
        QVERIFY(!redactor.redactBody(nonString).contains("12345678"));
        QVERIFY(redactor.redactBody(nonString).contains("\"x\": 1"));
    }

    void proxyAndCustomSecretHeaders()
    {
        Redactor redactor;
        QCOMPARE(redactor.redactHeader("Proxy-Authorization", "Basic abc"),
                 QByteArray("Basic [redacted]"));
        QCOMPARE(redactor.redactHeader("X-Api-Key", "k-123"), Redactor::kMask);
        QCOMPARE(redactor.redactHeader("X-Auth-Token", "t-123"), Redactor::kMask);
        QCOMPARE(redactor.redactHeader("X-Total-Count", "250"), QByteArray("250"));
        QCOMPARE(redactor.redactHeader("Link", "<http://x>; rel=\"next\""),
                 QByteArray("<http://x>; rel=\"next\""));
    }

    void userInfoPasswordInUrl()
    {
        Redactor redactor;
        const QUrl url = redactor.redactUrl(QUrl(u"https://admin:pw123456@127.0.0.1/x"_s));
        QVERIFY(!url.toString().contains(u"pw123456"_s));
    }

    void capAfterRedactionKeepsTheSizeLimit()
    {
        Redactor redactor;
        RestExchange e;
        e.responseBody = QByteArray(100000, 'a');
        e.requestBody = "client_secret=" + kClientSecret;
        e = redactor.redact(e);
        e.capBodies(1024);
        QCOMPARE(e.responseBody.size(), 1024);
        QVERIFY(e.responseBodyTruncated);
        QVERIFY(!e.requestBodyTruncated);
        e.capBodies(0);
        QVERIFY(e.requestBody.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestRedaction)
#include "tst_redaction.moc"
