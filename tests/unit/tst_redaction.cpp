#include "ResultCheck.h"
#include "common/Redactor.h"
#include "log/LogRedactor.h"
#include "notify/WebhookNotifier.h"
#include "pipeline/RunNotifier.h"
#include "pipeline/RunRecorder.h"
#include "store/HistoryDatabase.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

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
        const RestExchange r = e.redacted(redactor);
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

    // Form encoding writes a space as '+' and leaves some characters alone; every encoding of
    // a secret in a form body is masked, whatever the field is called.
    void formEncodedSecretIsMasked()
    {
        const QByteArray secret = "pa ss/w*rd:9";
        Redactor redactor;
        redactor.addSecret(secret);
        QUrlQuery query;
        query.addQueryItem(u"pin"_s, QString::fromUtf8(secret));
        const QByteArray qt = query.toString(QUrl::FullyEncoded).toUtf8();
        for (const QByteArray &body :
             {QByteArray("user=a&pin=pa+ss%2Fw*rd%3A9&x=1"),
              QByteArray("user=a&pin=pa+ss%2Fw%2Ard%3A9&x=1"), QByteArray("user=a&" + qt + "&x=1"),
              QByteArray("user=a&pin=pa%20ss%2fw%2ard%3a9&x=1")}) {
            const QByteArray out = redactor.redactBody(body);
            QVERIFY2(out.contains("pin=[redacted]"), out.constData());
            QVERIFY2(out.contains("user=a") && out.contains("x=1"), out.constData());
        }
    }

    // A secret of one to three characters is masked where it stands as a whole value, and
    // nowhere else (it would eat innocent text).
    void shortSecretMaskedWhereItStands()
    {
        Redactor redactor;
        redactor.addSecret("x9Q");
        QCOMPARE(redactor.redactBody("pin=x9Q&note=ax9Qb"),
                 QByteArray("pin=[redacted]&note=ax9Qb"));
        const QByteArray json = redactor.redactBody(R"({"pin":"x9Q","note":"x9Q is short"})");
        QVERIFY2(json.contains(R"("pin":"[redacted]")"), json.constData());
        QVERIFY2(json.contains(R"("note":"x9Q is short")"), json.constData());
        QCOMPARE(redactor.redactHeader("X-Pin", "x9Q"), Redactor::kMask);
        QCOMPARE(redactor.redactHeader("X-Note", "x9Qa"), QByteArray("x9Qa"));
        QCOMPARE(redactor.redactText(u"X-Pin: x9Q"_s), u"X-Pin: [redacted]"_s);
        QCOMPARE(redactor.redactText(u"the x9Q box"_s), u"the x9Q box"_s);

        LogRedactor::clear();
        LogRedactor::addSecret(QByteArray("k7"));
        QCOMPARE(LogRedactor::redact(u"login with code=k7 failed"_s),
                 u"login with code=[redacted] failed"_s);
        QCOMPARE(LogRedactor::redact(u"k7 rows"_s), u"k7 rows"_s);
        LogRedactor::clear();
    }

    // Findings in a step's counts quote input and server answers: they are masked in the
    // history like the step's message.
    void findingsInStepCountsAreRedacted()
    {
        QTemporaryDir dir;
        HistoryDatabase history;
        QVERIFY_OK(history.open(dir.filePath(u"history.db"_s)));
        RecordingPolicy policy;
        policy.redactor.addSecret(kPassword);
        RunRecorder recorder(&history);
        QVERIFY(recorder.begin(u"p1"_s, RunTrigger::Manual, policy));
        QVERIFY(recorder.startStep(RunStep::Acquire));
        const QJsonObject counts{
            {u"rows"_s, 3},
            {u"findings"_s,
             QJsonArray{u"users.csv:2: password: \"%1\" echoed"_s.arg(QString::fromUtf8(kPassword)),
                        QJsonObject{{u"message"_s, QString::fromUtf8(kPassword.toBase64())}}}}};
        QVERIFY(recorder.finishStep(StepStatus::Failed, counts, u"stopped"_s));
        QVERIFY(recorder.finishRun(RunStatus::Failed, counts, u"stopped"_s));
        QList<StepRecord> steps;
        QVERIFY(rb::test::take(history.steps(recorder.runId()), &steps));
        QCOMPARE(steps.size(), 1);
        std::optional<RunRecord> run;
        QVERIFY(rb::test::take(history.run(recorder.runId()), &run));
        QVERIFY(run);
        for (const QJsonObject &kept :
             {steps.at(0).counts, run->counts, recorder.lastStep().counts}) {
            const QByteArray all = QJsonDocument(kept).toJson();
            QVERIFY2(!all.contains(kPassword) && !all.contains(kPassword.toBase64()),
                     all.constData());
            QVERIFY(all.contains("users.csv:2"));
            QCOMPARE(kept.value(u"rows"_s).toInt(), 3);
        }
    }

    // What the tray, the email and the webhook say passes the same redactor; the webhook's
    // path token is masked in messages and logs.
    void notificationsAndWebhookPathAreRedacted()
    {
        const QString hook = u"https://hooks.example.org/services/T01/B02/tok3nS3cret"_s;
        Profile profile;
        profile.name = u"North"_s;
        profile.notifications.webhookUrl = hook;
        RunSecrets secrets;
        secrets.values.insert(u"smtpPassword"_s, QString::fromUtf8(kPassword));
        Notification n;
        n.title = u"North: the sync failed"_s;
        n.lines = {u"the server said: bad password %1"_s.arg(QString::fromUtf8(kPassword)),
                   u"posted to %1"_s.arg(hook)};
        const Notification r = RunNotifier::redacted(n, profile, secrets);
        const QString all = r.text() + QString::fromUtf8(QJsonDocument(r.toJson()).toJson());
        QVERIFY2(!all.contains(QString::fromUtf8(kPassword)), qPrintable(all));
        QVERIFY2(!all.contains(u"tok3nS3cret"_s), qPrintable(all));
        QVERIFY(all.contains(u"hooks.example.org"_s));
        QVERIFY2(!LogRedactor::redact(u"POST "_s + hook).contains(u"tok3nS3cret"_s),
                 qPrintable(LogRedactor::redact(hook)));

        const QString shown = WebhookNotifier::shownUrl(QUrl(hook + u"?key=abcd"_s));
        QCOMPARE(shown, u"https://hooks.example.org/[redacted]"_s);
        LogRedactor::clear();
    }

    // A credential written out in a message (a server's error echoing the request) goes from
    // the history's text as it does from log lines, whatever the scheme.
    void authorizationInTextIsMasked()
    {
        const Redactor redactor;
        const QString text = redactor.redactText(
            u"401 for GET /users: Authorization: Bearer unregistered.jwt.value; Basic-ish "_s
            u"proxy-authorization=Basic dXNlcjpwYXNz"_s);
        QVERIFY2(!text.contains(u"unregistered.jwt.value"_s), qPrintable(text));
        QVERIFY2(!text.contains(u"dXNlcjpwYXNz"_s), qPrintable(text));
        QVERIFY2(text.contains(u"Authorization: Bearer [redacted]"_s), qPrintable(text));
    }

    void capAfterRedactionKeepsTheSizeLimit()
    {
        Redactor redactor;
        RestExchange e;
        e.responseBody = QByteArray(100000, 'a');
        e.requestBody = "client_secret=" + kClientSecret;
        e = e.redacted(redactor);
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
