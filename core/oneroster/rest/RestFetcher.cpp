#include "RestFetcher.h"

#include "common/MonotonicClock.h"

#include <QFile>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSslCertificate>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace rb {

Q_LOGGING_CATEGORY(lcRestHttp, "rosterbridge.oneroster.rest.http")

QByteArray RestResponse::header(QByteArrayView name) const
{
    for (const auto &[n, v] : headers) {
        if (QByteArrayView(n).compare(name, Qt::CaseInsensitive) == 0)
            return v;
    }
    return {};
}

RestFetcher::RestFetcher(const RestSourceSettings &settings, RestSecrets secrets, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_secrets(std::move(secrets))
    , m_retry(settings.maxRetries, settings.retryBaseDelayMs, settings.retryMaxDelayMs)
    , m_network(new QNetworkAccessManager(this))
{
    m_redactor.addSecret(m_secrets.clientSecret.toUtf8());
    if (m_settings.authType == RestAuthType::OAuth2) {
        m_tokens = new OAuth2TokenProvider(m_network, &m_redactor, m_settings, m_secrets, this);
        connect(m_tokens, &OAuth2TokenProvider::exchangeRecorded, this,
                &RestFetcher::exchangeRecorded);
        connect(m_tokens, &OAuth2TokenProvider::cookiesReceived, this,
                [this](const QList<QNetworkCookie> &cookies) { storeCookies(cookies); });
    } else if (m_settings.authType == RestAuthType::OAuth1) {
        m_oauth1 = std::make_unique<OAuth1Signer>(m_settings.clientId, m_secrets.clientSecret,
                                                  m_settings.oauth1Method ==
                                                          OAuth1SignatureMethod::HmacSha1
                                                      ? OAuth1Signer::Method::HmacSha1
                                                      : OAuth1Signer::Method::HmacSha256);
    }
}

RestFetcher::~RestFetcher()
{
    for (auto &[id, call] : m_calls) {
        if (call->reply) {
            call->reply->disconnect(this);
            call->reply->abort();
            call->reply->deleteLater();
        }
    }
}

Result<void> RestFetcher::prepare()
{
    if (m_settings.caCertificateFile.isEmpty())
        return {};
    QFile file(m_settings.caCertificateFile);
    if (!file.open(QIODevice::ReadOnly)) {
        return Failure{tr("the CA certificate file %1 could not be read: %2")
                           .arg(m_settings.caCertificateFile, file.errorString())};
    }
    const QByteArray data = file.readAll();
    QList<QSslCertificate> certs = QSslCertificate::fromData(data, QSsl::Pem);
    if (certs.isEmpty())
        certs = QSslCertificate::fromData(data, QSsl::Der);
    if (certs.isEmpty()) {
        return Failure{
            tr("the file %1 holds no PEM or DER certificate").arg(m_settings.caCertificateFile)};
    }
    // Added to the system's CAs, not instead of them.
    m_ssl = QSslConfiguration::defaultConfiguration();
    m_ssl.addCaCertificates(certs);
    m_hasSsl = true;
    if (m_tokens)
        m_tokens->setSslConfiguration(m_ssl);
    return {};
}

QString RestFetcher::shown(const QUrl &url) const
{
    return m_redactor.redactUrl(url).toString();
}

void RestFetcher::storeCookies(const QList<QNetworkCookie> &cookies)
{
    if (!m_settings.replayCookies)
        return;
    for (const QNetworkCookie &c : cookies) {
        if (!m_cookies.contains(c.name()))
            m_cookieOrder.append(c.name());
        m_cookies.insert(c.name(), c.value());
        m_redactor.addSecret(c.value());
    }
}

void RestFetcher::get(const QUrl &url, const QString &purpose, QObject *context, Callback done)
{
    auto call = std::make_unique<Call>();
    call->id = m_nextId++;
    call->url = url;
    call->purpose = purpose;
    call->context = context;
    call->done = std::move(done);
    const quint64 id = call->id;
    m_calls.emplace(id, std::move(call));
    if (!m_settings.transportAllowed(url)) {
        RestResponse refused;
        refused.url = url;
        refused.error = RestSourceSettings::unencryptedRefusal(m_redactor.redactUrl(url));
        // Queued: callers expect the callback after get() returns.
        QMetaObject::invokeMethod(
            this, [this, id, refused] { finish(id, refused); }, Qt::QueuedConnection);
        return;
    }
    start(id);
}

void RestFetcher::start(quint64 id)
{
    const auto it = m_calls.find(id);
    if (it == m_calls.end())
        return;
    Call *call = it->second.get();
    ++call->attempt;
    if (!m_tokens) {
        send(call);
        return;
    }
    m_tokens->withToken(this, [this, id](const TokenResult &token) {
        const auto found = m_calls.find(id);
        if (found == m_calls.end())
            return;
        if (!token.ok) {
            RestResponse r;
            r.url = found->second->url;
            r.status = 0;
            r.error = token.error;
            r.cancelled = token.cancelled;
            r.attempts = found->second->attempt;
            finish(id, r);
            return;
        }
        send(found->second.get());
    });
}

void RestFetcher::send(Call *call)
{
    QNetworkRequest request(call->url);
    request.setRawHeader("Accept", "application/json");
    for (const auto &[name, value] : std::as_const(m_settings.requestHeaders)) {
        QString v = value;
        v.replace(u"{client_id}"_s, m_settings.clientId);
        request.setRawHeader(name.toUtf8(), v.toUtf8());
    }
    if (m_tokens) {
        request.setRawHeader("Authorization", m_tokens->authorizationValue());
        call->tokenGeneration = m_tokens->generation();
    } else if (m_oauth1)
        request.setRawHeader("Authorization", m_oauth1->authorization("GET", call->url));
    if (m_settings.replayCookies && !m_cookies.isEmpty()) {
        QByteArrayList pairs;
        for (const QByteArray &name : std::as_const(m_cookieOrder))
            pairs.append(name + '=' + m_cookies.value(name));
        request.setRawHeader("Cookie", pairs.join("; "));
    }
    // Cookies are handled here, explicitly, so that nothing is replayed unless asked for.
    request.setAttribute(QNetworkRequest::CookieLoadControlAttribute, QNetworkRequest::Manual);
    request.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::SameOriginRedirectPolicy);
    request.setTransferTimeout(m_settings.requestTimeoutMs);
    if (m_hasSsl)
        request.setSslConfiguration(m_ssl);

    call->startedAt = QDateTime::currentDateTimeUtc();
    call->startMs = MonotonicClock::nowMs();
    qCDebug(lcRestHttp) << "GET" << shown(call->url) << "attempt" << call->attempt;
    QNetworkReply *reply = m_network->get(request);
    call->reply = reply;
    const quint64 id = call->id;
    connect(reply, &QNetworkReply::sslErrors, this, [reply](const QList<QSslError> &errors) {
        QStringList texts = reply->property("rb_sslErrors").toStringList();
        for (const QSslError &e : errors)
            texts.append(e.errorString());
        reply->setProperty("rb_sslErrors", texts);
    });
    watchBodySize(reply);
    connect(reply, &QNetworkReply::finished, this, [this, id, reply] { onFinished(id, reply); });
}

