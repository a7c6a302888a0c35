#include "TokenAuthority.h"

#include "ImsxStatus.h"

#include <QDateTime>
#include <QJsonObject>
#include <QRandomGenerator>

namespace rb::dev {

namespace {

QString randomToken(int bytes)
{
    QByteArray raw(bytes, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(raw.data()), bytes / 4);
    return QString::fromLatin1(
        raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QString formValue(const QueryItems &form, const char *name)
{
    for (const auto &[k, v] : form) {
        if (k == QLatin1String(name))
            return v;
    }
    return {};
}

bool formHas(const QueryItems &form, const char *name)
{
    for (const auto &item : form) {
        if (item.first == QLatin1String(name))
            return true;
    }
    return false;
}

HttpResponse oauthError(int status, const char *code, const QString &description)
{
    HttpResponse r =
        HttpResponse::json(status, {{QStringLiteral("error"), QString::fromLatin1(code)},
                                    {QStringLiteral("error_description"), description}});
    r.setHeader("Cache-Control", "no-store");
    r.setHeader("Pragma", "no-cache");
    if (status == 401)
        r.setHeader("WWW-Authenticate", "Basic realm=\"rb-devserver\"");
    return r;
}

HttpResponse invalidToken(const QString &description)
{
    HttpResponse r = imsxError(401, QStringLiteral("unauthorisedrequest"), description);
    r.setHeader("WWW-Authenticate", "Bearer error=\"invalid_token\"");
    return r;
}

} // namespace

TokenAuthority::TokenAuthority(TokenSettings settings)
    : m_settings(std::move(settings))
    , m_affinity(
          QString::fromLatin1(QByteArray::number(QRandomGenerator::system()->generate64(), 16)))
{
}

QString TokenAuthority::defaultScope()
{
    return QStringLiteral("https://purl.imsglobal.org/spec/or/v1p1/scope/roster-core.readonly "
                          "https://purl.imsglobal.org/spec/or/v1p1/scope/roster.readonly "
                          "https://purl.imsglobal.org/spec/or/v1p2/scope/roster-core.readonly "
                          "https://purl.imsglobal.org/spec/or/v1p2/scope/roster.readonly");
}

std::optional<HttpResponse> TokenAuthority::authenticateClient(const HttpRequest &request,
                                                               const QueryItems &form) const
{
    const QByteArray authorization = request.header("Authorization");
    const bool basic = authorization.left(6).compare("Basic ", Qt::CaseInsensitive) == 0;
    const bool body = formHas(form, "client_id") || formHas(form, "client_secret");
    if (!basic && !body)
        return oauthError(401, "invalid_client", QStringLiteral("no client authentication"));
    if (basic) {
        if (m_settings.clientAuth == ClientAuthMethod::Body)
            return oauthError(401, "invalid_client",
                              QStringLiteral("HTTP Basic client authentication not accepted"));
        // RFC 6749 2.3.1: id and secret are form-urlencoded before they are joined.
        const QByteArray decoded = QByteArray::fromBase64(authorization.mid(6).trimmed());
        const qsizetype colon = decoded.indexOf(':');
        const QString id =
            HttpRequest::formDecode(QByteArrayView(decoded).first(qMax(colon, qsizetype(0))));
        const QString secret =
            colon < 0 ? QString()
                      : HttpRequest::formDecode(QByteArrayView(decoded).sliced(colon + 1));
        if (colon < 0 || id != m_settings.clientId || secret != m_settings.clientSecret)
            return oauthError(401, "invalid_client", QStringLiteral("unknown client or secret"));
    }
    if (body) {
        if (m_settings.clientAuth == ClientAuthMethod::Basic)
            return oauthError(401, "invalid_client",
                              QStringLiteral("client credentials in the body not accepted"));
        if (formValue(form, "client_id") != m_settings.clientId ||
            formValue(form, "client_secret") != m_settings.clientSecret)
            return oauthError(401, "invalid_client", QStringLiteral("unknown client or secret"));
    }
    return std::nullopt;
}

HttpResponse TokenAuthority::tokenRequest(const HttpRequest &request,
                                          std::optional<int> ttlOverride)
{
    if (request.method != "POST") {
        HttpResponse r = oauthError(405, "invalid_request", QStringLiteral("use POST"));
        r.setHeader("Allow", "POST");
        return r;
    }
    const QueryItems form = HttpRequest::parseForm(request.body);
    if (!m_settings.appName.isEmpty() &&
        formValue(request.queryItems(), "appName") != m_settings.appName)
        return oauthError(400, "invalid_request",
                          QStringLiteral("the appName query parameter must name the app"));
    if (auto failure = authenticateClient(request, form))
        return *failure;
    const QString grant = formValue(form, "grant_type");
    QString scope = formValue(form, "scope").simplified();
    if (grant == u"refresh_token" && m_settings.issueRefreshToken) {
        const QString refresh = formValue(form, "refresh_token");
        if (!m_refreshTokens.contains(refresh))
            return oauthError(400, "invalid_grant", QStringLiteral("unknown refresh token"));
        // Refresh tokens are used once; the answer carries a new one.
        const QString granted = m_refreshTokens.take(refresh);
        return issue(scope.isEmpty() ? granted : scope,
                     ttlOverride.value_or(m_settings.ttlSeconds));
    }
    if (grant.isEmpty())
        return oauthError(400, "invalid_request", QStringLiteral("grant_type is missing"));
    if (grant != u"client_credentials")
        return oauthError(400, "unsupported_grant_type", grant);
    if (scope.isEmpty() && (m_settings.requireScope || m_settings.aeries))
        return oauthError(400, "invalid_scope", QStringLiteral("a scope is required"));
    if (!m_settings.allowedScopes.isEmpty()) {
        const auto requested = scope.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        for (const QString &s : requested) {
            if (!m_settings.allowedScopes.contains(s))
                return oauthError(400, "invalid_scope", QStringLiteral("scope not allowed: ") + s);
        }
    }
    if (scope.isEmpty())
        scope = m_settings.allowedScopes.isEmpty() ? defaultScope()
                                                   : m_settings.allowedScopes.join(u' ');
    return issue(scope, ttlOverride.value_or(m_settings.ttlSeconds));
}

HttpResponse TokenAuthority::issue(const QString &scope, int ttl)
{
    const QString token = randomToken(32);
    m_tokens.insert(token, {QDateTime::currentMSecsSinceEpoch() + qint64(ttl) * 1000, scope});
    QJsonObject body{{QStringLiteral("access_token"), token},
                     {QStringLiteral("token_type"), QStringLiteral("bearer")},
                     {QStringLiteral("expires_in"), ttl},
                     {QStringLiteral("scope"), scope}};
    if (m_settings.issueRefreshToken) {
        const QString refresh = randomToken(32);
        m_refreshTokens.insert(refresh, scope);
        body.insert(QStringLiteral("refresh_token"), refresh);
    }
    HttpResponse r = HttpResponse::json(200, body);
    r.setHeader("Cache-Control", "no-store");
    r.setHeader("Pragma", "no-cache");
    if (m_settings.aeries) {
        const QString session = randomToken(24);
        m_sessions.insert(session);
        r.addHeader("Set-Cookie", "ASP.NET_SessionId=" + session.toLatin1() + "; path=/; HttpOnly");
        r.addHeader("Set-Cookie", "ARRAffinity=" + m_affinity.toLatin1() + "; Path=/; HttpOnly");
    }
    return r;
}

std::optional<HttpResponse> TokenAuthority::checkApiRequest(const HttpRequest &request) const
{
    const QByteArray authorization = request.header("Authorization");
    if (authorization.left(7).compare("Bearer ", Qt::CaseInsensitive) != 0)
        return invalidToken(QStringLiteral("a bearer token is required"));
    const auto it = m_tokens.constFind(QString::fromLatin1(authorization.mid(7).trimmed()));
    if (it == m_tokens.cend())
        return invalidToken(QStringLiteral("unknown access token"));
    if (QDateTime::currentMSecsSinceEpoch() >= it->expiresAtMs)
        return invalidToken(QStringLiteral("the access token has expired"));
    if (m_settings.aeries &&
        (!m_sessions.contains(request.cookie(QStringLiteral("ASP.NET_SessionId"))) ||
         request.cookie(QStringLiteral("ARRAffinity")) != m_affinity))
        return imsxError(401, QStringLiteral("unauthorisedrequest"),
                         QStringLiteral("the ASP.NET_SessionId and ARRAffinity cookies of the "
                                        "token response are required"));
    return std::nullopt;
}

} // namespace rb::dev
