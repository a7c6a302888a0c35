#pragma once

#include "FaultInjector.h"
#include "TokenAuthority.h"

#include <QString>
#include <QStringList>

class QCoreApplication;

namespace rb::dev {

enum class AuthMode { None, OAuth2, OAuth1 };

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
    QString basePath; // "" or "/aeries"
    // Where the OAuth 2 token endpoint is, from the server's root; empty: {base}/oauth/token.
    QString tokenPath;
    AuthMode auth = AuthMode::None;
    TokenSettings token;
    bool aeries = false;
    bool nulls = false;
    int maxLimit = 1000;
    FaultSettings faults;
    bool exitOnStdinClose = false;

    // Parses the arguments; on a usage error prints it to stderr and returns false.
    bool parse(const QCoreApplication &app);
};

} // namespace rb::dev
