#include "OAuth2TokenProvider.h"

#include "common/MonotonicClock.h"
#include "log/LogRedactor.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace rb {

Q_LOGGING_CATEGORY(lcRestAuth, "rosterbridge.oneroster.rest.auth")

namespace {
void setField(OAuth2TokenProvider::Form *form, const QByteArray &name, const QByteArray &value)
{
    for (qsizetype i = 0; i < form->size(); ++i) {
        if ((*form)[i].first == name) {
            if (value.isEmpty())
                form->removeAt(i);
            else
                (*form)[i].second = value;
            return;
        }
    }
    if (!value.isEmpty())
        form->append({name, value});
}
} // namespace

OAuth2TokenProvider::OAuth2TokenProvider(QNetworkAccessManager *network, Redactor *redactor,
                                         const RestSourceSettings &settings, RestSecrets secrets,
                                         QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_redactor(redactor)
    , m_settings(settings)
    , m_secrets(std::move(secrets))
    , m_retry(settings.maxRetries, settings.retryBaseDelayMs, settings.retryMaxDelayMs)
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
{
    m_redactor->addSecret(m_secrets.clientSecret.toUtf8());
    // The log knows the secret in the forms this client sends it: form-encoded, and inside the
    // Basic credentials, whose base64 does not contain the secret's own base64.
    const QByteArray secret = m_secrets.clientSecret.toUtf8();
    LogRedactor::addSecret(secret);
    LogRedactor::addSecret(formEncode(secret));
    if (!secret.isEmpty())
        LogRedactor::addSecret(
            basicAuthorization(m_settings.clientId, m_secrets.clientSecret).mid(6));
}

OAuth2TokenProvider::~OAuth2TokenProvider()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

void OAuth2TokenProvider::setSslConfiguration(const QSslConfiguration &configuration)
{
    m_ssl = configuration;
    m_hasSsl = true;
}

QByteArray OAuth2TokenProvider::formEncode(const QByteArray &value)
{
    // HTML form encoding: only ALPHA DIGIT * - . _ stay, space becomes '+'.
    QByteArray out = value.toPercentEncoding("*", "~");
    out.replace("%20", "+");
    return out;
}

QByteArray OAuth2TokenProvider::basicAuthorization(const QString &clientId,
                                                   const QString &clientSecret)
{
    const QByteArray pair = formEncode(clientId.toUtf8()) + ':' + formEncode(clientSecret.toUtf8());
    return "Basic " + pair.toBase64();
}

QString OAuth2TokenProvider::tokenUrl() const
{
    return m_settings.effectiveTokenUrl();
}

QString OAuth2TokenProvider::fill(const QString &text) const
{
    QString out = text;
    out.replace(u"{client_id}"_s, m_settings.clientId);
    out.replace(u"{client_secret}"_s, m_secrets.clientSecret);
    out.replace(u"{scope}"_s, m_settings.scopes.join(u' '));
    out.replace(u"{refresh_token}"_s, QString::fromUtf8(m_refreshToken));
    return out;
}

OAuth2TokenProvider::Form OAuth2TokenProvider::tokenForm(bool refresh) const
{
    Form form;
    if (refresh) {
        form.append({"grant_type", m_settings.refreshGrantType.toUtf8()});
        form.append({"refresh_token", m_refreshToken});
        if (!m_settings.refreshScope.isEmpty())
            form.append({"scope", m_settings.refreshScope.join(u' ').toUtf8()});
    } else {
        form.append({"grant_type", m_settings.grantType.toUtf8()});
        if (!m_settings.scopes.isEmpty())
            form.append({"scope", m_settings.scopes.join(u' ').toUtf8()});
    }
    if (m_settings.clientAuth == ClientAuthMethod::Body) {
        form.append({"client_id", m_settings.clientId.toUtf8()});
        form.append({"client_secret", m_secrets.clientSecret.toUtf8()});
    }
    for (const auto &[name, value] : refresh ? m_settings.refreshForm : m_settings.tokenForm)
        setField(&form, name.toUtf8(), fill(value).toUtf8());
    return form;
}

RawHeaders OAuth2TokenProvider::tokenHeaders(bool refresh) const
{
    RawHeaders headers = {{"Content-Type", "application/x-www-form-urlencoded"},
                          {"Accept", "application/json"}};
    if (m_settings.clientAuth == ClientAuthMethod::Basic)
        headers.append(
            {"Authorization", basicAuthorization(m_settings.clientId, m_secrets.clientSecret)});
    for (const auto &[name, value] :
         refresh ? m_settings.refreshHeaders : m_settings.tokenHeaders) {
        const QByteArray n = name.toUtf8();
        bool replaced = false;
        for (auto &header : headers) {
            if (header.first.compare(n, Qt::CaseInsensitive) == 0) {
                header.second = fill(value).toUtf8();
                replaced = true;
            }
        }
        if (!replaced)
            headers.append({n, fill(value).toUtf8()});
    }
    return headers;
}

bool OAuth2TokenProvider::hasValidToken() const
{
    return !m_accessToken.isEmpty() && (!m_validUntil.isValid() || m_clock() < m_validUntil);
}

QByteArray OAuth2TokenProvider::authorizationValue() const
{
    return "Bearer " + m_accessToken;
}

void OAuth2TokenProvider::invalidate()
{
    m_accessToken.clear();
    m_validUntil = QDateTime();
}

void OAuth2TokenProvider::withToken(QObject *context, Callback callback)
{
    if (hasValidToken()) {
        TokenResult ok;
        ok.ok = true;
        callback(ok);
        return;
    }
    m_pending.append({context, std::move(callback)});
    if (!m_reply && !m_retryTimer) {
        m_attempt = 0;
        m_refreshing = !m_refreshToken.isEmpty();
        fetch();
    }
}

void OAuth2TokenProvider::refuse(const QString &error)
{
    TokenResult result;
    result.error = error;
    // Queued: withToken() callers expect the callback after it returns.
    QMetaObject::invokeMethod(
        this, [this, result] { complete(result); }, Qt::QueuedConnection);
}

void OAuth2TokenProvider::fetch()
{
    ++m_attempt;
    const QString url = tokenUrl();
    if (!m_settings.transportAllowed(QUrl(url))) {
        refuse(tr("the token endpoint: %1")
                   .arg(RestSourceSettings::unencryptedRefusal(m_redactor->redactUrl(QUrl(url)))));
        return;
    }
    QNetworkRequest request{QUrl(url)};
    for (const auto &[name, value] : tokenHeaders(m_refreshing))
        request.setRawHeader(name, value);
    request.setTransferTimeout(m_settings.requestTimeoutMs);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::SameOriginRedirectPolicy);
    request.setAttribute(QNetworkRequest::CookieLoadControlAttribute, QNetworkRequest::Manual);
    request.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);
    if (m_hasSsl)
        request.setSslConfiguration(m_ssl);
    QByteArray body;
    for (const auto &[name, value] : tokenForm(m_refreshing)) {
        if (!body.isEmpty())
            body += '&';
        body += formEncode(name) + '=' + formEncode(value);
    }
    m_requestBody = body;
    m_startedAt = QDateTime::currentDateTimeUtc();
    m_startMs = MonotonicClock::nowMs();
    qCInfo(lcRestAuth) << "requesting a token from" << m_redactor->redactUrl(QUrl(url))
                       << (m_refreshing ? "(refresh)" : "") << "attempt" << m_attempt;
    m_reply = m_network->post(request, body);
    QNetworkReply *reply = m_reply;
    // TLS errors are collected for the message and never ignored.
    connect(reply, &QNetworkReply::sslErrors, this, [reply](const QList<QSslError> &errors) {
        QStringList texts = reply->property("rb_sslErrors").toStringList();
        for (const QSslError &e : errors)
            texts.append(e.errorString());
        reply->setProperty("rb_sslErrors", texts);
    });
    connect(reply, &QNetworkReply::downloadProgress, this, [reply](qint64 received, qint64 total) {
        if (!reply->property("rb_tooLarge").isValid() &&
            (received > kMaxBodyBytes || total > kMaxBodyBytes)) {
            reply->setProperty("rb_tooLarge", true);
            reply->abort();
        }
    });
    connect(reply, &QNetworkReply::finished, this, [this, reply] { onFinished(reply); });
}

