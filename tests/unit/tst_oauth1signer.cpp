#include "oneroster/rest/OAuth1Signer.h"

#include <QTest>

using namespace rb;
using namespace Qt::StringLiterals;

class TestOAuth1Signer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void encodesPerRfc5849()
    {
        QCOMPARE(OAuth1Signer::encode("abcXYZ019-._~"), QByteArray("abcXYZ019-._~"));
        QCOMPARE(OAuth1Signer::encode("a b+c/d=e&f'*"), QByteArray("a%20b%2Bc%2Fd%3De%26f%27%2A"));
        QCOMPARE(OAuth1Signer::encode("\xc3\xa9"), QByteArray("%C3%A9"));
    }

    void baseUriDropsDefaultPortAndQuery()
    {
        QCOMPARE(OAuth1Signer::baseUri(QUrl(u"HTTP://Example.COM:80/r%20v/X?id=123"_s)),
                 QByteArray("http://example.com/r%20v/X"));
        QCOMPARE(OAuth1Signer::baseUri(QUrl(u"https://www.example.net:8080/?q=1"_s)),
                 QByteArray("https://www.example.net:8080/"));
        QCOMPARE(OAuth1Signer::baseUri(QUrl(u"https://a.example:443"_s)),
                 QByteArray("https://a.example/"));
    }

    // RFC 5849 section 3.4.1.1: the published base string of the example request.
    void rfc5849BaseString()
    {
        const QUrl url =
            QUrl::fromEncoded("http://example.com/request?b5=%3D%253D&a3=a&c%40=&a2=r%20b");
        OAuth1Signer::Params params = OAuth1Signer::queryParams(url);
        params += {{"oauth_consumer_key", "9djdj82h48djs9d2"},
                   {"oauth_token", "kkk9d7dh3k39sjv7"},
                   {"oauth_signature_method", "HMAC-SHA1"},
                   {"oauth_timestamp", "137131201"},
                   {"oauth_nonce", "7d8f3e4a"},
                   // The form body "c2&a3=2+q".
                   {"c2", ""},
                   {"a3", "2 q"}};
        const QByteArray expected =
            "POST&http%3A%2F%2Fexample.com%2Frequest&a2%3Dr%2520b%26a3%3D2%2520q"
            "%26a3%3Da%26b5%3D%253D%25253D%26c%2540%3D%26c2%3D%26oauth_consumer_"
            "key%3D9djdj82h48djs9d2%26oauth_nonce%3D7d8f3e4a%26oauth_signature_m"
            "ethod%3DHMAC-SHA1%26oauth_timestamp%3D137131201%26oauth_token%3Dkkk"
            "9d7dh3k39sjv7";
        QCOMPARE(OAuth1Signer::baseString("post", url, params), expected);
    }

    // The photos example: OAuth Core 1.0 Appendix A.5 (with oauth_version), whose signature is
    // "tR3+Ty81lMeYAr/Fid0kMTYa/WM=", and RFC 5849 section 1.2 (without it).
    void photosExampleSignatures_data()
    {
        QTest::addColumn<QByteArray>("nonce");
        QTest::addColumn<qint64>("timestamp");
        QTest::addColumn<bool>("withVersion");
        QTest::addColumn<QByteArray>("signature");
        QTest::newRow("oauth-core-1.0 A.5") << QByteArray("kllo9940pd9333jh") << qint64(1191242096)
                                            << true << QByteArray("tR3+Ty81lMeYAr/Fid0kMTYa/WM=");
        QTest::newRow("rfc5849 1.2") << QByteArray("chapoH") << qint64(137131202) << false
                                     << QByteArray("MdpQcU8iPSUjWoN/UDMsK2sui9I=");
    }
    void photosExampleSignatures()
    {
        QFETCH(QByteArray, nonce);
        QFETCH(qint64, timestamp);
        QFETCH(bool, withVersion);
        QFETCH(QByteArray, signature);
        OAuth1Signer signer(u"dpf43f3p2l4k3l03"_s, u"kd94hf93k423kf44"_s,
                            OAuth1Signer::Method::HmacSha1);
        signer.setToken(u"nnch734d00sl2jdk"_s, u"pfkkdhi9sl3r4s00"_s);
        signer.setNonceSource([nonce] { return nonce; });
        signer.setClock([timestamp] { return timestamp; });
        signer.setIncludeVersion(withVersion);
        const QUrl url(u"http://photos.example.net/photos?file=vacation.jpg&size=original"_s);
        OAuth1Signer::Params params = signer.protocolParams();
        params += OAuth1Signer::queryParams(url);
        const QByteArray base = OAuth1Signer::baseString("GET", url, params);
        QCOMPARE(OAuth1Signer::sign(OAuth1Signer::Method::HmacSha1, base, u"kd94hf93k423kf44"_s,
                                    u"pfkkdhi9sl3r4s00"_s),
                 signature);
        const QByteArray header = signer.authorization("GET", url);
        QVERIFY2(header.contains(
                     QByteArray("oauth_signature=\"" + OAuth1Signer::encode(signature) + '"')),
                 header.constData());
    }

    // Two-legged HMAC-SHA256 as OneRoster 1.1 uses it, with a filter in the query. The expected
    // value was computed independently:
    //   printf '%s' "<base string>" | openssl dgst -sha256 -hmac 's3cr3t%2Fvalue%2Bx&' -binary |
    //   base64
    void oneRosterHmacSha256()
    {
        OAuth1Signer signer(u"rosterbridge-key"_s, u"s3cr3t/value+x"_s);
        signer.setNonceSource([] { return QByteArray("abc123"); });
        signer.setClock([] { return qint64(1700000000); });
        const QUrl url =
            QUrl::fromEncoded("http://127.0.0.1:8080/ims/oneroster/v1p1/users?limit=100&offset=0"
                              "&filter=status%3D%27active%27");
        OAuth1Signer::Params params = signer.protocolParams();
        params += OAuth1Signer::queryParams(url);
        const QByteArray base = OAuth1Signer::baseString("GET", url, params);
        QCOMPARE(base,
                 QByteArray("GET&http%3A%2F%2F127.0.0.1%3A8080%2Fims%2Foneroster%2Fv1p1%2Fusers&"
                            "filter%3Dstatus%253D%2527active%2527%26limit%3D100%26oauth_consumer_"
                            "key%3Drosterbridge-key%26oauth_nonce%3Dabc123%26oauth_signature_"
                            "method%3DHMAC-SHA256%26oauth_timestamp%3D1700000000%26oauth_"
                            "version%3D1.0%26offset%3D0"));
        const QByteArray expected = "U8OomYjyu+2sUr3uexMh9g2/w02r6xs7c0rDw3FRwa8=";
        QCOMPARE(OAuth1Signer::sign(OAuth1Signer::Method::HmacSha256, base, u"s3cr3t/value+x"_s,
                                    QString()),
                 expected);
        const QByteArray header = signer.authorization("GET", url);
        QVERIFY(header.startsWith("OAuth "));
        QVERIFY(header.contains("oauth_signature_method=\"HMAC-SHA256\""));
        QVERIFY(header.contains("oauth_consumer_key=\"rosterbridge-key\""));
        QVERIFY(!header.contains("oauth_token"));
        QVERIFY(header.contains(
            QByteArray("oauth_signature=\"" + OAuth1Signer::encode(expected) + '"')));
        // The secret itself never appears in what is sent.
        QVERIFY(!header.contains("s3cr3t"));
    }

    void everyQueryParameterChangesTheSignature()
    {
        OAuth1Signer signer(u"k"_s, u"s"_s);
        signer.setNonceSource([] { return QByteArray("n"); });
        signer.setClock([] { return qint64(1); });
        const QByteArray a = signer.authorization("GET", QUrl(u"http://127.0.0.1/x?offset=0"_s));
        const QByteArray b = signer.authorization("GET", QUrl(u"http://127.0.0.1/x?offset=100"_s));
        QVERIFY(a != b);
    }

    void nonceIsRandomByDefault()
    {
        OAuth1Signer signer(u"k"_s, u"s"_s);
        const QByteArray n1 = signer.protocolParams().at(1).second;
        const QByteArray n2 = signer.protocolParams().at(1).second;
        QCOMPARE(n1.size(), 32);
        QVERIFY(n1 != n2);
    }
};

QTEST_GUILESS_MAIN(TestOAuth1Signer)
#include "tst_oauth1signer.moc"
