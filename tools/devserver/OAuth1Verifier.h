#pragma once

#include "HttpRequest.h"
#include "HttpResponse.h"

#include <QHash>

#include <optional>

namespace rb::dev {

// Two-legged OAuth 1.0a as OneRoster 1.1 uses it (RFC 5849 section 3): every request is
// signed with HMAC-SHA256 (HMAC-SHA1 also accepted) using "consumer secret&" as the key. The
// signature base string is built as in section 3.4.1 from the request's method, base string
// URI (scheme, host from the Host header, path; no query) and every parameter of the query,
// the Authorization: OAuth header (realm excluded) and a form body, without oauth_signature.
class OAuth1Verifier
{
public:
    OAuth1Verifier(QString consumerKey, QString consumerSecret);

    // nullopt when the request is correctly signed, fresh and not replayed.
    std::optional<HttpResponse> verify(const HttpRequest &request);

    // RFC 5849 3.4.1: METHOD&enc(base URI)&enc(normalized parameters).
    static QByteArray signatureBaseString(const QByteArray &method, const QByteArray &baseUri,
                                          const QueryItems &parameters);

private:
    QString m_key;
    QString m_secret;
    QHash<QString, qint64> m_nonces; // nonce -> when it was seen (s)
};

} // namespace rb::dev