void OAuth2TokenProvider::onFinished(QNetworkReply *reply)
{
    reply->deleteLater();
    m_reply = nullptr;
    const QByteArray body = reply->readAll();
    RestExchange exchange =
        exchangeFromReply(reply, m_refreshing ? u"token refresh"_s : u"token"_s, m_requestBody,
                          body, m_startedAt, MonotonicClock::nowMs() - m_startMs, m_attempt);
    const QString sslText = reply->property("rb_sslErrors").toStringList().join(u"; "_s);
    if (!sslText.isEmpty())
        exchange.error += u" ("_s + sslText + u')';
    const int status = exchange.status;
    const QNetworkReply::NetworkError netError = reply->error();
    const QString url = m_redactor->redactUrl(QUrl(tokenUrl())).toString();

    // Tokens in the response must be known to the redactor before the record is made.
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    const QJsonObject json = doc.object();
    const QByteArray accessToken = json.value(u"access_token"_s).toString().toUtf8();
    const QByteArray refreshToken = json.value(u"refresh_token"_s).toString().toUtf8();
    m_redactor->addSecret(accessToken);
    m_redactor->addSecret(refreshToken);
    LogRedactor::addToken(accessToken);
    LogRedactor::addToken(refreshToken);
    RestExchange recorded = exchange.redacted(*m_redactor);
    recorded.capBodies(m_settings.saveBodiesBytes);
    Q_EMIT exchangeRecorded(recorded);

    if (reply->property("rb_tooLarge").isValid()) {
        TokenResult tooLarge;
        tooLarge.status = status;
        tooLarge.error = tr("the token endpoint %1 answered with more than %2 bytes; "
                            "RosterBridge stopped reading it")
                             .arg(url)
                             .arg(kMaxBodyBytes);
        complete(tooLarge);
        return;
    }
    const bool noAnswer = status == 0;
    const bool retryable =
        noAnswer ? RetryPolicy::isRetryableError(netError) : RetryPolicy::isRetryableStatus(status);
    if (retryable && m_attempt <= m_retry.maxRetries()) {
        const auto after = RetryPolicy::parseRetryAfter(reply->rawHeader("Retry-After"),
                                                        QDateTime::currentDateTimeUtc());
        if (!after || *after <= RetryPolicy::kMaxRetryAfterMs) {
            const qint64 delay = m_retry.delayMs(m_attempt, after);
            qCInfo(lcRestAuth) << "token request failed (" << status << netError << "); retrying in"
                               << delay << "ms";
            m_retryNotBefore = QDeadlineTimer(delay, Qt::PreciseTimer);
            m_retryTimer = new QTimer(this);
            m_retryTimer->setSingleShot(true);
            // Never before Retry-After: a coarse timer may fire 5 % early.
            m_retryTimer->setTimerType(Qt::PreciseTimer);
            auto arm = [this] {
                const qint64 ns = qMax<qint64>(0, m_retryNotBefore.remainingTimeNSecs());
                m_retryTimer->start(int(qMin<qint64>((ns + 999999) / 1000000, INT_MAX)));
            };
            connect(m_retryTimer, &QTimer::timeout, this, [this, arm] {
                if (!m_retryNotBefore.hasExpired()) {
                    arm();
                    return;
                }
                m_retryTimer->deleteLater();
                m_retryTimer = nullptr;
                fetch();
            });
            arm();
            return;
        }
    }

    TokenResult result;
    result.status = status;
    if (noAnswer) {
        result.error = tr("the token endpoint %1 could not be reached: %2")
                           .arg(url, m_redactor->redactText(exchange.error));
        complete(result);
        return;
    }
    if (status < 200 || status > 299) {
        result.oauthError = json.value(u"error"_s).toString();
        result.oauthErrorDescription = json.value(u"error_description"_s).toString();
        if (m_refreshing && (status == 400 || status == 401)) {
            // A refresh token that lapsed: start over with the client credentials.
            qCInfo(lcRestAuth) << "refresh refused (" << status << result.oauthError
                               << "); requesting a new token";
            m_refreshToken.clear();
            m_refreshing = false;
            m_attempt = 0;
            fetch();
            return;
        }
        QString said = result.oauthError;
        if (!result.oauthErrorDescription.isEmpty())
            said += (said.isEmpty() ? QString() : u": "_s) + result.oauthErrorDescription;
        if (said.isEmpty())
            said = m_redactor->redactText(QString::fromUtf8(body.left(300))).simplified();
        result.error =
            said.isEmpty()
                ? tr("the token endpoint %1 answered HTTP %2").arg(url).arg(status)
                : tr("the token endpoint %1 answered HTTP %2: %3").arg(url).arg(status).arg(said);
        complete(result);
        return;
    }
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        result.error = tr("the token endpoint %1 answered HTTP %2 but not with JSON (%3)")
                           .arg(url)
                           .arg(status)
                           .arg(parseError.errorString());
        complete(result);
        return;
    }
    if (accessToken.isEmpty()) {
        result.error = tr("the token endpoint %1 answered HTTP %2 without an access_token")
                           .arg(url)
                           .arg(status);
        complete(result);
        return;
    }
    m_accessToken = accessToken;
    if (!refreshToken.isEmpty())
        m_refreshToken = refreshToken;
    const QJsonValue expires = json.value(u"expires_in"_s);
    qint64 seconds = expires.isString() ? expires.toString().toLongLong() : expires.toInteger(0);
    const QDateTime now = m_clock();
    if (seconds > 0) {
        m_expiresAt = now.addSecs(seconds);
        // Renew 60 s early, or halfway for very short lifetimes.
        m_validUntil = m_expiresAt.addSecs(-qMin<qint64>(60, seconds / 2));
    } else {
        m_expiresAt = QDateTime();
        m_validUntil = QDateTime();
    }
    m_grantedScopes = json.value(u"scope"_s).toString().split(u' ', Qt::SkipEmptyParts);
    ++m_tokensIssued;
    qCInfo(lcRestAuth) << "token received; expires in" << seconds << "s"
                       << (m_refreshToken.isEmpty() ? "" : "(refreshable)");

    QList<QNetworkCookie> cookies;
    const QList<QByteArray> setCookies = reply->rawHeader("Set-Cookie").split('\n');
    for (const QByteArray &line : setCookies)
        cookies += QNetworkCookie::parseCookies(line);
    if (!cookies.isEmpty())
        Q_EMIT cookiesReceived(cookies);
    result.ok = true;
    complete(result);
}

void OAuth2TokenProvider::complete(const TokenResult &result)
{
    // A cancel (every run ends with one) is not a problem worth a warning.
    if (result.cancelled)
        qCDebug(lcRestAuth).noquote() << result.error;
    else if (!result.ok)
        qCWarning(lcRestAuth).noquote() << result.error;
    const QList<Pending> pending = std::exchange(m_pending, {});
    for (const Pending &p : pending) {
        if (p.context)
            p.callback(result);
    }
}

void OAuth2TokenProvider::cancel()
{
    if (m_retryTimer) {
        m_retryTimer->stop();
        m_retryTimer->deleteLater();
        m_retryTimer = nullptr;
    }
    if (m_reply) {
        QNetworkReply *reply = m_reply;
        m_reply = nullptr;
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
    TokenResult result;
    result.cancelled = true;
    result.error = tr("cancelled");
    complete(result);
}

} // namespace rb
