#include "RestSourceSettings.h"

#include "common/JsonSettingsReader.h"

#include "VendorPreset.h"

#include <QHostAddress>
#include <QJsonArray>
#include <QRegularExpression>

#include <optional>

using namespace Qt::StringLiterals;

namespace rb {

namespace {

const QStringList kSecretKeys = {u"clientSecret"_s, u"client_secret"_s, u"secret"_s,
                                 u"password"_s,     u"accessToken"_s,   u"refreshToken"_s};

QJsonObject fieldsToJson(const RestFields &fields)
{
    QJsonObject o;
    for (const auto &[name, value] : fields)
        o.insert(name, value);
    return o;
}

} // namespace

QString restAuthTypeName(RestAuthType type)
{
    switch (type) {
    case RestAuthType::OAuth1:
        return u"oauth1"_s;
    case RestAuthType::None:
        return u"none"_s;
    case RestAuthType::OAuth2:
        break;
    }
    return u"oauth2"_s;
}

QString RestSourceSettings::versionPath(OneRosterVersion version)
{
    return version == OneRosterVersion::V1_2 ? u"/ims/oneroster/rostering/v1p2"_s
                                             : u"/ims/oneroster/v1p1"_s;
}

namespace {
// Where some SIS stop the base URL they show (Infinite Campus, in public examples).
const QString kImsOneRoster = u"/ims/oneroster"_s;
} // namespace

QString RestSourceSettings::serverRoot(const QString &baseUrl)
{
    QString base = baseUrl.trimmed();
    while (base.endsWith(u'/'))
        base.chop(1);
    for (const OneRosterVersion v : {OneRosterVersion::V1_1, OneRosterVersion::V1_2}) {
        if (base.endsWith(versionPath(v))) {
            base.chop(versionPath(v).size());
            return base;
        }
    }
    if (base.endsWith(kImsOneRoster))
        base.chop(kImsOneRoster.size());
    return base;
}

QUrl RestSourceSettings::apiRoot() const
{
    QString base = baseUrl.trimmed();
    while (base.endsWith(u'/'))
        base.chop(1);
    const QString path = versionPath(version);
    if (base.endsWith(path))
        return QUrl(base, QUrl::StrictMode);
    if (base.endsWith(kImsOneRoster))
        base.chop(kImsOneRoster.size());
    return QUrl(base + path, QUrl::StrictMode);
}

QString RestSourceSettings::effectiveTokenUrl() const
{
    if (!tokenUrl.trimmed().isEmpty())
        return tokenUrl.trimmed();
    const std::optional<VendorPreset> preset = VendorPreset::find(vendor);
    return preset ? preset->tokenUrlFor(baseUrl) : QString();
}

bool RestSourceSettings::isLoopbackHost(const QString &host)
{
    if (host.compare(u"localhost"_s, Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

bool RestSourceSettings::transportAllowed(const QUrl &url) const
{
    if (url.scheme().compare(u"http"_s, Qt::CaseInsensitive) != 0)
        return true;
    return allowUnencryptedHttp || isLoopbackHost(url.host());
}

QString RestSourceSettings::unencryptedRefusal(const QUrl &url)
{
    QUrl shown = url.adjusted(QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemoveFragment);
    return tr("%1 is not encrypted (http://): the client secret and the student data would "
              "travel in the clear; use https://, or set \"allowUnencryptedHttp\": true to "
              "accept that")
        .arg(shown.toString());
}

QJsonObject RestSourceSettings::toJson() const
{
    QJsonObject o;
    o.insert(u"baseUrl"_s, baseUrl);
    o.insert(u"version"_s, oneRosterVersionName(version));
    o.insert(u"vendor"_s, vendor);
    o.insert(u"authType"_s, restAuthTypeName(authType));
    o.insert(u"oauth1SignatureMethod"_s,
             oauth1Method == OAuth1SignatureMethod::HmacSha1 ? u"HMAC-SHA1"_s : u"HMAC-SHA256"_s);
    o.insert(u"tokenUrl"_s, tokenUrl);
    o.insert(u"clientId"_s, clientId);
    o.insert(u"scopes"_s, QJsonArray::fromStringList(scopes));
    o.insert(u"clientAuthentication"_s,
             clientAuth == ClientAuthMethod::Body ? u"body"_s : u"basic"_s);
    o.insert(u"tokenHeaders"_s, fieldsToJson(tokenHeaders));
    o.insert(u"grantType"_s, grantType);
    o.insert(u"tokenForm"_s, fieldsToJson(tokenForm));
    o.insert(u"refreshHeaders"_s, fieldsToJson(refreshHeaders));
    o.insert(u"refreshScope"_s, QJsonArray::fromStringList(refreshScope));
    o.insert(u"refreshGrantType"_s, refreshGrantType);
    o.insert(u"refreshForm"_s, fieldsToJson(refreshForm));
    o.insert(u"requestHeaders"_s, fieldsToJson(requestHeaders));
    o.insert(u"pageSize"_s, pageSize);
    o.insert(u"maxInFlight"_s, maxInFlight);
    o.insert(u"requestTimeoutMs"_s, requestTimeoutMs);
    o.insert(u"maxRetries"_s, maxRetries);
    o.insert(u"retryBaseDelayMs"_s, retryBaseDelayMs);
    o.insert(u"retryMaxDelayMs"_s, retryMaxDelayMs);
    o.insert(u"caCertificateFile"_s, caCertificateFile);
    o.insert(u"replayCookies"_s, replayCookies);
    o.insert(u"saveBodiesBytes"_s, saveBodiesBytes);
    o.insert(u"allowUnencryptedHttp"_s, allowUnencryptedHttp);
    return o;
}

RestSourceSettings RestSourceSettings::fromJson(const QJsonObject &json, Findings *findings,
                                                const QString &file)
{
    RestSourceSettings s;
    const JsonSettingsReader r(json, findings, file);
    static const QStringList known = {u"baseUrl"_s,
                                      u"version"_s,
                                      u"vendor"_s,
                                      u"authType"_s,
                                      u"oauth1SignatureMethod"_s,
                                      u"tokenUrl"_s,
                                      u"clientId"_s,
                                      u"scopes"_s,
                                      u"clientAuthentication"_s,
                                      u"tokenHeaders"_s,
                                      u"grantType"_s,
                                      u"tokenForm"_s,
                                      u"refreshHeaders"_s,
                                      u"refreshScope"_s,
                                      u"refreshGrantType"_s,
                                      u"refreshForm"_s,
                                      u"requestHeaders"_s,
                                      u"pageSize"_s,
                                      u"maxInFlight"_s,
                                      u"requestTimeoutMs"_s,
                                      u"maxRetries"_s,
                                      u"retryBaseDelayMs"_s,
                                      u"retryMaxDelayMs"_s,
                                      u"caCertificateFile"_s,
                                      u"replayCookies"_s,
                                      u"saveBodiesBytes"_s,
                                      u"allowUnencryptedHttp"_s};
    r.checkKeys(known, kSecretKeys);

    // The named vendor's preset comes first: a key the file leaves out keeps the preset's
    // value, and a key it gives (even an empty list or false) replaces it.
    QString vendor;
    r.readString(u"vendor"_s, &vendor);
    if (vendor.isEmpty())
        vendor = u"other"_s;
    if (const std::optional<VendorPreset> preset = VendorPreset::find(vendor))
        preset->applyDefaults(&s);
    else
        r.bad(u"vendor"_s, tr("\"%1\" is not a known vendor preset; use one of: %2")
                               .arg(vendor, VendorPreset::ids().join(u", "_s)));
    s.vendor = vendor;

    r.readString(u"baseUrl"_s, &s.baseUrl);
    QString text;
    r.readString(u"version"_s, &text);
    if (text == u"1.1")
        s.version = OneRosterVersion::V1_1;
    else if (text == u"1.2")
        s.version = OneRosterVersion::V1_2;
    else if (!text.isEmpty())
        r.bad(u"version"_s, tr("\"%1\" is not a OneRoster version; use 1.1 or 1.2").arg(text));

    text.clear();
    r.readString(u"authType"_s, &text);
    if (text == u"oauth2")
        s.authType = RestAuthType::OAuth2;
    else if (text == u"oauth1")
        s.authType = RestAuthType::OAuth1;
    else if (text == u"none")
        s.authType = RestAuthType::None;
    else if (!text.isEmpty())
        r.bad(u"authType"_s, tr("\"%1\" is not an authentication type; use oauth2, oauth1 or "
                                "none")
                                 .arg(text));

    text.clear();
    r.readString(u"oauth1SignatureMethod"_s, &text);
    if (text.compare(u"HMAC-SHA1"_s, Qt::CaseInsensitive) == 0)
        s.oauth1Method = OAuth1SignatureMethod::HmacSha1;
    else if (text.compare(u"HMAC-SHA256"_s, Qt::CaseInsensitive) == 0)
        s.oauth1Method = OAuth1SignatureMethod::HmacSha256;
    else if (!text.isEmpty())
        r.bad(u"oauth1SignatureMethod"_s,
              tr("\"%1\" is not a signature method; use HMAC-SHA256 or HMAC-SHA1").arg(text));

    r.readString(u"tokenUrl"_s, &s.tokenUrl);
    r.readString(u"clientId"_s, &s.clientId);
    r.readWords(u"scopes"_s, &s.scopes);

    text.clear();
    r.readString(u"clientAuthentication"_s, &text);
    if (text == u"body")
        s.clientAuth = ClientAuthMethod::Body;
    else if (text == u"basic")
        s.clientAuth = ClientAuthMethod::Basic;
    else if (!text.isEmpty())
        r.bad(u"clientAuthentication"_s,
              tr("\"%1\" is not a client authentication; use basic or body").arg(text));

    r.readFields(u"tokenHeaders"_s, &s.tokenHeaders);
    r.readString(u"grantType"_s, &s.grantType);
    if (s.grantType.isEmpty())
        s.grantType = u"client_credentials"_s;
    r.readFields(u"tokenForm"_s, &s.tokenForm);
    r.readFields(u"refreshHeaders"_s, &s.refreshHeaders);
    r.readWords(u"refreshScope"_s, &s.refreshScope);
    r.readString(u"refreshGrantType"_s, &s.refreshGrantType);
    if (s.refreshGrantType.isEmpty())
        s.refreshGrantType = u"refresh_token"_s;
    r.readFields(u"refreshForm"_s, &s.refreshForm);
    r.readFields(u"requestHeaders"_s, &s.requestHeaders);

    r.readInt(u"pageSize"_s, 1, 100000, &s.pageSize);
    r.readInt(u"maxInFlight"_s, 1, 16, &s.maxInFlight);
    r.readInt(u"requestTimeoutMs"_s, 100, 3600000, &s.requestTimeoutMs);
    r.readInt(u"maxRetries"_s, 0, 20, &s.maxRetries);
    r.readInt(u"retryBaseDelayMs"_s, 0, 600000, &s.retryBaseDelayMs);
    r.readInt(u"retryMaxDelayMs"_s, 0, 3600000, &s.retryMaxDelayMs);
    r.readString(u"caCertificateFile"_s, &s.caCertificateFile);
    r.readBool(u"replayCookies"_s, &s.replayCookies);
    r.readInt(u"saveBodiesBytes"_s, 0, 16 * 1024 * 1024, &s.saveBodiesBytes);
    r.readBool(u"allowUnencryptedHttp"_s, &s.allowUnencryptedHttp);
    return s;
}

bool RestSourceSettings::validate(Findings *findings, const QString &file) const
{
    const qint64 before = findings->errorCount();
    auto bad = [&](const QString &key, const QString &message) {
        findings->error(file, 0, key, message, u"settings.invalid"_s);
    };
    auto checkUrl = [&](const QString &key, const QString &value) {
        const QUrl url(value, QUrl::StrictMode);
        if (!url.isValid() || url.host().isEmpty() ||
            (url.scheme() != u"https" && url.scheme() != u"http"))
            bad(key, tr("\"%1\" is not an http or https URL").arg(value));
        else if (!transportAllowed(url))
            bad(key, unencryptedRefusal(url));
    };
    if (baseUrl.isEmpty())
        bad(u"baseUrl"_s, tr("the OneRoster API URL is required"));
    else
        checkUrl(u"baseUrl"_s, baseUrl);
    if (authType != RestAuthType::None && clientId.isEmpty())
        bad(u"clientId"_s, tr("the client ID is required"));
    if (authType == RestAuthType::OAuth2) {
        const QString token = effectiveTokenUrl();
        if (token.isEmpty())
            bad(u"tokenUrl"_s, tr("the token URL is required; the SIS vendor or the district's "
                                  "SIS administrator can give it"));
        else
            checkUrl(u"tokenUrl"_s, token);
    }
    if (version == OneRosterVersion::V1_2 && authType == RestAuthType::OAuth1)
        findings->warning(file, 0, u"authType"_s,
                          tr("OneRoster 1.2 uses OAuth 2 only; OAuth 1 signing is kept for "
                             "servers that still accept it"),
                          u"settings.oauth1"_s);
    if (pageSize < 1)
        bad(u"pageSize"_s, tr("must be at least 1"));
    if (maxInFlight < 1)
        bad(u"maxInFlight"_s, tr("must be at least 1"));
    return findings->errorCount() == before;
}

} // namespace rb
