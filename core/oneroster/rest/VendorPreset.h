#pragma once

#include "RestSourceSettings.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace rb {

// What RosterBridge knows about a SIS vendor's OneRoster server: what to ask the admin for,
// the defaults to start from, and what the public sources could not confirm. Every value is a
// starting point; the admin can override each one in the settings.
struct VendorPreset
{
    Q_DECLARE_TR_FUNCTIONS(rb::VendorPreset)
public:
    QString id;
    QString displayName;
    // Labels of what the admin must look up, in the vendor's own words where known.
    QStringList askFor;
    // Where in the SIS the admin finds the URL and the credentials.
    QString whereToFind;
    OneRosterVersion defaultVersion = OneRosterVersion::V1_2;
    // How the token URL follows from the base URL; empty when it cannot be derived and must be
    // entered. Placeholders: {base} (the server root, without the version path), {origin}
    // (scheme, host and port) and {appName} (Infinite Campus' app name, the path segment after
    // /campus/api/oneroster/v1pN/; a rule that needs it derives nothing from a URL without it).
    QString tokenUrlRule;
    // Why the token URL is (or is not) derived, for the UI.
    QString tokenUrlNote;
    QStringList defaultScopes;
    // The server refuses a token request without a scope.
    bool scopeRequired = false;
    ClientAuthMethod clientAuth = ClientAuthMethod::Basic;
    bool replayCookies = false;
    // Records per page a new connection asks for; 0 when the vendor publishes nothing to go
    // on, and the settings keep theirs. Servers that cap it lower are read at their cap
    // (CollectionPager notices the shorter pages).
    int defaultPageSize = 0;
    // The server answers with relative hrefs such as "~/ims/oneroster/v1p1/orgs/894" (they are
    // never used: references are read by sourcedId).
    bool relativeHrefs = false;
    QStringList quirks;
    // Facts the reference material marks unverified or could not find; empty when all is known.
    QString uncertain;

    // The token URL for a base URL, or empty when there is no rule.
    QString tokenUrlFor(const QString &baseUrl) const;
    // Puts this preset's value in every settings field it has one for: vendor, version,
    // authentication type, scopes, client authentication, cookie replay and, where it has one,
    // page size. The token URL is
    // left alone: an empty one takes tokenUrlRule when it is used (effectiveTokenUrl()). Every
    // path that names a vendor starts from here (settings files, profiles, the wizard), so a
    // field left out gets the same value everywhere.
    void applyDefaults(RestSourceSettings *settings) const;
    // Settings for a new connection to this vendor's server, with the token URL derived.
    RestSourceSettings defaults(const QString &baseUrl = QString()) const;

    // Aeries, eSchoolData, Follett Aspen, Infinite Campus, PowerSchool, Skyward SMS 2.0,
    // Skyward Qmlativ, Synergy, Other.
    static QList<VendorPreset> all();
    // The ids of all(), in the same order.
    static QStringList ids();
    static std::optional<VendorPreset> find(const QString &id);
};

} // namespace rb
