#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QUrl>

#include <functional>
#include <utility>

namespace rb {

// OAuth 1.0a request signing as OneRoster 1.1 uses it: two-legged (no token), HMAC-SHA256
// (or HMAC-SHA1), per RFC 5849 section 3.4. Every query parameter is part of the signature
// base string; a mistake there is the usual cause of 401s.
class OAuth1Signer
{
public:
    enum class Method { HmacSha1, HmacSha256 };
    using Params = QList<std::pair<QByteArray, QByteArray>>;

    OAuth1Signer(QString consumerKey, QString consumerSecret, Method method = Method::HmacSha256);

    // Three-legged use, for the RFC's examples; OneRoster leaves both empty.
    void setToken(const QString &token, const QString &tokenSecret);
    // Fixed values for tests; by default a random nonce and the current time.
    void setNonceSource(std::function<QByteArray()> nonce);
    void setClock(std::function<qint64()> secondsSinceEpoch);
    // Adds oauth_version=1.0 (optional in RFC 5849, expected by some servers). On by default.
    void setIncludeVersion(bool include) { m_includeVersion = include; }

    // The Authorization header value for a request. formParams: the body's parameters when the
    // body is application/x-www-form-urlencoded (they are signed too).
    QByteArray authorization(const QByteArray &httpMethod, const QUrl &url,
                             const Params &formParams = {}) const;

    // The oauth_* protocol parameters (without the signature) for one request.
    Params protocolParams() const;
    // RFC 5849 3.4.1: METHOD&enc(base URI)&enc(normalized parameters).
    static QByteArray baseString(const QByteArray &httpMethod, const QUrl &url,
                                 const Params &params);
    // RFC 5849 3.4.1.2: scheme and host lower case, default port dropped, no query.
    static QByteArray baseUri(const QUrl &url);
    // Query parameters of the URL, decoded (RFC 5849 3.4.1.3.1).
    static Params queryParams(const QUrl &url);
    // RFC 5849 3.4.2: base64 HMAC with key enc(consumerSecret)&enc(tokenSecret).
    static QByteArray sign(Method method, const QByteArray &baseString,
                           const QString &consumerSecret, const QString &tokenSecret);
    // RFC 5849 3.6: everything but ALPHA DIGIT - . _ ~ percent-encoded, upper-case hex.
    static QByteArray encode(const QByteArray &value);

private:
    QString m_consumerKey;
    QString m_consumerSecret;
    QString m_token;
    QString m_tokenSecret;
    Method m_method;
    bool m_includeVersion = true;
    std::function<QByteArray()> m_nonce;
    std::function<qint64()> m_clock;
};

} // namespace rb