void RestFetcher::watchBodySize(QNetworkReply *reply)
{
    // Checked as the bytes arrive, so that an endless body never fills the memory.
    const qint64 cap = m_maxBodyBytes;
    auto check = [reply, cap](qint64 received, qint64 total) {
        if (reply->property("rb_tooLarge").isValid() || (received <= cap && total <= cap))
            return;
        reply->setProperty("rb_tooLarge", qMax(received, total));
        // Not from inside the reply's own signal: it would finish in the middle of emitting.
        QMetaObject::invokeMethod(reply, &QNetworkReply::abort, Qt::QueuedConnection);
    };
    connect(reply, &QNetworkReply::downloadProgress, this, check);
    connect(reply, &QNetworkReply::readyRead, this,
            [reply, check] { check(reply->bytesAvailable(), -1); });
}

void RestFetcher::onFinished(quint64 id, QNetworkReply *reply)
{
    reply->deleteLater();
    const auto it = m_calls.find(id);
    if (it == m_calls.end())
        return;
    Call *call = it->second.get();
    call->reply = nullptr;

    RestResponse response;
    response.url = call->url;
    response.body = reply->readAll();
    response.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    response.headers = reply->rawHeaderPairs();
    response.attempts = call->attempt;
    const QNetworkReply::NetworkError netError = reply->error();
    const QStringList sslErrors = reply->property("rb_sslErrors").toStringList();
    const qint64 elapsed = MonotonicClock::nowMs() - call->startMs;
    const bool tooLarge = reply->property("rb_tooLarge").isValid();

    if (tooLarge) {
        response.error = tr("the answer from %1 is larger than the %2 bytes RosterBridge "
                            "accepts; it stopped reading it")
                             .arg(shown(call->url))
                             .arg(m_maxBodyBytes);
    } else if (response.status == 0 && netError != QNetworkReply::NoError) {
        if (netError == QNetworkReply::OperationCanceledError)
            response.error = tr("no answer within %1 ms").arg(m_settings.requestTimeoutMs);
        else if (netError == QNetworkReply::SslHandshakeFailedError || !sslErrors.isEmpty())
            response.error =
                tr("the TLS connection failed: %1")
                    .arg(sslErrors.isEmpty() ? reply->errorString() : sslErrors.join(u"; "_s));
        else
            response.error = reply->errorString();
    }
    // A body shorter than its Content-Length, or a connection closed mid-body, is a transport
    // failure to retry, not a malformed answer.
    const QByteArray declared = reply->rawHeader("Content-Length");
    bool lengthOk = false;
    const qint64 declaredLength = declared.toLongLong(&lengthOk);
    const bool cutOff = !tooLarge && response.status != 0 &&
                        ((lengthOk && declaredLength > response.body.size()) ||
                         netError == QNetworkReply::RemoteHostClosedError);
    if (cutOff) {
        response.error = tr("the answer was cut off after %1 of %2 bytes")
                             .arg(response.body.size())
                             .arg(lengthOk ? QString::number(declaredLength) : u"?"_s);
    }
    if (m_settings.replayCookies) {
        QList<QNetworkCookie> cookies;
        const QList<QByteArray> lines = reply->rawHeader("Set-Cookie").split('\n');
        for (const QByteArray &line : lines)
            cookies += QNetworkCookie::parseCookies(line);
        storeCookies(cookies);
    }

    RestExchange exchange = exchangeFromReply(reply, call->purpose, {}, response.body,
                                              call->startedAt, elapsed, call->attempt);
    if (!response.error.isEmpty())
        exchange.error = response.error;
    exchange = exchange.redacted(m_redactor);
    exchange.capBodies(m_settings.saveBodiesBytes);
    response.error = m_redactor.redactText(response.error);
    Q_EMIT exchangeRecorded(exchange);

    if (tooLarge) {
        finish(id, response);
        return;
    }
    if (response.status == 401 && m_tokens && retryAfter401(call))
        return;
    const bool noAnswer = response.status == 0 || cutOff;
    const bool tlsOrDns = !sslErrors.isEmpty() ||
                          netError == QNetworkReply::SslHandshakeFailedError ||
                          netError == QNetworkReply::HostNotFoundError;
    const bool retryable =
        cutOff || (noAnswer ? !tlsOrDns && RetryPolicy::isRetryableError(netError)
                            : RetryPolicy::isRetryableStatus(response.status));
    if (retryable) {
        const QString reason =
            noAnswer ? response.error : u"HTTP "_s + QString::number(response.status);
        const auto after = RetryPolicy::parseRetryAfter(response.header("Retry-After"),
                                                        QDateTime::currentDateTimeUtc());
        if (after && *after > RetryPolicy::kMaxRetryAfterMs) {
            response.error = tr("the server asked to wait %1 s before trying again (%2), longer "
                                "than RosterBridge waits")
                                 .arg(*after / 1000)
                                 .arg(reason);
        } else if (call->attempt <= m_retry.maxRetries()) {
            retryLater(call, m_retry.delayMs(call->attempt, after), reason);
            return;
        } else {
            response.error =
                tr("gave up after %n attempt(s); the last answer was %1", nullptr, call->attempt)
                    .arg(reason);
        }
    }
    finish(id, response);
}

