#include "VendorPreset.h"

#include <QRegularExpression>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace rb {

namespace {
const QString kScope11 = u"https://purl.imsglobal.org/spec/or/v1p1/scope/"_s;
const QString kScope12 = u"https://purl.imsglobal.org/spec/or/v1p2/scope/"_s;
} // namespace

QString VendorPreset::tokenUrlFor(const QString &baseUrl) const
{
    if (tokenUrlRule.isEmpty() || baseUrl.trimmed().isEmpty())
        return {};
    // The rule is relative to the server root, not to the version path.
    const QString base = RestSourceSettings::serverRoot(baseUrl);
    QString url = tokenUrlRule;
    if (url.contains(u"{origin}"_s)) {
        const QUrl parsed(base);
        if (!parsed.isValid() || parsed.host().isEmpty())
            return {};
        url.replace(u"{origin}"_s, parsed
                                       .adjusted(QUrl::RemoveUserInfo | QUrl::RemovePath |
                                                 QUrl::RemoveQuery | QUrl::RemoveFragment)
                                       .toString());
    }
    if (url.contains(u"{appName}"_s)) {
        // Infinite Campus names the district's app in the API path and wants it again on the
        // token request.
        static const QRegularExpression appName(u"/campus/api/oneroster/v1p[12]/([^/?#]+)"_s);
        const QRegularExpressionMatch m = appName.match(base);
        if (!m.hasMatch())
            return {};
        url.replace(u"{appName}"_s, m.captured(1));
    }
    return url.replace(u"{base}"_s, base);
}

void VendorPreset::applyDefaults(RestSourceSettings *settings) const
{
    settings->vendor = id;
    settings->version = defaultVersion;
    settings->authType = RestAuthType::OAuth2;
    settings->scopes = defaultScopes;
    settings->clientAuth = clientAuth;
    settings->replayCookies = replayCookies;
    if (defaultPageSize > 0)
        settings->pageSize = defaultPageSize;
}

RestSourceSettings VendorPreset::defaults(const QString &baseUrl) const
{
    RestSourceSettings s;
    applyDefaults(&s);
    s.baseUrl = baseUrl;
    s.tokenUrl = tokenUrlFor(baseUrl);
    return s;
}

