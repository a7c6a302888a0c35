#pragma once

#include <QByteArrayView>
#include <QDateTime>
#include <QNetworkReply>

#include <functional>
#include <optional>

namespace rb {

// When and how long to wait before trying a request again: on 429, 5xx, timeouts and dropped
// connections, with exponential backoff and full jitter (delay drawn from 0..base*2^n, capped),
// never shorter than the server's Retry-After.
class RetryPolicy
{
public:
    // Retry-After beyond this is not waited for: the run fails and says how long was asked.
    static constexpr qint64 kMaxRetryAfterMs = 10 * 60 * 1000;

    RetryPolicy(int maxRetries, int baseDelayMs, int maxDelayMs);

    int maxRetries() const { return m_maxRetries; }
    static bool isRetryableStatus(int status);
    // Timeouts, connections dropped or refused, temporary network failures. TLS and DNS
    // errors are not retried: they do not go away by themselves.
    static bool isRetryableError(QNetworkReply::NetworkError error);
    // Retry-After as seconds or an HTTP date; nothing when absent or unreadable.
    static std::optional<qint64> parseRetryAfter(QByteArrayView value, const QDateTime &now);

    // Delay before retry number `retry` (1 = first retry).
    qint64 delayMs(int retry, std::optional<qint64> retryAfterMs) const;
    // For tests: a fixed "random" fraction in [0, 1).
    void setRandom(std::function<double()> random) { m_random = std::move(random); }

private:
    int m_maxRetries;
    int m_baseDelayMs;
    int m_maxDelayMs;
    std::function<double()> m_random;
};

} // namespace rb
