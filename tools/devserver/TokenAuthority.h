#pragma once

#include "HttpRequest.h"
#include "HttpResponse.h"

#include <QHash>
#include <QSet>
#include <QStringList>

#include <optional>

namespace rb::dev {

enum class ClientAuthMethod { Basic, Body, Either };

struct TokenSettings
{
    QString clientId;
    QString clientSecret;
    ClientAuthMethod clientAuth = ClientAuthMethod::Either;
    int ttlSeconds = 3600;
    bool requireScope = false;
    QStringList allowedScopes; // empty: any scope
    bool issueRefreshToken = false;
    // Aeries: scope mandatory, session cookies set with the token and required on API calls.
    bool aeries = false;
    // Infinite Campus: token requests must name the district's app (?appName=...).
    QString appName;
};

// OAuth 2 client-credentials token endpoint (RFC 6749 section 4.4, with the refresh grant of
// section 6 when enabled) and the bearer check of API requests (RFC 6750).
class TokenAuthority
{
public:
    explicit TokenAuthority(TokenSettings settings);

    // Answers a request to the token endpoint; ttlOverride replaces the configured lifetime.
    HttpResponse tokenRequest(const HttpRequest &request, std::optional<int> ttlOverride);
    // nullopt when the request carries a valid bearer token (and cookies, for Aeries).
    std::optional<HttpResponse> checkApiRequest(const HttpRequest &request) const;
    // Every access token issued so far stops working (a server that revokes them early).
    void revokeAccessTokens() { m_tokens.clear(); }

    static QString defaultScope();

private:
    struct Token
    {
        qint64 expiresAtMs = 0;
        QString scope;
    };
    std::optional<HttpResponse> authenticateClient(const HttpRequest &request,
                                                   const QueryItems &form) const;
    HttpResponse issue(const QString &scope, int ttl);

    TokenSettings m_settings;
    QHash<QString, Token> m_tokens;
    QHash<QString, QString> m_refreshTokens; // token -> scope
    QSet<QString> m_sessions;
    QString m_affinity;
};

} // namespace rb::dev