QList<VendorPreset> VendorPreset::all()
{
    QList<VendorPreset> out;
    const QString noTokenRule = tr("The token URL cannot be derived from the API URL for this "
                                   "SIS; enter the one the vendor or the district's SIS "
                                   "administrator gives.");
    {
        VendorPreset p;
        p.id = u"aeries"_s;
        p.displayName = u"Aeries"_s;
        p.askFor = {tr("Aeries base URL (public HTTPS, with its sub-folder, e.g. "
                       "https://district.aeries.net/aeries; hosted districts: "
                       "https://{district}api.aeries.net/admin)"),
                    tr("Consumer ID"), tr("Consumer Secret Key")};
        p.whereToFind = tr("Aeries: Security > API Security: add RosterBridge, tick OneRoster, "
                           "grant read permissions (Student Data, Schools, Terms, Teacher Data, "
                           "Master Schedule, Course Data, Classes), then \"Display Consumer ID & "
                           "Secret Keys\". OneRoster must be enabled under District School "
                           "Options.");
        p.defaultVersion = OneRosterVersion::V1_1;
        p.tokenUrlRule = u"{base}/token"_s;
        p.tokenUrlNote = tr("Aeries issues tokens at the base URL followed by /token (older "
                            "versions used /v2/oauth/token).");
        // roster-core alone has been reported to be refused on /enrollments; roster.readonly
        // fixes it.
        p.defaultScopes = {kScope11 + u"roster-core.readonly"_s, kScope11 + u"roster.readonly"_s};
        p.scopeRequired = true;
        p.replayCookies = true;
        p.relativeHrefs = true;
        p.quirks = {tr("At least one scope must be sent with the token request."),
                    tr("Cookies from the token response (load-balancer affinity) are replayed "
                       "on every call."),
                    tr("Links (href) are relative, e.g. ~/ims/oneroster/v1p1/orgs/894; "
                       "RosterBridge reads references by sourcedId only."),
                    tr("Tokens last 6 hours; students without a current enrollment are left "
                       "out by Aeries.")};
        p.uncertain = tr("Reported but not confirmed: the roster-core scope alone may be refused "
                         "on /enrollments, so roster.readonly is requested as well. The largest "
                         "page size Aeries allows is not published.");
        out.append(p);
    }
    {
        VendorPreset p;
        p.id = u"eschooldata"_s;
        p.displayName = u"eSchoolData"_s;
        p.askFor = {tr("OneRoster API URL (from your eSchoolData representative)"), tr("Token URL"),
                    tr("Client ID"), tr("Client Secret")};
        p.whereToFind = tr("eSchoolData admin console: Configuration > Create New Vendor gives "
                           "the Client ID and Client Secret (Show Secret). Grant the vendor all "
                           "data marked \"OneRoster\".");
        p.tokenUrlNote = noTokenRule;
        p.defaultScopes = {kScope12 + u"roster-core.readonly"_s};
        p.uncertain = tr("Not found in public sources: the OneRoster version eSchoolData serves, "
                         "its URL pattern and its token URL. Confirm them with eSchoolData.");
        out.append(p);
    }
    {
        VendorPreset p;
        p.id = u"follett-aspen"_s;
        p.displayName = u"Follett Aspen"_s;
        p.askFor = {tr("Aspen domain URL (from the district IT administrator)"), tr("Token URL"),
                    tr("Client Identifier"), tr("Client Secret Key")};
        p.whereToFind = tr("Aspen: Admin > Security > OAuth Access > Options > Add: Enable "
                           "Access, Client Identifier, User (role \"Administrator, System\"), "
                           "Client Secret Key. The secret is shown only once: copy it then.");
        p.tokenUrlNote = noTokenRule;
        p.defaultScopes = {kScope12 + u"roster-core.readonly"_s};
        p.uncertain = tr("Not found in public sources: the OneRoster version, the OneRoster URL "
                         "pattern and the token URL. Aspen's own REST API takes tokens at "
                         "{aspen-url}/oauth/rest/v2.0/auth, but whether OneRoster uses it is "
                         "unconfirmed.");
        out.append(p);
    }
    {
        // Sources: Infinite Campus' own pages (kb.infinitecampus.com: Digital Learning
        // Applications Configuration, OneRoster API consumer guidelines, OneRoster migration
        // instructions; content.infinitecampus.com: OneRoster Provisioning), third-party setup
        // guides (GG4L, SchoolDay, Manage1to1) and public client code; see docs/rest-source.md.
        VendorPreset p;
        p.id = u"infinitecampus"_s;
        p.displayName = u"Infinite Campus"_s;
        p.askFor = {tr("Base URL, as Infinite Campus shows it under Information to Share (e.g. "
                       "https://district.infinitecampus.org/campus/api/oneroster/v1p2/district/"
                       "ims/oneroster/rostering/v1p2)"),
                    tr("Client ID"), tr("Client Secret")};
        p.whereToFind = tr("Infinite Campus: Digital Learning Applications Configuration "
                           "(formerly System Administration > Learning Interoperability): Add "
                           "Application, Connect to Other Applications, name it RosterBridge, "
                           "Generate New OneRoster Connection, choose OneRoster 1.2 (or 1.1 "
                           "with OAuth 2.0), pick the schools, leave the status Active and save. "
                           "Information to Share then shows the Base URL, Token URL, Client ID "
                           "and Client Secret (older Campus versions: Consumer Key and Consumer "
                           "Secret). The credentials stop working on their Token Expiration "
                           "Date, at most 13 months ahead: renew them before then.");
        p.tokenUrlRule = u"{origin}/campus/oauth2/token?appName={appName}"_s;
        p.tokenUrlNote = tr("Infinite Campus issues tokens at /campus/oauth2/token?appName=… on "
                            "the API's server; the app name is read from the Base URL. "
                            "Information to Share shows the exact Token URL.");
        // Public clients send the client ID and secret in the form body.
        p.clientAuth = ClientAuthMethod::Body;
        // Campus allows 50,000 records a page since Campus.1645 and 10,000 before; its
        // guidelines ask for large pages. 10,000 suits every version and the settings' range.
        p.defaultPageSize = 10000;
        p.quirks = {tr("Infinite Campus asks for one request at a time during the district's "
                       "peak hours and at most five off-peak; RosterBridge sends one at a "
                       "time."),
                    tr("Pages of up to 50,000 records are allowed (10,000 before Campus.1645)."),
                    tr("OAuth 1.0a connections were switched off with Campus.2431."),
                    tr("A new OneRoster 1.2 connection gives people new sourcedIds; the first "
                       "run after switching versions changes everyone.")};
        p.uncertain = tr("From third-party guides and public code rather than Infinite Campus' "
                         "own pages: the Base URL shape (…/campus/api/oneroster/v1p2/<app>/ims/"
                         "oneroster/rostering/v1p2), the token URL rule, the credentials sent "
                         "in the form body, and that no scope is needed. The 1.1 Base URL of "
                         "OAuth 2 connections was not found.");
        out.append(p);
    }
    {
        // Sources: PowerSchool's plugin OAuth (PowerSchool developer site, public clients) and
        // OneRoster partners' setup guides (ClassLink, Instructure); see docs/rest-source.md.
        VendorPreset p;
        p.id = u"powerschool"_s;
        p.displayName = u"PowerSchool"_s;
        p.askFor = {tr("PowerSchool server address (the one staff sign in to, e.g. "
                       "https://district.powerschool.com)"),
                    tr("Client ID"), tr("Client Secret")};
        p.whereToFind = tr("PowerSchool: System > System Settings > Plugin Management "
                           "Configuration: install and enable a plugin that grants OneRoster "
                           "access, click its name, then Data Configuration: the OAuth "
                           "Credentials show the Client ID and Client Secret. Raise the "
                           "plugin's page size limit (Maximum Page Size) to 1000 there.");
        p.defaultVersion = OneRosterVersion::V1_1;
        p.tokenUrlRule = u"{base}/oauth/access_token"_s;
        p.tokenUrlNote = tr("PowerSchool issues plugin tokens at the server address followed "
                            "by /oauth/access_token.");
        // OneRoster partners have the plugin's page size raised to 1000; a lower cap is read
        // at the cap.
        p.defaultPageSize = 1000;
        p.quirks = {tr("Each plugin has its own page size limit, set in Data Configuration; "
                       "OneRoster partners ask for 1000."),
                    tr("A first full sync of a large district can take hours.")};
        p.uncertain = tr("Not confirmed by PowerSchool's own pages: the OneRoster path "
                         "(/ims/oneroster/v1p1 on the server address, as third-party tools use "
                         "it), that OneRoster takes the plugin token URL, whether OneRoster 1.2 "
                         "is served, and which plugin file turns OneRoster access on: "
                         "RosterBridge ships none; ask PowerSchool or the district's PowerSchool "
                         "administrator.");
        out.append(p);
    }
    {
        VendorPreset p;
        p.id = u"skyward-sms2"_s;
        p.displayName = u"Skyward SMS 2.0"_s;
        p.askFor = {tr("OneRoster API URL"), tr("Token URL"), tr("Key"), tr("Secret")};
        p.whereToFind = tr("Skyward: Product Setup > Skyward Contact Access > District Setup > "
                           "Configuration > API Configuration shows the OneRoster API URL. The "
                           "Key and Secret belong to a Secured User: Security > Secured User > "
                           "Add (Organization), select it, API, Generate a New Secret.");
        p.tokenUrlNote = noTokenRule;
        p.defaultScopes = {kScope12 + u"roster-core.readonly"_s};
        p.uncertain = tr("Unconfirmed: which OneRoster version SMS 2.0 serves (sources disagree "
                         "between 1.1 and 1.2) and its token URL (one unverified source gives "
                         ".../wsisaapi.dll/<DISTRICT>/oauth2/token). Check with Skyward.");
        out.append(p);
    }
    {
        VendorPreset p;
        p.id = u"skyward-qmlativ"_s;
        p.displayName = u"Skyward Qmlativ"_s;
        p.askFor = {tr("OneRoster API URL"), tr("Token URL"), tr("Key"), tr("Secret")};
        p.whereToFind = tr("Qmlativ: the API URL and the Key and Secret of a Secured User, as "
                           "for SMS 2.0. Qmlativ's \"Generic\" API keys are not OneRoster keys.");
        p.tokenUrlNote = noTokenRule;
        p.defaultScopes = {kScope12 + u"roster-core.readonly"_s};
        p.uncertain = tr("Not found in public sources: the OneRoster version and the token URL "
                         "for Qmlativ.");
        out.append(p);
    }
    {
        // Sources: Edlink's Synergy pages and Instructure's Synergy integration overview; see
        // docs/rest-source.md.
        VendorPreset p;
        p.id = u"synergy"_s;
        p.displayName = u"Synergy (Edupoint)"_s;
        p.askFor = {tr("OneRoster API URL (from Synergy or Edupoint)"), tr("Token URL"),
                    tr("Client ID"), tr("Client Secret")};
        p.whereToFind = tr("Synergy: a Synergy administrator generates a OneRoster Client ID "
                           "and Client Secret for RosterBridge, together with the OneRoster API "
                           "URL and the token endpoint; OneRoster may need a license from "
                           "Edupoint first. Choose OAuth 2.0 where Synergy offers it (OAuth 1.0 "
                           "is deprecated).");
        p.defaultVersion = OneRosterVersion::V1_1;
        p.tokenUrlNote = noTokenRule;
        p.defaultScopes = {kScope11 + u"roster-core.readonly"_s};
        p.uncertain = tr("Not found in public sources: where in Synergy the credentials are "
                         "made, the OneRoster URL pattern, the token URL, the scopes, whether "
                         "OneRoster 1.2 is served (a 2019 guide names 1.1) and the largest "
                         "page size. Confirm them with Edupoint.");
        out.append(p);
    }
    {
        VendorPreset p;
        p.id = u"other"_s;
        p.displayName = tr("Other");
        p.askFor = {tr("OneRoster API URL"),
                    tr("Client ID"),
                    tr("Client secret"),
                    tr("SIS name"),
                    tr("Token URL"),
                    tr("Headers (optional)"),
                    tr("Scope (optional)"),
                    tr("Grant type (optional)"),
                    tr("Form (optional)"),
                    tr("Request headers (optional)"),
                    tr("Refresh headers (optional)"),
                    tr("Refresh scope (optional)"),
                    tr("Refresh grant type (optional)"),
                    tr("Refresh form (optional)")};
        p.whereToFind = tr("Ask the SIS vendor for the OneRoster API URL, the token URL and a "
                           "client ID and secret with read access to rostering data.");
        p.tokenUrlNote = noTokenRule;
        out.append(p);
    }
    return out;
}

QStringList VendorPreset::ids()
{
    QStringList out;
    const QList<VendorPreset> presets = all();
    for (const VendorPreset &p : presets)
        out.append(p.id);
    return out;
}

std::optional<VendorPreset> VendorPreset::find(const QString &id)
{
    const QList<VendorPreset> presets = all();
    for (const VendorPreset &p : presets) {
        if (p.id == id)
            return p;
    }
    return std::nullopt;
}

} // namespace rb
