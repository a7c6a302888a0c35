#pragma once

#include "RestExchange.h"
#include "RestSourceSettings.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QStringList>

class QSslSocket;
class QTimer;

namespace rb {

class RestFetcher;

// The layers a connection goes through, in the order they are tested.
enum class ConnectionLayer { Dns, Tls, Token, Scope, FirstPage };
enum class LayerStatus { Passed, Warning, Failed, Skipped };

struct ConnectionLayerResult
{
    ConnectionLayer layer = ConnectionLayer::Dns;
    LayerStatus status = LayerStatus::Skipped;
    // One sentence for the admin.
    QString summary;
    // Addresses, certificate errors, granted scopes, the server's error text...
    QStringList details;
    int httpStatus = 0;
};

// "Test connection": says which layer fails, so the admin knows whom to call. DNS (the API and
// token hosts resolve), TLS (the handshake, with every certificate error listed), the token
// endpoint (status and the server's error text), the scopes (invalid_scope, scopes not
// granted), and a first real page of /orgs with its count. layerFinished() is emitted once per
// layer, in that order; layers after a failure are reported as skipped. finished() follows.
class ConnectionTest : public QObject
{
    Q_OBJECT
public:
    explicit ConnectionTest(QObject *parent = nullptr);
    ~ConnectionTest() override;

    void start(const RestSourceSettings &settings, RestSecrets secrets);
    void cancel();
    bool isRunning() const { return m_running; }

    const QList<ConnectionLayerResult> &results() const { return m_results; }
    const QList<RestExchange> &exchanges() const { return m_exchanges; }
    static QString layerName(ConnectionLayer layer);

Q_SIGNALS:
    void layerFinished(const rb::ConnectionLayerResult &result);
    // ok: no layer failed (warnings allowed).
    void finished(bool ok);

private:
    void report(ConnectionLayer layer, LayerStatus status, const QString &summary,
                const QStringList &details = {}, int httpStatus = 0);
    void skipRest(const QString &why);
    void lookupNext();
    void tlsNext();
    void testToken();
    void testFirstPage();
    void done();

    RestSourceSettings m_settings;
    RestSecrets m_secrets;
    QPointer<RestFetcher> m_fetcher;
    QList<ConnectionLayerResult> m_results;
    QList<RestExchange> m_exchanges;
    QStringList m_hosts;
    QList<std::pair<QString, int>> m_tlsTargets;
    int m_step = 0;
    int m_lookupId = -1;
    QStringList m_dnsDetails;
    QStringList m_tlsDetails;
    QPointer<QSslSocket> m_socket;
    QTimer *m_timer = nullptr;
    bool m_running = false;
    bool m_finished = true;
};

} // namespace rb