bool RestFetcher::retryAfter401(Call *call)
{
    // A 401 with a cached token usually means it expired early or was revoked: get a new one
    // and try the same page again. With pages in flight, the token a page carried may already
    // have been replaced because of another page's 401: then it is tried with the newer one,
    // and the newer one is not thrown away.
    if (call->authRetries >= kMaxAuthRetries)
        return false;
    ++call->authRetries;
    --call->attempt;
    if (call->tokenGeneration == m_tokens->generation()) {
        qCInfo(lcRestHttp) << "401 on" << shown(call->url) << "; renewing the token";
        m_tokens->invalidate();
    } else {
        qCInfo(lcRestHttp) << "401 on" << shown(call->url)
                           << "with a token that was already replaced; trying the newer one";
    }
    start(call->id);
    return true;
}

void RestFetcher::retryLater(Call *call, qint64 delayMs, const QString &reason)
{
    ++m_retries;
    qCInfo(lcRestHttp).noquote() << "retrying" << shown(call->url) << "in" << delayMs << "ms after"
                                 << reason;
    Q_EMIT retryScheduled(m_redactor.redactUrl(call->url), call->attempt, delayMs, reason);
    call->notBefore = QDeadlineTimer(delayMs, Qt::PreciseTimer);
    call->timer = new QTimer(this);
    call->timer->setSingleShot(true);
    // A coarse timer may fire 5 % early; a server that counts would answer 429 again.
    call->timer->setTimerType(Qt::PreciseTimer);
    const quint64 id = call->id;
    connect(call->timer, &QTimer::timeout, this, [this, id] {
        const auto it = m_calls.find(id);
        if (it == m_calls.end())
            return;
        Call *c = it->second.get();
        if (!c->notBefore.hasExpired()) {
            armRetryTimer(c);
            return;
        }
        c->timer->deleteLater();
        c->timer = nullptr;
        start(id);
    });
    armRetryTimer(call);
}

