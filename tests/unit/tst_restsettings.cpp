#include "oneroster/rest/RestSourceSettings.h"
#include "oneroster/rest/VendorPreset.h"
#include "store/Profile.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace rb;
using namespace Qt::StringLiterals;

namespace {
bool hasFinding(const Findings &f, const QString &field, Severity severity)
{
    for (const Finding &x : f.kept()) {
        if (x.field == field && x.severity == severity)
            return true;
    }
    return false;
}
} // namespace

class TestRestSettings : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTripKeepsEveryValue()
    {
        RestSourceSettings s;
        s.baseUrl = u"https://sis.example.org/aeries"_s;
        s.version = OneRosterVersion::V1_1;
        s.vendor = u"aeries"_s;
        s.authType = RestAuthType::OAuth1;
        s.oauth1Method = OAuth1SignatureMethod::HmacSha1;
        s.tokenUrl = u"https://sis.example.org/aeries/token"_s;
        s.clientId = u"client-1"_s;
        s.scopes = {u"a"_s, u"b"_s};
        s.clientAuth = ClientAuthMethod::Body;
        s.tokenHeaders = {{u"X-Tenant"_s, u"42"_s}};
        s.grantType = u"password"_s;
        s.tokenForm = {{u"audience"_s, u"{client_id}"_s}};
        s.refreshHeaders = {{u"X-R"_s, u"1"_s}};
        s.refreshScope = {u"r"_s};
        s.refreshGrantType = u"refresh"_s;
        s.refreshForm = {{u"x"_s, u"{refresh_token}"_s}};
        s.requestHeaders = {{u"X-Api-Version"_s, u"2"_s}};
        s.pageSize = 500;
        s.maxInFlight = 3;
        s.requestTimeoutMs = 5000;
        s.maxRetries = 2;
        s.retryBaseDelayMs = 10;
        s.retryMaxDelayMs = 20;
        s.caCertificateFile = u"/etc/ca.pem"_s;
        s.replayCookies = true;
        s.saveBodiesBytes = 1024;
        s.allowUnencryptedHttp = true;

        const QJsonObject json = s.toJson();
        // Through text, as it is stored.
        const QJsonObject reread = QJsonDocument::fromJson(QJsonDocument(json).toJson()).object();
        Findings findings;
        const RestSourceSettings t = RestSourceSettings::fromJson(reread, &findings);
        QVERIFY2(findings.totalCount() == 0, qPrintable(findings.lines().join(u'\n')));
        QCOMPARE(t.toJson(), json);
        QCOMPARE(t.baseUrl, s.baseUrl);
        QCOMPARE(t.version, s.version);
        QCOMPARE(t.authType, s.authType);
        QCOMPARE(t.oauth1Method, s.oauth1Method);
        QCOMPARE(t.clientAuth, s.clientAuth);
        QCOMPARE(t.tokenForm, s.tokenForm);
        QCOMPARE(t.requestHeaders, s.requestHeaders);
        QCOMPARE(t.pageSize, 500);
        QCOMPARE(t.maxInFlight, 3);
        QCOMPARE(t.replayCookies, true);
        QCOMPARE(t.allowUnencryptedHttp, true);
    }

    void defaults()
    {
        Findings findings;
        const RestSourceSettings s = RestSourceSettings::fromJson(QJsonObject(), &findings);
        QCOMPARE(findings.totalCount(), 0);
        QCOMPARE(s.pageSize, 100);
        QCOMPARE(s.maxInFlight, 1);
        QCOMPARE(s.requestTimeoutMs, 60000);
        QCOMPARE(s.maxRetries, 5);
        QCOMPARE(s.saveBodiesBytes, 64 * 1024);
        QCOMPARE(s.authType, RestAuthType::OAuth2);
        QCOMPARE(s.clientAuth, ClientAuthMethod::Basic);
        QCOMPARE(s.grantType, u"client_credentials"_s);
        QCOMPARE(s.vendor, u"other"_s);
    }

    void badValuesNameTheirKey_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QJsonValue>("value");
        QTest::newRow("version") << u"version"_s << QJsonValue(u"2.0"_s);
        QTest::newRow("version type") << u"version"_s << QJsonValue(1.1);
        QTest::newRow("authType") << u"authType"_s << QJsonValue(u"saml"_s);
        QTest::newRow("clientAuthentication") << u"clientAuthentication"_s << QJsonValue(u"jwt"_s);
        QTest::newRow("pageSize zero") << u"pageSize"_s << QJsonValue(0);
        QTest::newRow("pageSize fraction") << u"pageSize"_s << QJsonValue(10.5);
        QTest::newRow("pageSize text") << u"pageSize"_s << QJsonValue(u"100"_s);
        QTest::newRow("maxInFlight") << u"maxInFlight"_s << QJsonValue(100);
        QTest::newRow("maxRetries") << u"maxRetries"_s << QJsonValue(-1);
        QTest::newRow("replayCookies") << u"replayCookies"_s << QJsonValue(u"yes"_s);
        QTest::newRow("scopes") << u"scopes"_s << QJsonValue(QJsonArray{1, 2});
        QTest::newRow("tokenHeaders") << u"tokenHeaders"_s << QJsonValue(QJsonArray{u"a"_s});
        QTest::newRow("vendor") << u"vendor"_s << QJsonValue(u"powerschool-x"_s);
        QTest::newRow("oauth1SignatureMethod")
            << u"oauth1SignatureMethod"_s << QJsonValue(u"RSA-SHA1"_s);
    }
    void badValuesNameTheirKey()
    {
        QFETCH(QString, key);
        QFETCH(QJsonValue, value);
        Findings findings;
        RestSourceSettings::fromJson(QJsonObject{{key, value}}, &findings, u"source.json"_s);
        QVERIFY(findings.hasErrors());
        QCOMPARE(findings.kept().first().file, u"source.json"_s);
        QVERIFY2(findings.kept().first().field.startsWith(key),
                 qPrintable(findings.lines().join(u'\n')));
    }

    void headerValueMustBeText()
    {
        Findings findings;
        RestSourceSettings::fromJson(QJsonObject{{u"requestHeaders"_s, QJsonObject{{u"X-A"_s, 3}}}},
                                     &findings);
        QVERIFY(hasFinding(findings, u"requestHeaders.X-A"_s, Severity::Error));
    }

    void unknownKeysAndSecretsAreWarnings()
    {
        Findings findings;
        const RestSourceSettings s = RestSourceSettings::fromJson(
            QJsonObject{{u"pagesize"_s, 5}, {u"clientSecret"_s, u"hunter2"_s}}, &findings);
        QCOMPARE(findings.errorCount(), 0);
        QVERIFY(hasFinding(findings, u"pagesize"_s, Severity::Warning));
        QVERIFY(hasFinding(findings, u"clientSecret"_s, Severity::Warning));
        QVERIFY(!QJsonDocument(s.toJson()).toJson().contains("hunter2"));
        QVERIFY(!s.toJson().contains(u"clientSecret"_s));
    }

    void scopesAsSpaceSeparatedText()
    {
        Findings findings;
        const RestSourceSettings s =
            RestSourceSettings::fromJson(QJsonObject{{u"scopes"_s, u"a  b c"_s}}, &findings);
        QCOMPARE(s.scopes, (QStringList{u"a"_s, u"b"_s, u"c"_s}));
    }

    void apiRootAppendsTheVersionPathOnce_data()
    {
        QTest::addColumn<QString>("base");
        QTest::addColumn<int>("version");
        QTest::addColumn<QString>("root");
        QTest::newRow("1.1") << u"https://sis.example.org/aeries/"_s << 11
                             << u"https://sis.example.org/aeries/ims/oneroster/v1p1"_s;
        QTest::newRow("1.1 already") << u"https://sis.example.org/ims/oneroster/v1p1"_s << 11
                                     << u"https://sis.example.org/ims/oneroster/v1p1"_s;
        QTest::newRow("1.2") << u"https://sis.example.org"_s << 12
                             << u"https://sis.example.org/ims/oneroster/rostering/v1p2"_s;
        QTest::newRow("1.2 already")
            << u"https://sis.example.org/ims/oneroster/rostering/v1p2/"_s << 12
            << u"https://sis.example.org/ims/oneroster/rostering/v1p2"_s;
        QTest::newRow("1.2 cut after /ims/oneroster")
            << u"https://sis.example.org/campus/api/oneroster/v1p2/app/ims/oneroster"_s << 12
            << u"https://sis.example.org/campus/api/oneroster/v1p2/app/ims/oneroster/rostering/"
               u"v1p2"_s;
        QTest::newRow("1.1 cut after /ims/oneroster")
            << u"https://sis.example.org/ims/oneroster/"_s << 11
            << u"https://sis.example.org/ims/oneroster/v1p1"_s;
    }
    void apiRootAppendsTheVersionPathOnce()
    {
        QFETCH(QString, base);
        QFETCH(int, version);
        QFETCH(QString, root);
        RestSourceSettings s;
        s.baseUrl = base;
        s.version = version == 11 ? OneRosterVersion::V1_1 : OneRosterVersion::V1_2;
        QCOMPARE(s.apiRoot().toString(), root);
    }

    void validateNamesWhatIsMissing()
    {
        RestSourceSettings s;
        Findings findings;
        QVERIFY(!s.validate(&findings));
        QVERIFY(hasFinding(findings, u"baseUrl"_s, Severity::Error));
        QVERIFY(hasFinding(findings, u"clientId"_s, Severity::Error));
        QVERIFY(hasFinding(findings, u"tokenUrl"_s, Severity::Error));

        s.baseUrl = u"ftp://sis.example.org"_s;
        s.clientId = u"id"_s;
        s.tokenUrl = u"https://sis.example.org/token"_s;
        Findings second;
        QVERIFY(!s.validate(&second));
        QVERIFY(hasFinding(second, u"baseUrl"_s, Severity::Error));

        s.baseUrl = u"https://sis.example.org"_s;
        Findings third;
        QVERIFY(s.validate(&third));

        s.authType = RestAuthType::None;
        s.clientId.clear();
        s.tokenUrl.clear();
        Findings fourth;
        QVERIFY(s.validate(&fourth));
    }

    void unencryptedHttpIsRefusedUnlessLoopbackOrAllowed_data()
    {
        QTest::addColumn<QString>("baseUrl");
        QTest::addColumn<QString>("tokenUrl");
        QTest::addColumn<bool>("allow");
        QTest::addColumn<QString>("refusedKey");
        const QString https = u"https://sis.example.org"_s;
        const QString token = u"https://sis.example.org/token"_s;
        QTest::newRow("http API") << u"http://sis.example.org"_s << token << false << u"baseUrl"_s;
        QTest::newRow("http token")
            << https << u"http://sis.example.org/token"_s << false << u"tokenUrl"_s;
        QTest::newRow("http private address")
            << u"http://10.0.0.5:8080"_s << token << false << u"baseUrl"_s;
        QTest::newRow("http allowed") << u"http://sis.example.org"_s
                                      << u"http://sis.example.org/token"_s << true << QString();
        QTest::newRow("loopback v4")
            << u"http://127.0.0.1:8080"_s << u"http://127.0.0.1:8080/token"_s << false << QString();
        QTest::newRow("loopback v6")
            << u"http://[::1]:8080"_s << u"http://[::1]:8080/token"_s << false << QString();
        QTest::newRow("localhost")
            << u"http://localhost:8080"_s << u"http://LocalHost:8080/token"_s << false << QString();
        QTest::newRow("https") << https << token << false << QString();
    }
    void unencryptedHttpIsRefusedUnlessLoopbackOrAllowed()
    {
        QFETCH(QString, baseUrl);
        QFETCH(QString, tokenUrl);
        QFETCH(bool, allow);
        QFETCH(QString, refusedKey);
        Findings findings;
        QJsonObject json{
            {u"baseUrl"_s, baseUrl}, {u"tokenUrl"_s, tokenUrl}, {u"clientId"_s, u"id"_s}};
        if (allow)
            json.insert(u"allowUnencryptedHttp"_s, true);
        const RestSourceSettings s = RestSourceSettings::fromJson(json, &findings);
        QCOMPARE(s.allowUnencryptedHttp, allow);
        const bool valid = s.validate(&findings);
        QCOMPARE(valid, refusedKey.isEmpty());
        if (!refusedKey.isEmpty()) {
            QVERIFY(hasFinding(findings, refusedKey, Severity::Error));
            const QString text = findings.lines().join(u'\n');
            QVERIFY2(text.contains(u"allowUnencryptedHttp"_s) && text.contains(u"not encrypted"_s),
                     qPrintable(text));
        }
    }

    void presetsCoverTheSeedVendors()
    {
        const QList<VendorPreset> presets = VendorPreset::all();
        QStringList ids;
        for (const VendorPreset &p : presets) {
            ids.append(p.id);
            QVERIFY(!p.displayName.isEmpty());
            QVERIFY2(!p.askFor.isEmpty(), qPrintable(p.id));
            QVERIFY(!p.whereToFind.isEmpty());
            // Where there is no rule the admin is told why the token URL must be entered.
            if (p.tokenUrlRule.isEmpty())
                QVERIFY2(!p.tokenUrlNote.isEmpty(), qPrintable(p.id));
        }
        QCOMPARE(ids, (QStringList{u"aeries"_s, u"eschooldata"_s, u"follett-aspen"_s,
                                   u"infinitecampus"_s, u"powerschool"_s, u"skyward-sms2"_s,
                                   u"skyward-qmlativ"_s, u"synergy"_s, u"other"_s}));
        QCOMPARE(VendorPreset::ids(), ids);
        // The reference marks these facts as unverified or not found.
        for (const QString &id :
             {u"aeries"_s, u"eschooldata"_s, u"follett-aspen"_s, u"infinitecampus"_s,
              u"powerschool"_s, u"skyward-sms2"_s, u"skyward-qmlativ"_s, u"synergy"_s})
            QVERIFY2(!VendorPreset::find(id)->uncertain.isEmpty(), qPrintable(id));
        QVERIFY(!VendorPreset::find(u"nope"_s));
    }

    void unknownVendorNamesTheKnownOnes()
    {
        Findings findings;
        RestSourceSettings::fromJson(QJsonObject{{u"vendor"_s, u"power-school"_s}}, &findings);
        const QString lines = findings.lines().join(u'\n');
        QVERIFY2(lines.contains(u"power-school"_s) && lines.contains(u"powerschool"_s) &&
                     lines.contains(u"infinitecampus"_s) && lines.contains(u"synergy"_s),
                 qPrintable(lines));
    }

    // OneRoster 1.1 on the server address, tokens at /oauth/access_token (PowerSchool's plugin
    // OAuth) with HTTP Basic, and the page size OneRoster partners have the plugin raised to.
    void powerschoolPreset()
    {
        const VendorPreset ps = *VendorPreset::find(u"powerschool"_s);
        QCOMPARE(ps.displayName, u"PowerSchool"_s);
        QCOMPARE(ps.defaultVersion, OneRosterVersion::V1_1);
        QCOMPARE(ps.clientAuth, ClientAuthMethod::Basic);
        QVERIFY(ps.defaultScopes.isEmpty());
        QVERIFY(!ps.replayCookies);
        QCOMPARE(ps.defaultPageSize, 1000);
        QCOMPARE(ps.askFor.mid(ps.askFor.size() - 2),
                 (QStringList{u"Client ID"_s, u"Client Secret"_s}));
        QCOMPARE(ps.tokenUrlFor(u"https://district.powerschool.com/"_s),
                 u"https://district.powerschool.com/oauth/access_token"_s);
        QCOMPARE(ps.tokenUrlFor(u"https://district.powerschool.com/ims/oneroster/v1p1"_s),
                 u"https://district.powerschool.com/oauth/access_token"_s);

        const RestSourceSettings s = ps.defaults(u"https://district.powerschool.com"_s);
        QCOMPARE(s.vendor, u"powerschool"_s);
        QCOMPARE(s.pageSize, 1000);
        QCOMPARE(s.apiRoot().toString(), u"https://district.powerschool.com/ims/oneroster/v1p1"_s);
        QCOMPARE(s.tokenUrl, u"https://district.powerschool.com/oauth/access_token"_s);
        // What the public sources leave open is named where the admin reads it.
        for (const QString &word : {u"/ims/oneroster/v1p1"_s, u"1.2"_s, u"plugin"_s})
            QVERIFY2(ps.uncertain.contains(word), qPrintable(word));
    }

    // OneRoster 1.2 under /campus/api/oneroster/v1p2/<app>; the token URL names the same app.
    void infiniteCampusPreset()
    {
        const VendorPreset ic = *VendorPreset::find(u"infinitecampus"_s);
        QCOMPARE(ic.displayName, u"Infinite Campus"_s);
        QCOMPARE(ic.defaultVersion, OneRosterVersion::V1_2);
        QCOMPARE(ic.clientAuth, ClientAuthMethod::Body);
        QVERIFY(ic.defaultScopes.isEmpty());
        QCOMPARE(ic.defaultPageSize, 10000);
        QCOMPARE(ic.askFor.mid(ic.askFor.size() - 2),
                 (QStringList{u"Client ID"_s, u"Client Secret"_s}));
        const QString token = u"https://mn.infinitecampus.org/campus/oauth2/token?appName=maple"_s;
        // The Base URL as Information to Share may show it, whole or cut after /ims/oneroster.
        for (const QString &base :
             {u"https://mn.infinitecampus.org/campus/api/oneroster/v1p2/maple"_s,
              u"https://mn.infinitecampus.org/campus/api/oneroster/v1p2/maple/"_s,
              u"https://mn.infinitecampus.org/campus/api/oneroster/v1p2/maple/ims/oneroster"_s,
              u"https://mn.infinitecampus.org/campus/api/oneroster/v1p2/maple/ims/oneroster/"
              u"rostering/v1p2"_s}) {
            QCOMPARE(ic.tokenUrlFor(base), token);
            RestSourceSettings s = ic.defaults(base);
            QCOMPARE(s.tokenUrl, token);
            QCOMPARE(s.apiRoot().toString(),
                     u"https://mn.infinitecampus.org/campus/api/oneroster/v1p2/maple/ims/"
                     u"oneroster/rostering/v1p2"_s);
        }
        // The port stays; without the app name in the URL nothing is derived.
        QCOMPARE(ic.tokenUrlFor(u"http://127.0.0.1:8080/campus/api/oneroster/v1p2/x"_s),
                 u"http://127.0.0.1:8080/campus/oauth2/token?appName=x"_s);
        QVERIFY(ic.tokenUrlFor(u"https://mn.infinitecampus.org/campus"_s).isEmpty());
        QVERIFY(!ic.tokenUrlNote.isEmpty());
        for (const QString &word : {u"Base URL"_s, u"token URL"_s, u"form body"_s, u"scope"_s})
            QVERIFY2(ic.uncertain.contains(word), qPrintable(word));
        QVERIFY(ic.whereToFind.contains(u"13 months"_s));
    }

    // Little is public: 1.1, OAuth 2, and the token URL from Synergy (or Find).
    void synergyPreset()
    {
        const VendorPreset sy = *VendorPreset::find(u"synergy"_s);
        QCOMPARE(sy.displayName, u"Synergy (Edupoint)"_s);
        QCOMPARE(sy.defaultVersion, OneRosterVersion::V1_1);
        QVERIFY(sy.tokenUrlRule.isEmpty());
        QVERIFY(sy.tokenUrlFor(u"https://synergy.example.org"_s).isEmpty());
        QCOMPARE(sy.defaultPageSize, 0);
        QCOMPARE(sy.defaults().pageSize, 100);
        QCOMPARE(sy.askFor.mid(sy.askFor.size() - 2),
                 (QStringList{u"Client ID"_s, u"Client Secret"_s}));
        QVERIFY(sy.askFor.contains(u"Token URL"_s));
        for (const QString &word : {u"URL pattern"_s, u"token URL"_s, u"1.2"_s, u"page size"_s})
            QVERIFY2(sy.uncertain.contains(word), qPrintable(word));
    }

    void aeriesPreset()
    {
        const VendorPreset aeries = *VendorPreset::find(u"aeries"_s);
        QCOMPARE(aeries.defaultVersion, OneRosterVersion::V1_1);
        QVERIFY(aeries.scopeRequired);
        QVERIFY(aeries.replayCookies);
        QVERIFY(aeries.relativeHrefs);
        QCOMPARE(
            aeries.defaultScopes,
            (QStringList{u"https://purl.imsglobal.org/spec/or/v1p1/scope/roster-core.readonly"_s,
                         u"https://purl.imsglobal.org/spec/or/v1p1/scope/roster.readonly"_s}));
        QCOMPARE(aeries.tokenUrlFor(u"https://district.aeries.net/aeries/"_s),
                 u"https://district.aeries.net/aeries/token"_s);
        // The rule applies to the server root, also when the version path was pasted.
        QCOMPARE(aeries.tokenUrlFor(u"https://district.aeries.net/aeries/ims/oneroster/v1p1"_s),
                 u"https://district.aeries.net/aeries/token"_s);

        RestSourceSettings s = aeries.defaults(u"https://district.aeries.net/aeries"_s);
        QCOMPARE(s.vendor, u"aeries"_s);
        QCOMPARE(s.tokenUrl, u"https://district.aeries.net/aeries/token"_s);
        QVERIFY(s.replayCookies);
        QCOMPARE(s.version, OneRosterVersion::V1_1);
        // Overridable, and an empty token URL falls back to the rule.
        s.tokenUrl = u"https://district.aeries.net/aeries/v2/oauth/token"_s;
        QCOMPARE(s.effectiveTokenUrl(), s.tokenUrl);
        s.tokenUrl.clear();
        QCOMPARE(s.effectiveTokenUrl(), u"https://district.aeries.net/aeries/token"_s);
    }

    void vendorFillsWhatTheFileLeavesOut_data()
    {
        QTest::addColumn<QString>("vendor");
        for (const VendorPreset &p : VendorPreset::all())
            QTest::newRow(qPrintable(p.id)) << p.id;
    }
    void vendorFillsWhatTheFileLeavesOut()
    {
        QFETCH(QString, vendor);
        const VendorPreset preset = *VendorPreset::find(vendor);
        const QString base = u"https://sis.example.org/api"_s;
        Findings findings;
        const RestSourceSettings s = RestSourceSettings::fromJson(
            QJsonObject{{u"baseUrl"_s, base}, {u"vendor"_s, vendor}, {u"clientId"_s, u"id"_s}},
            &findings);
        QVERIFY2(findings.totalCount() == 0, qPrintable(findings.lines().join(u'\n')));
        QCOMPARE(s.vendor, vendor);
        QCOMPARE(s.version, preset.defaultVersion);
        QCOMPARE(s.authType, RestAuthType::OAuth2);
        QCOMPARE(s.scopes, preset.defaultScopes);
        QCOMPARE(s.clientAuth, preset.clientAuth);
        QCOMPARE(s.replayCookies, preset.replayCookies);
        QCOMPARE(s.pageSize, preset.defaultPageSize > 0 ? preset.defaultPageSize : 100);
        // Left empty, so that the rule follows the base URL wherever the file moves it.
        QVERIFY(s.tokenUrl.isEmpty());
        QCOMPARE(s.effectiveTokenUrl(), preset.tokenUrlFor(base));
        // Equal to what the wizard starts a new connection to this vendor from.
        RestSourceSettings wizard = preset.defaults(base);
        wizard.clientId = u"id"_s;
        wizard.tokenUrl.clear();
        QCOMPARE(s.toJson(), wizard.toJson());
    }

    void aeriesFileWithoutScopesOrCookies()
    {
        Findings findings;
        const RestSourceSettings s = RestSourceSettings::fromJson(
            QJsonObject{{u"baseUrl"_s, u"https://district.aeries.net/aeries"_s},
                        {u"vendor"_s, u"aeries"_s},
                        {u"clientId"_s, u"consumer"_s}},
            &findings);
        QVERIFY(s.validate(&findings));
        QCOMPARE(findings.totalCount(), 0);
        QCOMPARE(s.version, OneRosterVersion::V1_1);
        QCOMPARE(s.apiRoot().toString(),
                 u"https://district.aeries.net/aeries/ims/oneroster/v1p1"_s);
        QCOMPARE(
            s.scopes,
            (QStringList{u"https://purl.imsglobal.org/spec/or/v1p1/scope/roster-core.readonly"_s,
                         u"https://purl.imsglobal.org/spec/or/v1p1/scope/roster.readonly"_s}));
        QVERIFY(s.replayCookies);
        QCOMPARE(s.effectiveTokenUrl(), u"https://district.aeries.net/aeries/token"_s);
    }

    void explicitValuesWinOverThePreset_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QJsonValue>("value");
        QTest::newRow("scopes empty list") << u"scopes"_s << QJsonValue(QJsonArray());
        QTest::newRow("scopes empty text") << u"scopes"_s << QJsonValue(u""_s);
        QTest::newRow("scopes other") << u"scopes"_s << QJsonValue(u"a b"_s);
        QTest::newRow("replayCookies false") << u"replayCookies"_s << QJsonValue(false);
        QTest::newRow("version 1.2") << u"version"_s << QJsonValue(u"1.2"_s);
        QTest::newRow("tokenUrl") << u"tokenUrl"_s
                                  << QJsonValue(u"https://district.aeries.net/v2/oauth/token"_s);
        QTest::newRow("clientAuthentication body")
            << u"clientAuthentication"_s << QJsonValue(u"body"_s);
        QTest::newRow("authType oauth1") << u"authType"_s << QJsonValue(u"oauth1"_s);
    }
    void explicitValuesWinOverThePreset()
    {
        QFETCH(QString, key);
        QFETCH(QJsonValue, value);
        const VendorPreset aeries = *VendorPreset::find(u"aeries"_s);
        const QJsonObject json{{u"baseUrl"_s, u"https://district.aeries.net/aeries"_s},
                               {u"vendor"_s, u"aeries"_s},
                               {key, value}};
        Findings findings;
        const RestSourceSettings s = RestSourceSettings::fromJson(json, &findings);
        QVERIFY2(findings.totalCount() == 0, qPrintable(findings.lines().join(u'\n')));

        // The key given is read as written; every other one is the preset's.
        Findings plainFindings;
        const RestSourceSettings plain = RestSourceSettings::fromJson(
            QJsonObject{{key, value}, {u"vendor"_s, u"other"_s}}, &plainFindings);
        const QJsonObject got = s.toJson();
        QCOMPARE(got.value(key), plain.toJson().value(key));
        QJsonObject expected = aeries.defaults().toJson();
        expected.insert(u"baseUrl"_s, json.value(u"baseUrl"_s));
        expected.insert(key, got.value(key));
        QCOMPARE(got, expected);
    }

    void presetValuesSurviveTheRoundTrip()
    {
        Findings findings;
        const RestSourceSettings s = RestSourceSettings::fromJson(
            QJsonObject{{u"baseUrl"_s, u"https://district.aeries.net/aeries"_s},
                        {u"vendor"_s, u"aeries"_s},
                        {u"clientId"_s, u"consumer"_s},
                        {u"replayCookies"_s, false}},
            &findings);
        QVERIFY(!s.scopes.isEmpty());
        QVERIFY(!s.replayCookies);
        const QJsonObject json = s.toJson();
        const QJsonObject reread = QJsonDocument::fromJson(QJsonDocument(json).toJson()).object();
        const RestSourceSettings t = RestSourceSettings::fromJson(reread, &findings);
        QCOMPARE(findings.totalCount(), 0);
        QCOMPARE(t.toJson(), json);
        QCOMPARE(t.scopes, s.scopes);
        QCOMPARE(t.replayCookies, false);
        QCOMPARE(t.version, OneRosterVersion::V1_1);
        QCOMPARE(t.effectiveTokenUrl(), s.effectiveTokenUrl());
    }

    void profileTakesThePresetToo()
    {
        const QJsonObject json{
            {u"schemaVersion"_s, 2},
            {u"name"_s, u"Aeries"_s},
            {u"source"_s,
             QJsonObject{{u"kind"_s, u"rest"_s},
                         {u"rest"_s, QJsonObject{{u"baseUrl"_s, u"https://d.aeries.net/aeries"_s},
                                                 {u"vendor"_s, u"aeries"_s},
                                                 {u"clientId"_s, u"consumer"_s},
                                                 {u"scopes"_s, u"custom"_s}}}}}};
        Findings findings;
        const Profile p = Profile::fromJson(json, &findings, u"aeries.json"_s);
        for (const Finding &f : findings.kept())
            QVERIFY2(!f.field.startsWith(u"source"_s), qPrintable(findings.lines().join(u'\n')));
        const RestSourceSettings &s = p.source.rest;
        QCOMPARE(s.version, OneRosterVersion::V1_1);
        QVERIFY(s.replayCookies);
        QCOMPARE(s.scopes, QStringList{u"custom"_s});
        QCOMPARE(s.effectiveTokenUrl(), u"https://d.aeries.net/aeries/token"_s);
    }

    void otherPresetHasNoTokenRule()
    {
        const VendorPreset other = *VendorPreset::find(u"other"_s);
        QVERIFY(other.tokenUrlRule.isEmpty());
        QVERIFY(other.tokenUrlFor(u"https://sis.example.org"_s).isEmpty());
        QVERIFY(other.uncertain.isEmpty());
        // The Claris "Other" dialog's fields are all asked for.
        QVERIFY(other.askFor.size() >= 14);
    }
};

QTEST_GUILESS_MAIN(TestRestSettings)
#include "tst_restsettings.moc"
