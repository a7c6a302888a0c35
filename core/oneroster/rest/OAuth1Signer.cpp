#include "OAuth1Signer.h"

#include <QDateTime>
#include <QMessageAuthenticationCode>
#include <QRandomGenerator>
#include <QUrlQuery>

#include <algorithm>

namespace rb {

OAuth1Signer::OAuth1Signer(QString consumerKey, QString consumerSecret, Method method)
    : m_consumerKey(std::move(consumerKey))
    , m_consumerSecret(std::move(consumerSecret))
    , m_method(method)
    , m_nonce([] {
        // 128 random bits, hex: unique per request as RFC 5849 3.3 asks.
        QByteArray bytes(16, Qt::Uninitialized);
        QRandomGenerator::system()->generate(bytes.begin(), bytes.end());
        return bytes.toHex();
    })
    , m_clock([] { return QDateTime::currentSecsSinceEpoch(); })
{
}

void OAuth1Signer::setToken(const QString &token, const QString &tokenSecret)
{
    m_token = token;
    m_tokenSecret = tokenSecret;
}

void OAuth1Signer::setNonceSource(std::function<QByteArray()> nonce)
{
    m_nonce = std::move(nonce);
}

void OAuth1Signer::setClock(std::function<qint64()> secondsSinceEpoch)
{
    m_clock = std::move(secondsSinceEpoch);
}

QByteArray OAuth1Signer::encode(const QByteArray &value)
{
    return value.toPercentEncoding(QByteArray(), QByteArray(), '%');
}

QByteArray OAuth1Signer::baseUri(const QUrl &url)
{
    const QString scheme = url.scheme().toLower();
    QByteArray out = scheme.toUtf8() + "://" + url.host(QUrl::FullyEncoded).toLower().toUtf8();
    const int port = url.port();
    if (port > 0 && !(scheme == QLatin1StringView("http") && port == 80) &&
        !(scheme == QLatin1StringView("https") && port == 443))
        out += ':' + QByteArray::number(port);
    QByteArray path = url.path(QUrl::FullyEncoded).toUtf8();
    if (path.isEmpty())
        path = "/";
    return out + path;
}

OAuth1Signer::Params OAuth1Signer::queryParams(const QUrl &url)
{
    Params out;
    const QByteArray query = url.query(QUrl::FullyEncoded).toUtf8();
    if (query.isEmpty())
        return out;
    const QList<QByteArray> pairs = query.split('&');
    for (const QByteArray &pair : pairs) {
        if (pair.isEmpty())
            continue;
        const qsizetype eq = pair.indexOf('=');
        QByteArray name = eq < 0 ? pair : pair.left(eq);
        QByteArray value = eq < 0 ? QByteArray() : pair.mid(eq + 1);
        // Form-style '+' means space (RFC 5849 3.4.1.3.1 decodes as x-www-form-urlencoded).
        name.replace('+', ' ');
        value.replace('+', ' ');
        out.append(std::pair{QByteArray::fromPercentEncoding(name),
                             QByteArray::fromPercentEncoding(value)});
    }
    return out;
}

QByteArray OAuth1Signer::baseString(const QByteArray &httpMethod, const QUrl &url,
                                    const Params &params)
{
    // RFC 5849 3.4.1.3.2: encode, then sort by name and value, then join.
    QList<std::pair<QByteArray, QByteArray>> encoded;
    encoded.reserve(params.size());
    for (const auto &[name, value] : params)
        encoded.append(std::pair{encode(name), encode(value)});
    std::sort(encoded.begin(), encoded.end());
    QByteArray normalized;
    for (const auto &[name, value] : std::as_const(encoded)) {
        if (!normalized.isEmpty())
            normalized += '&';
        normalized += name + '=' + value;
    }
    return httpMethod.toUpper() + '&' + encode(baseUri(url)) + '&' + encode(normalized);
}

QByteArray OAuth1Signer::sign(Method method, const QByteArray &baseString,
                              const QString &consumerSecret, const QString &tokenSecret)
{
    const QByteArray key = encode(consumerSecret.toUtf8()) + '&' + encode(tokenSecret.toUtf8());
    const auto algorithm =
        method == Method::HmacSha1 ? QCryptographicHash::Sha1 : QCryptographicHash::Sha256;
    return QMessageAuthenticationCode::hash(baseString, key, algorithm).toBase64();
}

OAuth1Signer::Params OAuth1Signer::protocolParams() const
{
    Params p = {
        {"oauth_consumer_key", m_consumerKey.toUtf8()},
        {"oauth_nonce", m_nonce()},
        {"oauth_signature_method",
         m_method == Method::HmacSha1 ? QByteArray("HMAC-SHA1") : QByteArray("HMAC-SHA256")},
        {"oauth_timestamp", QByteArray::number(m_clock())},
    };
    if (!m_token.isEmpty())
        p.append(std::pair{QByteArray("oauth_token"), m_token.toUtf8()});
    if (m_includeVersion)
        p.append(std::pair{QByteArray("oauth_version"), QByteArray("1.0")});
    return p;
}

QByteArray OAuth1Signer::authorization(const QByteArray &httpMethod, const QUrl &url,
                                       const Params &formParams) const
{
    const Params oauth = protocolParams();
    Params all = oauth;
    all += queryParams(url);
    all += formParams;
    const QByteArray signature =
        sign(m_method, baseString(httpMethod, url, all), m_consumerSecret, m_tokenSecret);
    QByteArray header = "OAuth ";
    for (const auto &[name, value] : oauth)
        header += encode(name) + "=\"" + encode(value) + "\", ";
    header += "oauth_signature=\"" + encode(signature) + '"';
    return header;
}

} // namespace rb
