#pragma once

#include "OAuth1Signer.h"
#include "OAuth2TokenProvider.h"
#include "RestExchange.h"
#include "RestSourceSettings.h"
#include "RetryPolicy.h"
#include "common/Redactor.h"
#include "common/Result.h"

#include <QDeadlineTimer>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSslConfiguration>
#include <QUrl>

#include <functional>
#include <map>
#include <memory>

class QNetworkAccessManager;
class QNetworkReply;
class QTimer;

namespace rb {

// The answer to one GET, after authentication and retries.
struct RestResponse
{
    QUrl url;
    // 0 when no HTTP answer arrived (see error).
    int status = 0;
    QByteArray body;
    RawHeaders headers;
    // Why there is no usable answer (network, TLS, token endpoint), redacted; empty otherwise.
    QString error;
    bool cancelled = false;
    int attempts = 0;

    QByteArray header(QByteArrayView name) const;
    bool isSuccess() const { return error.isEmpty() && status >= 200 && status <= 299; }
};

// Authenticated GETs against the OneRoster server: OAuth 2 bearer tokens (renewed after a 401
// and before expiry), OAuth 1 signatures or none; the admin's extra headers; cookie replay;
// per-request timeouts; retries with backoff on 429, 5xx, timeouts and dropped connections.
// TLS errors are reported, never ignored. Every exchange is recorded, redacted.
// Lives on the thread that creates it, with its own QNetworkAccessManager.
class RestFetcher : public QObject
{
    Q_OBJECT
public:
    using Callback = std::function<void(const RestResponse &)>;

    // A response body past this is aborted while it downloads: a page of 50,000 records is a
    // few tens of MiB.
    static constexpr qint64 kMaxBodyBytes = qint64(512) * 1024 * 1024;
    // 401s a single request may answer by retrying with a newer or a renewed token.
    static constexpr int kMaxAuthRetries = 10;

    RestFetcher(const RestSourceSettings &settings, RestSecrets secrets, QObject *parent = nullptr);
    ~RestFetcher() override;

    // Loads the extra CA certificate, if any; fails when it cannot be used.
    Result<void> prepare();

    // Calls `done` exactly once (also when cancelled), unless `context` is destroyed first.
    void get(const QUrl &url, const QString &purpose, QObject *context, Callback done);
    // Stops every request; their callbacks get a cancelled response.
    void cancel();
    int inFlight() const { return int(m_calls.size()); }
    int retries() const { return m_retries; }

    const RestSourceSettings &settings() const { return m_settings; }
    const Redactor &redactor() const { return m_redactor; }
    QString shown(const QUrl &url) const;
    OAuth2TokenProvider *tokenProvider() const { return m_tokens; }
    QNetworkAccessManager *network() const { return m_network; }
    bool hasSslConfiguration() const { return m_hasSsl; }
    QSslConfiguration sslConfiguration() const { return m_ssl; }
    RetryPolicy &retryPolicy() { return m_retry; }
    // For tests: fixed OAuth 1 nonce and clock.
    OAuth1Signer *oauth1Signer() const { return m_oauth1.get(); }
    // For tests: a smaller body cap.
    void setMaxBodyBytes(qint64 bytes) { m_maxBodyBytes = bytes; }
    qint64 maxBodyBytes() const { return m_maxBodyBytes; }

Q_SIGNALS:
    void exchangeRecorded(const rb::RestExchange &exchange);
    void retryScheduled(const QUrl &url, int retry, qint64 delayMs, const QString &reason);

private:
    struct Call
    {
        quint64 id = 0;
        QUrl url;
        QString purpose;
        QPointer<QObject> context;
        Callback done;
        int attempt = 0;
        int authRetries = 0;
        // The OAuth2TokenProvider::generation() of the token the request carried.
        int tokenGeneration = 0;
        QPointer<QNetworkReply> reply;
        QTimer *timer = nullptr;
        // A retry never starts before this, whatever the timer's accuracy.
        QDeadlineTimer notBefore;
        QDateTime startedAt;
        qint64 startMs = 0;
    };
    void start(quint64 id);
    void send(Call *call);
    void onFinished(quint64 id, QNetworkReply *reply);
    void finish(quint64 id, const RestResponse &response);
    void retryLater(Call *call, qint64 delayMs, const QString &reason);
    void armRetryTimer(Call *call);
    void watchBodySize(QNetworkReply *reply);
    bool retryAfter401(Call *call);
    void storeCookies(const QList<QNetworkCookie> &cookies);

    RestSourceSettings m_settings;
    RestSecrets m_secrets;
    Redactor m_redactor;
    RetryPolicy m_retry;
    QNetworkAccessManager *m_network;
    OAuth2TokenProvider *m_tokens = nullptr;
    std::unique_ptr<OAuth1Signer> m_oauth1;
    QSslConfiguration m_ssl;
    bool m_hasSsl = false;
    QHash<QByteArray, QByteArray> m_cookies;
    QList<QByteArray> m_cookieOrder;
    std::map<quint64, std::unique_ptr<Call>> m_calls;
    quint64 m_nextId = 1;
    int m_retries = 0;
    qint64 m_maxBodyBytes = kMaxBodyBytes;
};

} // namespace rb
