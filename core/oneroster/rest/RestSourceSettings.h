#pragma once

#include "common/Findings.h"
#include "oneroster/OneRosterSource.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <utility>

namespace rb {

enum class RestAuthType { OAuth2, OAuth1, None };
// RFC 6749 2.3.1: HTTP Basic (preferred) or client_id/client_secret in the form body.
enum class ClientAuthMethod { Basic, Body };
enum class OAuth1SignatureMethod { HmacSha256, HmacSha1 };

// Name/value pairs in the order given: extra headers and form fields. Values may hold the
// placeholders {client_id} {client_secret} {scope} {refresh_token}, filled in when sent.
using RestFields = QList<std::pair<QString, QString>>;

// The one secret a connection needs. Kept apart from the settings so that settings can be
// saved, shown and logged; it is passed by value and never written anywhere.
struct RestSecrets
{
    QString clientSecret;
};

// How to reach a district's OneRoster REST server. Saved as JSON (no secrets in it).
struct RestSourceSettings
{
    Q_DECLARE_TR_FUNCTIONS(rb::RestSourceSettings)
public:
    // The server root; the version path is appended unless the URL already ends with it.
    QString baseUrl;
    OneRosterVersion version = OneRosterVersion::V1_2;
    // A VendorPreset id; "other" when the admin entered everything.
    QString vendor = QStringLiteral("other");
    RestAuthType authType = RestAuthType::OAuth2;
    OAuth1SignatureMethod oauth1Method = OAuth1SignatureMethod::HmacSha256;

    // OAuth 2 client credentials.
    QString tokenUrl;
    QString clientId;
    QStringList scopes;
    ClientAuthMethod clientAuth = ClientAuthMethod::Basic;
    RestFields tokenHeaders;
    QString grantType = QStringLiteral("client_credentials");
    // Extra or replacing form fields; an empty value removes a default field.
    RestFields tokenForm;
    // Used when a token response carries a refresh_token.
    RestFields refreshHeaders;
    QStringList refreshScope;
    QString refreshGrantType = QStringLiteral("refresh_token");
    RestFields refreshForm;

    // Added to every API call.
    RestFields requestHeaders;

    int pageSize = 100;
    int maxInFlight = 1;
    int requestTimeoutMs = 60000;
    int maxRetries = 5;
    // First retry waits up to this long; each further one doubles it (full jitter), capped.
    int retryBaseDelayMs = 1000;
    int retryMaxDelayMs = 60000;
    // A PEM file with one more trusted CA (a district's own); the system CAs stay trusted.
    QString caCertificateFile;
    // Replay cookies set by the token response (load balancer affinity, Aeries).
    bool replayCookies = false;
    // Bytes of each request and response body kept in the run history; 0 keeps none.
    int saveBodiesBytes = 64 * 1024;
    // http:// API and token URLs that are not loopback addresses are refused unless this is
    // set: the client secret, the tokens and the student data would travel unencrypted.
    bool allowUnencryptedHttp = false;

    // baseUrl with the version path: ".../ims/oneroster/v1p1" or
    // ".../ims/oneroster/rostering/v1p2". A base URL that stops at ".../ims/oneroster" gets
    // only the rest of the path.
    QUrl apiRoot() const;
    static QString versionPath(OneRosterVersion version);
    // A base URL without trailing slashes and without the version path (or a bare
    // "/ims/oneroster"): the root the version path and the presets' token rules start from.
    static QString serverRoot(const QString &baseUrl);
    // The token URL: as entered, else the vendor preset's rule applied to baseUrl.
    QString effectiveTokenUrl() const;
    // False for an http:// URL to a host other than a loopback address, unless
    // allowUnencryptedHttp; true for every other URL.
    bool transportAllowed(const QUrl &url) const;
    // The refusal for a URL that transportAllowed() rejects, naming it.
    static QString unencryptedRefusal(const QUrl &url);
    static bool isLoopbackHost(const QString &host);

    QJsonObject toJson() const;
    // Reads what it can; unknown keys are warnings, bad values errors naming the key (field)
    // at `file`. Secrets found in the JSON are ignored with a warning. A key left out (or null)
    // takes the value of the preset named by "vendor" (VendorPreset::applyDefaults), else the
    // default above; a key given always wins.
    static RestSourceSettings fromJson(const QJsonObject &json, Findings *findings,
                                       const QString &file = QStringLiteral("settings"));
    // Checks that a run can start (URLs, client id, ranges). Adds errors; false when any.
    bool validate(Findings *findings, const QString &file = QStringLiteral("settings")) const;
};

QString restAuthTypeName(RestAuthType type);

} // namespace rb
