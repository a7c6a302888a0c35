#pragma once

#include "FaultInjector.h"
#include "TokenAuthority.h"

#include <QString>
#include <QStringList>

class QCoreApplication;

namespace rb::dev {

enum class AuthMode { None, OAuth2, OAuth1 };
// A SIS whose OneRoster server the development server imitates (--vendor).
enum class Vendor { None, Aeries, PowerSchool, InfiniteCampus, Synergy };

// Everything the command line sets.
struct ServerOptions
{
    QString dataPath;
    QString host = QStringLiteral("127.0.0.1");
    quint16 port = 0;
    // The host name in the URLs the server reports and links to; empty: the address.
    QString publicHost;
    // With both set, the server speaks https with this certificate and key (PEM files).
    QString tlsCertificate;
    QString tlsKey;
    QString basePath; // "", "/aeries" or Infinite Campus' "/campus/api/oneroster/v1p2/{app}"
    // Where the OAuth 2 token endpoint is, from the server's root; empty: {base}/oauth/token.
    QString tokenPath;
    AuthMode auth = AuthMode::None;
    TokenSettings token;
    Vendor vendor = Vendor::None;
    bool aeries = false;
    bool nulls = false;
    int maxLimit = 1000;
    FaultSettings faults;
    bool exitOnStdinClose = false;

    // Parses the arguments; on a usage error prints it to stderr and returns false.
    bool parse(const QCoreApplication &app);
    // The OneRoster versions served: both, unless the vendor mode serves one.
    bool servesV11() const { return vendor != Vendor::InfiniteCampus; }
    bool servesV12() const { return vendor == Vendor::None || vendor == Vendor::InfiniteCampus; }
};

} // namespace rb::dev
