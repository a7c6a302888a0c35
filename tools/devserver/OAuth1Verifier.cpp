#include "OAuth1Verifier.h"

#include "ImsxStatus.h"

#include <QDateTime>
#include <QMessageAuthenticationCode>
#include <QUrl>

#include <algorithm>

namespace rb::dev {

namespace {

constexpr qint64 MaxClockSkewSeconds = 300;

QByteArray enc(const QString &text)
{
    // RFC 3986 unreserved characters stay, everything else is %XX in upper case (RFC 5849 3.6).
    return QUrl::toPercentEncoding(text);
}

HttpResponse refuse(const QString &why)
{
    HttpResponse r = imsxError(401, QStringLiteral("unauthorisedrequest"), why);
    r.setHeader("WWW-Authenticate", "OAuth realm=\"OneRoster\"");
    return r;
}

// Parameters of an "Authorization: OAuth k="v", ..." header, realm left out (3.5.1).
QueryItems headerParameters(const QByteArray &header)
{
    QueryItems out;
    const auto parts = header.mid(6).split(',');
    for (const QByteArray &part : parts) {
        const QByteArray p = part.trimmed();
        const qsizetype eq = p.indexOf('=');
        if (eq <= 0)
            continue;
        const QByteArray name = p.left(eq).trimmed();
        QByteArray value = p.mid(eq + 1).trimmed();
        if (value.size() >= 2 && value.startsWith('"') && value.endsWith('"'))
            value = value.mid(1, value.size() - 2);
        if (name == "realm")
            continue;
        out.append({QString::fromUtf8(QByteArray::fromPercentEncoding(name)),
                    QString::fromUtf8(QByteArray::fromPercentEncoding(value))});
    }
    return out;
}

} // namespace

OAuth1Verifier::OAuth1Verifier(QString consumerKey, QString consumerSecret)
    : m_key(std::move(consumerKey))
    , m_secret(std::move(consumerSecret))
{
}

QByteArray OAuth1Verifier::signatureBaseString(const QByteArray &method, const QByteArray &baseUri,
                                               const QueryItems &parameters)
{
    QList<QPair<QByteArray, QByteArray>> encoded;
    for (const auto &[name, value] : parameters)
        encoded.append({enc(name), enc(value)});
    // Sorted by encoded name, then encoded value, in byte order (3.4.1.3.2).
    std::sort(encoded.begin(), encoded.end());
    QByteArrayList pairs;
    for (const auto &[name, value] : encoded)
        pairs.append(name + '=' + value);
    return method.toUpper() + '&' + enc(QString::fromUtf8(baseUri)) + '&' +
           enc(QString::fromUtf8(pairs.join('&')));
}

std::optional<HttpResponse> OAuth1Verifier::verify(const HttpRequest &request)
{
    QueryItems parameters = request.queryItems();
    const QByteArray authorization = request.header("Authorization");
    if (authorization.left(6).compare("OAuth ", Qt::CaseInsensitive) == 0)
        parameters += headerParameters(authorization);
    if (request.header("Content-Type").startsWith("application/x-www-form-urlencoded"))
        parameters += HttpRequest::parseForm(request.body);

    QString signature;
    QHash<QString, QString> oauth;
    QueryItems signedParameters;
    for (const auto &item : std::as_const(parameters)) {
        if (item.first == u"oauth_signature") {
            signature = item.second;
            continue;
        }
        if (item.first.startsWith(u"oauth_"))
            oauth.insert(item.first, item.second);
        signedParameters.append(item);
    }
    if (signature.isEmpty())
        return refuse(QStringLiteral("OAuth 1.0a signature required"));
    if (oauth.value(QStringLiteral("oauth_consumer_key")) != m_key)
        return refuse(QStringLiteral("unknown oauth_consumer_key"));
    const QString version = oauth.value(QStringLiteral("oauth_version"), QStringLiteral("1.0"));
    if (version != u"1.0")
        return refuse(QStringLiteral("oauth_version must be 1.0"));
    const QString method = oauth.value(QStringLiteral("oauth_signature_method"));
    QCryptographicHash::Algorithm algorithm;
    if (method == u"HMAC-SHA256")
        algorithm = QCryptographicHash::Sha256;
    else if (method == u"HMAC-SHA1")
        algorithm = QCryptographicHash::Sha1;
    else
        return refuse(QStringLiteral("unsupported oauth_signature_method: ") + method);
    bool ok = false;
    const qint64 timestamp = oauth.value(QStringLiteral("oauth_timestamp")).toLongLong(&ok);
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    if (!ok || qAbs(now - timestamp) > MaxClockSkewSeconds)
        return refuse(QStringLiteral("oauth_timestamp missing or more than 5 minutes off"));
    const QString nonce = oauth.value(QStringLiteral("oauth_nonce"));
    if (nonce.isEmpty())
        return refuse(QStringLiteral("oauth_nonce required"));

    // Base string URI (3.4.1.2): lower-case scheme and host, default port left out.
    QByteArray host = request.header("Host").toLower();
    if (host.endsWith(":80"))
        host.chop(3);
    const QByteArray baseUri = "http://" + host + request.path;
    const QByteArray base = signatureBaseString(request.method, baseUri, signedParameters);
    const QByteArray key = enc(m_secret) + '&';
    const QByteArray expected = QMessageAuthenticationCode::hash(base, key, algorithm).toBase64();
    if (expected != signature.toLatin1())
        return refuse(QStringLiteral("invalid oauth_signature"));

    for (auto it = m_nonces.begin(); it != m_nonces.end();) {
        if (now - it.value() > 2 * MaxClockSkewSeconds)
            it = m_nonces.erase(it);
        else
            ++it;
    }
    if (m_nonces.contains(nonce))
        return refuse(QStringLiteral("oauth_nonce already used"));
    m_nonces.insert(nonce, now);
    return std::nullopt;
}

} // namespace rb::dev
