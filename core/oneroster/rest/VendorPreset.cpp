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
