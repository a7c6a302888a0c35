#pragma once

#include "RestExchange.h"
#include "RestSourceSettings.h"
#include "RetryPolicy.h"
#include "common/Redactor.h"

#include <QDateTime>
#include <QDeadlineTimer>
#include <QNetworkCookie>
#include <QObject>
#include <QPointer>
#include <QSslConfiguration>
#include <QStringList>

#include <functional>

class QNetworkAccessManager;
class QNetworkReply;
class QTimer;

namespace rb {

struct TokenResult
{
    bool ok = false;
    // A sentence for the admin: which URL, which status, what the server said.
    QString error;
    int status = 0;
    // The server's OAuth error code and description (RFC 6749 5.2), e.g. "invalid_scope".
    QString oauthError;
    QString oauthErrorDescription;
    bool cancelled = false;
};

// OAuth 2 client credentials (RFC 6749 4.4) for OneRoster: Basic or body client
// authentication, scopes, the admin's extra headers and form fields, and refresh by
// refresh_token when a server issues one. The token is reused until 60 s before it expires;
// after a 401 the caller invalidates it and asks again.
class OAuth2TokenProvider : public QObject
{
    Q_OBJECT
public:
    using Callback = std::function<void(const TokenResult &)>;
    using Form = QList<std::pair<QByteArray, QByteArray>>;

    OAuth2TokenProvider(QNetworkAccessManager *network, Redactor *redactor,
                        const RestSourceSettings &settings, RestSecrets secrets,
                        QObject *parent = nullptr);
    ~OAuth2TokenProvider() override;

    void setSslConfiguration(const QSslConfiguration &configuration);
    void setClock(std::function<QDateTime()> clock) { m_clock = std::move(clock); }

    // Calls back with a usable token: at once when one is cached, else after fetching one.
    // Callbacks whose context is destroyed are dropped.
    void withToken(QObject *context, Callback callback);
    bool hasValidToken() const;
    // "Bearer <token>"
    QByteArray authorizationValue() const;
    // Forgets the access token (after a 401); the refresh token, if any, is kept.
    void invalidate();
    // Aborts a token request; pending callbacks get a cancelled result.
    void cancel();

    QDateTime expiresAt() const { return m_expiresAt; }
    QStringList grantedScopes() const { return m_grantedScopes; }
    bool hasRefreshToken() const { return !m_refreshToken.isEmpty(); }
    int tokensIssued() const { return m_tokensIssued; }
    // Changes whenever the access token does: a request that carried an older generation
    // was refused for a token that is no longer the current one.
    int generation() const { return m_tokensIssued; }
    // A token response past this is aborted while it downloads.
    static constexpr qint64 kMaxBodyBytes = 1024 * 1024;

    // The form and headers of a token request, placeholders filled in (public for tests).
    Form tokenForm(bool refresh) const;
    RawHeaders tokenHeaders(bool refresh) const;
    // RFC 6749 2.3.1: Basic base64(formencode(id) ":" formencode(secret)).
    static QByteArray basicAuthorization(const QString &clientId, const QString &clientSecret);
    // application/x-www-form-urlencoded encoding of one value.
    static QByteArray formEncode(const QByteArray &value);

Q_SIGNALS:
    void exchangeRecorded(const rb::RestExchange &exchange);
    // Cookies set by the token response (replayed on API calls when the settings say so).
    void cookiesReceived(const QList<QNetworkCookie> &cookies);

private:
    struct Pending
    {
        QPointer<QObject> context;
        Callback callback;
    };
    void fetch();
    void refuse(const QString &error);
    void onFinished(QNetworkReply *reply);
    void complete(const TokenResult &result);
    QString fill(const QString &text) const;
    QString tokenUrl() const;

    QNetworkAccessManager *m_network;
    Redactor *m_redactor;
    RestSourceSettings m_settings;
    RestSecrets m_secrets;
    RetryPolicy m_retry;
    QSslConfiguration m_ssl;
    bool m_hasSsl = false;
    std::function<QDateTime()> m_clock;

    QByteArray m_accessToken;
    QByteArray m_refreshToken;
    QDateTime m_expiresAt;
    QDateTime m_validUntil;
    QStringList m_grantedScopes;
    int m_tokensIssued = 0;

    QList<Pending> m_pending;
    QPointer<QNetworkReply> m_reply;
    QTimer *m_retryTimer = nullptr;
    QDeadlineTimer m_retryNotBefore;
    bool m_refreshing = false;
    int m_attempt = 0;
    QByteArray m_requestBody;
    QDateTime m_startedAt;
    qint64 m_startMs = 0;
};

} // namespace rb
