#pragma once

#include "RestSourceSettings.h"
#include "common/Redactor.h"

#include <QMetaType>
#include <QObject>
#include <QStringList>

#include <memory>

class QNetworkAccessManager;

namespace rb {

class OAuth2TokenProvider;

// Finds a SIS's OAuth 2 token endpoint when its vendor documents none: tries the usual paths
// on the API's own scheme and host, one after the other, and stops at the first that answers
// as a token endpoint: with a token, or with an OAuth error such as invalid_client (then the
// address is right and the credentials are not). The client secret only ever goes to the API's
// own host, over HTTPS or to a loopback address: never to a guessed plain-HTTP address.
class TokenUrlProbe : public QObject
{
    Q_OBJECT
public:
    struct Result
    {
        // The address that answered; empty when none did.
        QString url;
        // It issued a token with these credentials.
        bool accepted = false;
        // One sentence for the admin: which address answered and how, or what was tried.
        QString message;
        QStringList tried;
    };

    TokenUrlProbe(QNetworkAccessManager *network, const RestSourceSettings &settings,
                  RestSecrets secrets, QObject *parent = nullptr);
    ~TokenUrlProbe() override;

    // The addresses tried, in order, for an API base URL.
    static QStringList candidates(const QString &baseUrl);
    // Why a base URL may not be probed; empty when it may.
    static QString refusal(const QString &baseUrl);

    // finished() follows, also when nothing may be tried.
    void start();

Q_SIGNALS:
    void finished(const rb::TokenUrlProbe::Result &result);

private:
    void tryNext();
    void finish(const Result &result);

    QNetworkAccessManager *m_network;
    RestSourceSettings m_settings;
    RestSecrets m_secrets;
    Redactor m_redactor;
    QStringList m_candidates;
    int m_next = 0;
    std::unique_ptr<OAuth2TokenProvider> m_provider;
    bool m_done = false;
};

} // namespace rb

Q_DECLARE_METATYPE(rb::TokenUrlProbe::Result)