void RestFetcher::armRetryTimer(Call *call)
{
    // Rounded up, so that the remainder never ends a millisecond short.
    const qint64 remainingNs = call->notBefore.remainingTimeNSecs();
    const qint64 remainingMs = (qMax<qint64>(0, remainingNs) + 999999) / 1000000;
    call->timer->start(int(qMin<qint64>(remainingMs, INT_MAX)));
}

void RestFetcher::finish(quint64 id, const RestResponse &response)
{
    const auto it = m_calls.find(id);
    if (it == m_calls.end())
        return;
    std::unique_ptr<Call> call = std::move(it->second);
    m_calls.erase(it);
    if (call->timer)
        call->timer->deleteLater();
    if (!response.isSuccess() && !response.cancelled)
        qCInfo(lcRestHttp).noquote()
            << "GET" << shown(call->url) << "ended with HTTP" << response.status << response.error;
    if (call->context)
        call->done(response);
}

void RestFetcher::cancel()
{
    if (m_tokens)
        m_tokens->cancel();
    std::map<quint64, std::unique_ptr<Call>> calls = std::move(m_calls);
    m_calls.clear();
    for (auto &[id, call] : calls) {
        if (call->timer) {
            call->timer->stop();
            call->timer->deleteLater();
        }
        if (call->reply) {
            call->reply->disconnect(this);
            call->reply->abort();
            call->reply->deleteLater();
        }
    }
    for (auto &[id, call] : calls) {
        RestResponse r;
        r.url = call->url;
        r.cancelled = true;
        r.error = tr("cancelled");
        r.attempts = call->attempt;
        if (call->context)
            call->done(r);
    }
}

} // namespace rb
