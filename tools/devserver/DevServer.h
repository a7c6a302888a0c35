#pragma once

#include "FaultInjector.h"
#include "HttpServer.h"
#include "OAuth1Verifier.h"
#include "OneRosterData.h"
#include "RosterApi.h"
#include "ServerOptions.h"
#include "TokenAuthority.h"

#include <QJsonArray>
#include <QObject>

#include <memory>

namespace rb::dev {

// Routes requests: admin endpoints, the OAuth 2 token endpoint, and the two OneRoster
// versions behind authentication and the fault switches. Keeps the recent request log.
class DevServer : public QObject
{
    Q_OBJECT
public:
    DevServer(ServerOptions options, const OneRosterData &data, QObject *parent = nullptr);

    bool start(QString *error);
    quint16 port() const { return m_http->port(); }
    // "http://127.0.0.1:N", or "https://NAME" with TLS on port 443 and a public host name.
    QString origin() const;
    QString baseUrl() const;

private:
    bool setUpTls(QString *error);
    HttpResponse handle(const HttpRequest &request);
    HttpResponse handleAdmin(const HttpRequest &request, const QByteArray &path);
    HttpResponse handleApi(const HttpRequest &request, const RosterApi &api,
                           const QByteArray &subPath);
    std::optional<HttpResponse> authenticate(const HttpRequest &request);
    void log(const HttpRequest &request, const HttpResponse &response);

    ServerOptions m_options;
    const OneRosterData &m_data;
    HttpServer *m_http;
    std::unique_ptr<RosterApi> m_v11;
    std::unique_ptr<RosterApi> m_v12;
    TokenAuthority m_tokens;
    OAuth1Verifier m_oauth1;
    FaultInjector m_faults;
    QJsonArray m_log;
};

} // namespace rb::dev
