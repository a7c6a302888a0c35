#include "DevServer.h"

#include "DevServerLog.h"
#include "ImsxStatus.h"

#include <QDateTime>
#include <QFile>
#include <QJsonDocument>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QUrl>

namespace rb::dev {

namespace {

constexpr qsizetype MaxLogEntries = 500;
const QByteArray V11Root = QByteArrayLiteral("/ims/oneroster/v1p1");
const QByteArray V12Root = QByteArrayLiteral("/ims/oneroster/rostering/v1p2");

// The path below root, or a null array when the path is not under it.
QByteArray below(const QByteArray &path, const QByteArray &root)
{
    if (path == root)
        return QByteArray("");
    if (path.startsWith(QByteArray(root + '/')))
        return path.mid(root.size());
    return {};
}

} // namespace

DevServer::DevServer(ServerOptions options, const OneRosterData &data, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_data(data)
    , m_http(new HttpServer([this](const HttpRequest &r) { return handle(r); }, this))
    , m_tokens(m_options.token)
    , m_oauth1(m_options.token.clientId, m_options.token.clientSecret)
{
    m_faults.replace(m_options.faults);
}

QString DevServer::origin() const
{
    const bool https = !m_options.tlsCertificate.isEmpty();
    QUrl url;
    url.setScheme(https ? QStringLiteral("https") : QStringLiteral("http"));
    url.setHost(m_options.publicHost.isEmpty() ? m_options.host : m_options.publicHost);
    // The scheme's own port is left out, as an admin would type the address.
    if (port() != (https ? 443 : 80))
        url.setPort(port());
    return url.toString();
}

QString DevServer::baseUrl() const
{
    return origin() + m_options.basePath;
}

bool DevServer::setUpTls(QString *error)
{
    QFile certificateFile(m_options.tlsCertificate);
    QFile keyFile(m_options.tlsKey);
    if (!certificateFile.open(QIODevice::ReadOnly) || !keyFile.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read --tls-cert or --tls-key");
        return false;
    }
    const QList<QSslCertificate> chain = QSslCertificate::fromData(certificateFile.readAll());
    const QSslKey key(keyFile.readAll(), QSsl::Rsa);
    if (chain.isEmpty() || key.isNull()) {
        *error = QStringLiteral("--tls-cert or --tls-key is not a PEM certificate or RSA key");
        return false;
    }
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setLocalCertificateChain(chain);
    configuration.setPrivateKey(key);
    configuration.setPeerVerifyMode(QSslSocket::VerifyNone);
    m_http->useTls(configuration);
    return true;
}

bool DevServer::start(QString *error)
{
    const QHostAddress address(m_options.host);
    if (address.isNull()) {
        *error = QStringLiteral("bad --host address: ") + m_options.host;
        return false;
    }
    if (!m_options.tlsCertificate.isEmpty() && !setUpTls(error))
        return false;
    if (!m_http->listen(address, m_options.port)) {
        *error = m_http->errorString();
        return false;
    }
    const auto settings = [&](OneRosterVersion version, const QByteArray &root) {
        ApiSettings s;
        s.version = version;
        s.origin = origin();
        s.hrefBase = m_options.aeries ? QString(u'~' + QString::fromLatin1(root))
                                      : QString(baseUrl() + QString::fromLatin1(root));
        s.nulls = m_options.nulls;
        s.aeries = m_options.aeries;
        s.maxLimit = m_options.maxLimit;
        return s;
    };
    if (m_options.servesV11())
        m_v11 = std::make_unique<RosterApi>(m_data, settings(OneRosterVersion::V1_1, V11Root));
    if (m_options.servesV12())
        m_v12 = std::make_unique<RosterApi>(m_data, settings(OneRosterVersion::V1_2, V12Root));
    return true;
}

HttpResponse DevServer::handle(const HttpRequest &request)
{
    HttpResponse response;
    const QByteArray base = m_options.basePath.toUtf8();
    const QByteArray path = request.path;
    const QByteArray rel = below(path, base.isEmpty() ? QByteArray("") : base);
    const QByteArray local = base.isEmpty() ? path : rel;
    if (path.startsWith("/__admin/") || local.startsWith("/__admin/")) {
        response = handleAdmin(request, path.startsWith("/__admin/") ? path : local);
    } else if (m_options.auth == AuthMode::OAuth2 &&
               (m_options.tokenPath.isEmpty()
                    ? (local == "/oauth/token" || (m_options.aeries && local == "/token"))
                    : path == m_options.tokenPath.toUtf8())) {
        response = m_tokens.tokenRequest(request, m_faults.tokenTtl());
    } else if (!local.isNull() && m_v11 && !below(local, V11Root).isNull()) {
        response = handleApi(request, *m_v11, below(local, V11Root));
    } else if (!local.isNull() && m_v12 && !below(local, V12Root).isNull()) {
        response = handleApi(request, *m_v12, below(local, V12Root));
    } else {
        response =
            imsxError(404, QStringLiteral("unknownobject"), QStringLiteral("no such endpoint"));
    }
    if (local != "/__admin/log" && path != "/__admin/log")
        log(request, response);
    qCDebug(lcDevServer).noquote() << request.method << request.target << response.status;
    return response;
}

HttpResponse DevServer::handleAdmin(const HttpRequest &request, const QByteArray &path)
{
    if (path == "/__admin/faults" && request.method == "GET")
        return HttpResponse::json(200, m_faults.toJson());
    if (path == "/__admin/faults" && request.method == "POST") {
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(request.body, &parseError);
        if (!doc.isObject())
            return imsxError(400, QStringLiteral("invaliddata"),
                             QStringLiteral("a JSON object is expected"));
        QString error;
        const auto settings = FaultSettings::fromJson(doc.object(), &error);
        if (!settings)
            return imsxError(400, QStringLiteral("invaliddata"), error);
        m_faults.replace(*settings);
        qCInfo(lcDevServer).noquote()
            << "faults:" << QJsonDocument(m_faults.toJson()).toJson(QJsonDocument::Compact);
        return HttpResponse::json(200, m_faults.toJson());
    }
    if (path == "/__admin/log" && request.method == "GET") {
        HttpResponse r;
        r.setHeader("Content-Type", "application/json; charset=utf-8");
        r.body = QJsonDocument(m_log).toJson(QJsonDocument::Compact);
        return r;
    }
    return imsxError(404, QStringLiteral("unknownobject"), QStringLiteral("no such endpoint"));
}

std::optional<HttpResponse> DevServer::authenticate(const HttpRequest &request)
{
    switch (m_options.auth) {
    case AuthMode::None:
        return std::nullopt;
    case AuthMode::OAuth2:
        return m_tokens.checkApiRequest(request);
    case AuthMode::OAuth1:
        return m_oauth1.verify(request);
    }
    return std::nullopt;
}

HttpResponse DevServer::handleApi(const HttpRequest &request, const RosterApi &api,
                                  const QByteArray &subPath)
{
    const FaultInjector::Decision fault = m_faults.onApiRequest();
    HttpResponse response;
    if (fault.revokeTokens)
        m_tokens.revokeAccessTokens();
    if (fault.answer) {
        response = *fault.answer;
    } else if (auto refused = authenticate(request)) {
        response = *refused;
    } else {
        QStringList segments;
        const auto parts = subPath.split('/');
        for (const QByteArray &part : parts) {
            if (!part.isEmpty())
                segments.append(QUrl::fromPercentEncoding(part));
        }
        response = api.handle(request, segments, m_faults.paging());
    }
    if (fault.emptyEnvelope && response.status == 200)
        response.body = "{}";
    response.delivery = fault.delivery;
    response.delayMs = fault.delayMs;
    response.splitWrites = fault.splitWrites;
    return response;
}

void DevServer::log(const HttpRequest &request, const HttpResponse &response)
{
    QJsonObject headers;
    for (const auto &[name, value] : request.headers) {
        const QString key = QString::fromLatin1(name);
        const QString previous = headers.value(key).toString();
        headers.insert(key, previous.isEmpty() ? QString::fromLatin1(value)
                                               : previous + u", " + QString::fromLatin1(value));
    }
    QJsonObject entry{
        {QStringLiteral("time"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)},
        {QStringLiteral("method"), QString::fromLatin1(request.method)},
        {QStringLiteral("path"), QString::fromUtf8(request.target)},
        {QStringLiteral("headers"), headers},
        {QStringLiteral("status"), response.delivery == Delivery::Drop ? 0 : response.status}};
    if (response.delivery == Delivery::Drop)
        entry.insert(QStringLiteral("fault"), QStringLiteral("drop"));
    else if (response.delivery == Delivery::Truncate)
        entry.insert(QStringLiteral("fault"), QStringLiteral("truncate"));
    m_log.append(entry);
    while (m_log.size() > MaxLogEntries)
        m_log.removeFirst();
}

} // namespace rb::dev
