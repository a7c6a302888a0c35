#include "TokenUrlProbe.h"

#include "OAuth2TokenProvider.h"

#include <QLoggingCategory>
#include <QTimer>
#include <QUrl>

namespace rb {

Q_LOGGING_CATEGORY(lcTokenProbe, "rosterbridge.rest.tokenprobe", QtInfoMsg)

namespace {
// Enough for a token endpoint on a live server; a probe must not keep the admin waiting.
constexpr int kProbeTimeoutMs = 15000;
} // namespace

TokenUrlProbe::TokenUrlProbe(QNetworkAccessManager *network, const RestSourceSettings &settings,
                             RestSecrets secrets, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_settings(settings)
    , m_secrets(std::move(secrets))
{
    m_redactor.addSecret(m_secrets.clientSecret.toUtf8());
    // One answer per address: a missing endpoint is not retried, a slow one not waited for.
    m_settings.maxRetries = 0;
    m_settings.requestTimeoutMs = qMin(m_settings.requestTimeoutMs, kProbeTimeoutMs);
}

TokenUrlProbe::~TokenUrlProbe() = default;

QStringList TokenUrlProbe::candidates(const QString &baseUrl)
{
    QString base = baseUrl.trimmed();
    while (base.endsWith(u'/'))
        base.chop(1);
    const QUrl url(base);
    if (!url.isValid() || url.host().isEmpty())
        return {};
    const QString origin =
        url.adjusted(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment).toString();
    const QStringList all{
        base + QStringLiteral("/token"),          origin + QStringLiteral("/oauth/token"),
        base + QStringLiteral("/oauth/token"),    origin + QStringLiteral("/oauth/access_token"),
        origin + QStringLiteral("/oauth2/token"), origin + QStringLiteral("/token")};
    QStringList out;
    for (const QString &c : all) {
        if (!out.contains(c))
            out.append(c);
    }
    return out;
}

QString TokenUrlProbe::refusal(const QString &baseUrl)
{
    const QUrl url(baseUrl.trimmed());
    if (!url.isValid() || url.host().isEmpty())
        return tr("Enter the OneRoster API URL first.");
    if (url.scheme() == u"https")
        return {};
    if (url.scheme() == u"http" && RestSourceSettings::isLoopbackHost(url.host()))
        return {};
    return tr("The token URL is only looked for over https: %1 is not encrypted, and the client "
              "secret would be sent to every address tried. Enter the token URL your SIS vendor "
              "gives.")
        .arg(url.toDisplayString());
}

void TokenUrlProbe::start()
{
    if (const QString refused = refusal(m_settings.baseUrl); !refused.isEmpty()) {
        Result r;
        r.message = refused;
        // Asynchronous like every other outcome, so callers connect after start() safely.
        QTimer::singleShot(0, this, [this, r] { finish(r); });
        return;
    }
    m_candidates = candidates(m_settings.baseUrl);
    m_next = 0;
    tryNext();
}

void TokenUrlProbe::tryNext()
{
    if (m_next >= m_candidates.size()) {
        Result r;
        r.tried = m_candidates;
        r.message = tr("None of the usual token addresses answered (%1). Enter the token URL "
                       "your SIS vendor gives.")
                        .arg(m_candidates.join(QStringLiteral(", ")));
        finish(r);
        return;
    }
    const QString url = m_candidates.at(m_next++);
    RestSourceSettings settings = m_settings;
    settings.tokenUrl = url;
    m_provider = std::make_unique<OAuth2TokenProvider>(m_network, &m_redactor, settings, m_secrets);
    m_provider->withToken(this, [this, url](const TokenResult &token) {
        qCInfo(lcTokenProbe) << url << (token.ok ? "issued a token" : "answered") << token.status
                             << token.oauthError;
        if (!token.ok && token.oauthError.isEmpty()) {
            // Not a token endpoint (404, an HTML page, no server): the next address.
            QTimer::singleShot(0, this, &TokenUrlProbe::tryNext);
            return;
        }
        Result r;
        r.url = url;
        r.accepted = token.ok;
        r.tried = m_candidates.mid(0, m_next);
        r.message = token.ok ? tr("%1 answered and issued a token.").arg(url)
                             : tr("%1 answered as a token endpoint but refused the credentials "
                                  "(%2): check the client ID and secret.")
                                   .arg(url, token.oauthError);
        finish(r);
    });
}

void TokenUrlProbe::finish(const Result &result)
{
    if (m_done)
        return;
    m_done = true;
    Q_EMIT finished(result);
}

} // namespace rb
