#include "RetryPolicy.h"

#include <QLocale>
#include <QRandomGenerator>
#include <QTimeZone>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace rb {

RetryPolicy::RetryPolicy(int maxRetries, int baseDelayMs, int maxDelayMs)
    : m_maxRetries(qMax(0, maxRetries))
    , m_baseDelayMs(qMax(0, baseDelayMs))
    , m_maxDelayMs(qMax(0, maxDelayMs))
    , m_random([] { return QRandomGenerator::global()->generateDouble(); })
{
}

bool RetryPolicy::isRetryableStatus(int status)
{
    // 501 and 505 say the server cannot do this at all; waiting will not change that.
    return status == 429 || status == 408 ||
           (status >= 500 && status <= 599 && status != 501 && status != 505);
}

bool RetryPolicy::isRetryableError(QNetworkReply::NetworkError error)
{
    switch (error) {
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::RemoteHostClosedError:
    case QNetworkReply::TimeoutError:
    case QNetworkReply::OperationCanceledError: // the transfer timeout aborts this way
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::ProxyConnectionClosedError:
    case QNetworkReply::ProxyTimeoutError:
    case QNetworkReply::UnknownNetworkError:
    case QNetworkReply::InternalServerError:
    case QNetworkReply::ServiceUnavailableError:
    case QNetworkReply::UnknownServerError:
        return true;
    default:
        return false;
    }
}

std::optional<qint64> RetryPolicy::parseRetryAfter(QByteArrayView value, const QDateTime &now)
{
    const QByteArray text = value.trimmed().toByteArray();
    if (text.isEmpty())
        return std::nullopt;
    bool ok = false;
    const qint64 seconds = text.toLongLong(&ok);
    if (ok)
        return seconds < 0 ? std::nullopt : std::optional<qint64>(seconds * 1000);
    // IMF-fixdate, e.g. "Wed, 21 Oct 2015 07:28:00 GMT" (RFC 9110 10.2.3).
    QDateTime when =
        QLocale::c().toDateTime(QString::fromLatin1(text), u"ddd, dd MMM yyyy HH:mm:ss 'GMT'"_s);
    if (!when.isValid())
        return std::nullopt;
    when = QDateTime(when.date(), when.time(), QTimeZone::utc());
    return std::max<qint64>(0, now.msecsTo(when));
}

qint64 RetryPolicy::delayMs(int retry, std::optional<qint64> retryAfterMs) const
{
    const int exponent = std::clamp(retry - 1, 0, 30);
    const double ceiling =
        std::min<double>(m_maxDelayMs, double(m_baseDelayMs) * double(qint64(1) << exponent));
    const qint64 jittered = qint64(ceiling * std::clamp(m_random(), 0.0, 1.0));
    return retryAfterMs ? std::max(*retryAfterMs, jittered) : jittered;
}

} // namespace rb
