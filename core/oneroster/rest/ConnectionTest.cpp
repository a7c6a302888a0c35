#include "ConnectionTest.h"

#include "CollectionPager.h"
#include "RestFetcher.h"
#include "RestJson.h"

#include <QHostAddress>
#include <QHostInfo>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSslCipher>
#include <QSslSocket>
#include <QTimer>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace rb {

Q_LOGGING_CATEGORY(lcRestTest, "rosterbridge.oneroster.rest.connectiontest")

namespace {
const QList<ConnectionLayer> kLayers = {ConnectionLayer::Dns, ConnectionLayer::Tls,
                                        ConnectionLayer::Token, ConnectionLayer::Scope,
                                        ConnectionLayer::FirstPage};

bool isLoopback(const QString &host)
{
    const QHostAddress address(host);
    return host == u"localhost" || (!address.isNull() && address.isLoopback());
}
} // namespace

ConnectionTest::ConnectionTest(QObject *parent)
    : QObject(parent)
{
}

ConnectionTest::~ConnectionTest()
{
    if (m_lookupId >= 0)
        QHostInfo::abortHostLookup(m_lookupId);
}

QString ConnectionTest::layerName(ConnectionLayer layer)
{
    switch (layer) {
    case ConnectionLayer::Dns:
        return tr("Name lookup (DNS)");
    case ConnectionLayer::Tls:
        return tr("Secure connection (TLS)");
    case ConnectionLayer::Token:
        return tr("Token endpoint");
    case ConnectionLayer::Scope:
        return tr("Scopes");
    case ConnectionLayer::FirstPage:
        return tr("First page of /orgs");
    }
    return {};
}

void ConnectionTest::start(const RestSourceSettings &settings, RestSecrets secrets)
{
    if (m_running)
        return;
    m_running = true;
    m_finished = false;
    m_results.clear();
    m_exchanges.clear();
    m_settings = settings;
    // A test should answer quickly: one retry at most.
    m_settings.maxRetries = qMin(m_settings.maxRetries, 1);
    m_secrets = std::move(secrets);
    m_step = 0;
    m_hosts.clear();
    m_tlsTargets.clear();
    m_dnsDetails.clear();
    m_tlsDetails.clear();

    Findings findings;
    if (!m_settings.validate(&findings)) {
        skipRest(tr("not tried: the settings are incomplete"));
        m_results.first().details = findings.lines();
        return;
    }
    if (m_fetcher)
        m_fetcher->deleteLater();
    m_fetcher = new RestFetcher(m_settings, m_secrets, this);
    connect(m_fetcher, &RestFetcher::exchangeRecorded, this,
            [this](const RestExchange &e) { m_exchanges.append(e); });

    QList<QUrl> urls = {m_settings.apiRoot()};
    if (m_settings.authType == RestAuthType::OAuth2)
        urls.append(QUrl(m_settings.effectiveTokenUrl()));
    for (const QUrl &url : std::as_const(urls)) {
        if (!m_hosts.contains(url.host()))
            m_hosts.append(url.host());
        const std::pair<QString, int> target{url.host(), url.port(443)};
        if (url.scheme() == u"https" && !m_tlsTargets.contains(target))
            m_tlsTargets.append(target);
    }
    QTimer::singleShot(0, this, [this] { lookupNext(); });
}

void ConnectionTest::report(ConnectionLayer layer, LayerStatus status, const QString &summary,
                            const QStringList &details, int httpStatus)
{
    ConnectionLayerResult r{layer, status, summary, details, httpStatus};
    m_results.append(r);
    qCInfo(lcRestTest).noquote() << layerName(layer) << int(status) << summary;
    Q_EMIT layerFinished(r);
}

void ConnectionTest::skipRest(const QString &why)
{
    for (const ConnectionLayer layer : kLayers) {
        const bool reported = std::any_of(m_results.cbegin(), m_results.cend(),
                                          [layer](const auto &r) { return r.layer == layer; });
        if (!reported)
            report(layer, LayerStatus::Skipped, why);
    }
    done();
}

void ConnectionTest::lookupNext()
{
    if (m_finished)
        return;
    if (m_step >= m_hosts.size()) {
        report(ConnectionLayer::Dns, LayerStatus::Passed, tr("the server names resolve"),
               m_dnsDetails);
        m_step = 0;
        tlsNext();
        return;
    }
    const QString host = m_hosts.at(m_step);
    m_lookupId = QHostInfo::lookupHost(host, this, [this, host](const QHostInfo &info) {
        m_lookupId = -1;
        if (m_finished)
            return;
        if (info.error() != QHostInfo::NoError || info.addresses().isEmpty()) {
            report(ConnectionLayer::Dns, LayerStatus::Failed,
                   tr("the name %1 could not be resolved: %2").arg(host, info.errorString()),
                   m_dnsDetails);
            skipRest(tr("not tried: the name lookup failed"));
            return;
        }
        QStringList addresses;
        for (const QHostAddress &a : info.addresses())
            addresses.append(a.toString());
        m_dnsDetails.append(host + u" → "_s + addresses.join(u", "_s));
        ++m_step;
        lookupNext();
    });
}

void ConnectionTest::tlsNext()
{
    if (m_finished)
        return;
    if (m_tlsTargets.isEmpty()) {
        const bool local = std::all_of(m_hosts.cbegin(), m_hosts.cend(), isLoopback);
        report(ConnectionLayer::Tls, local ? LayerStatus::Skipped : LayerStatus::Warning,
               tr("the URLs use plain HTTP: nothing is encrypted"));
        testToken();
        return;
    }
    if (m_step == 0) {
        if (!QSslSocket::supportsSsl()) {
            report(ConnectionLayer::Tls, LayerStatus::Failed,
                   tr("this computer has no TLS support (the TLS library is missing)"));
            skipRest(tr("not tried: no secure connection"));
            return;
        }
        if (const Result<void> prepared = m_fetcher->prepare(); !prepared) {
            report(ConnectionLayer::Tls, LayerStatus::Failed, prepared.error());
            skipRest(tr("not tried: no secure connection"));
            return;
        }
    }
    if (m_step >= m_tlsTargets.size()) {
        report(ConnectionLayer::Tls, LayerStatus::Passed, tr("the secure connection is trusted"),
               m_tlsDetails);
        testToken();
        return;
    }
    const auto [host, port] = m_tlsTargets.at(m_step);
    auto *socket = new QSslSocket(this);
    m_socket = socket;
    if (m_fetcher->hasSslConfiguration())
        socket->setSslConfiguration(m_fetcher->sslConfiguration());
    m_timer = new QTimer(this);
    m_timer->setSingleShot(true);
    auto fail = [this, socket,
                 target = QString(host + u':' + QString::number(port))](const QString &why) {
        if (m_finished || m_socket != socket)
            return;
        m_socket = nullptr;
        m_timer->deleteLater();
        m_timer = nullptr;
        QStringList details = socket->property("rb_sslErrors").toStringList();
        details.append(why);
        socket->abort();
        socket->deleteLater();
        report(ConnectionLayer::Tls, LayerStatus::Failed,
               tr("the secure connection to %1 failed").arg(target), details);
        skipRest(tr("not tried: no secure connection"));
    };
    connect(socket, &QSslSocket::sslErrors, this, [socket](const QList<QSslError> &errors) {
        // Listed for the admin, never ignored.
        QStringList texts = socket->property("rb_sslErrors").toStringList();
        for (const QSslError &e : errors)
            texts.append(e.errorString());
        socket->setProperty("rb_sslErrors", texts);
    });
    connect(socket, &QAbstractSocket::errorOccurred, this,
            [socket, fail](QAbstractSocket::SocketError) { fail(socket->errorString()); });
    connect(m_timer, &QTimer::timeout, this,
            [this, fail] { fail(tr("no answer within %1 ms").arg(m_settings.requestTimeoutMs)); });
    connect(socket, &QSslSocket::encrypted, this, [this, socket, host = host, port = port] {
        if (m_finished || m_socket != socket)
            return;
        m_socket = nullptr;
        m_timer->deleteLater();
        m_timer = nullptr;
        const QSslCertificate cert = socket->peerCertificate();
        m_tlsDetails.append(tr("%1:%2: %3, certificate for %4, valid until %5")
                                .arg(host)
                                .arg(port)
                                .arg(socket->sessionCipher().protocolString(),
                                     cert.subjectInfo(QSslCertificate::CommonName).join(u", "_s),
                                     cert.expiryDate().toString(Qt::ISODate)));
        socket->disconnectFromHost();
        socket->deleteLater();
        ++m_step;
        tlsNext();
    });
    m_timer->start(m_settings.requestTimeoutMs);
    socket->connectToHostEncrypted(host, quint16(port));
}

void ConnectionTest::testToken()
{
    if (m_finished)
        return;
    if (m_settings.authType != RestAuthType::OAuth2) {
        const QString why = m_settings.authType == RestAuthType::OAuth1
                                ? tr("OAuth 1 signs every request; there is no token endpoint")
                                : tr("no authentication is configured");
        report(ConnectionLayer::Token, LayerStatus::Skipped, why);
        report(ConnectionLayer::Scope, LayerStatus::Skipped, why);
        testFirstPage();
        return;
    }
    m_fetcher->tokenProvider()->withToken(this, [this](const TokenResult &r) {
        if (m_finished || r.cancelled)
            return;
        if (!r.ok) {
            QStringList details;
            if (!r.oauthError.isEmpty())
                details.append(u"error: "_s + r.oauthError);
            if (!r.oauthErrorDescription.isEmpty())
                details.append(u"error_description: "_s + r.oauthErrorDescription);
            report(ConnectionLayer::Token, LayerStatus::Failed, r.error, details, r.status);
            if (r.oauthError == u"invalid_scope") {
                report(ConnectionLayer::Scope, LayerStatus::Failed,
                       tr("the token endpoint refused the requested scopes; try fewer scopes "
                          "(roster-core.readonly alone) or none, as the SIS vendor advises"),
                       m_settings.scopes, r.status);
            }
            skipRest(tr("not tried: no token"));
            return;
        }
        OAuth2TokenProvider *tokens = m_fetcher->tokenProvider();
        const QDateTime expires = tokens->expiresAt();
        report(ConnectionLayer::Token, LayerStatus::Passed,
               expires.isValid() ? tr("a token was issued; it expires in %n s", nullptr,
                                      int(QDateTime::currentDateTimeUtc().secsTo(expires)))
                                 : tr("a token was issued"));
        const QStringList granted = tokens->grantedScopes();
        QStringList missing;
        for (const QString &s : std::as_const(m_settings.scopes)) {
            if (!granted.isEmpty() && !granted.contains(s))
                missing.append(s);
        }
        if (!missing.isEmpty())
            report(ConnectionLayer::Scope, LayerStatus::Warning,
                   tr("the server did not grant every scope asked for; reading may be refused"),
                   missing);
        else if (m_settings.scopes.isEmpty())
            report(ConnectionLayer::Scope, LayerStatus::Passed, tr("no scope was asked for"),
                   granted);
        else
            report(ConnectionLayer::Scope, LayerStatus::Passed,
                   granted.isEmpty() ? tr("the scopes were accepted")
                                     : tr("the scopes asked for were granted"),
                   granted);
        testFirstPage();
    });
}

void ConnectionTest::testFirstPage()
{
    if (m_finished)
        return;
    QUrl url = m_settings.apiRoot();
    url.setPath(url.path() + u"/orgs"_s);
    QUrlQuery query;
    query.addQueryItem(u"limit"_s, QString::number(m_settings.pageSize));
    query.addQueryItem(u"offset"_s, u"0"_s);
    url.setQuery(query);
    m_fetcher->get(url, tr("connection test"), this, [this](const RestResponse &r) {
        if (m_finished || r.cancelled)
            return;
        const QString shown = m_fetcher->shown(r.url);
        if (!r.isSuccess()) {
            report(ConnectionLayer::FirstPage, LayerStatus::Failed,
                   CollectionPager::describeFailure(r, shown, u"orgs"_s), {}, r.status);
            done();
            return;
        }
        QJsonParseError error{};
        const QJsonDocument doc = QJsonDocument::fromJson(r.body, &error);
        const auto orgs = RestJson::envelope(doc.object(), {u"orgs"_s});
        if (error.error != QJsonParseError::NoError || !orgs) {
            report(ConnectionLayer::FirstPage, LayerStatus::Failed,
                   tr("GET %1 answered HTTP %2 without an \"orgs\" array; is this a OneRoster "
                      "%3 server?")
                       .arg(shown)
                       .arg(r.status)
                       .arg(oneRosterVersionName(m_settings.version)),
                   {QString::fromUtf8(r.body.left(200)).simplified()}, r.status);
            done();
            return;
        }
        QStringList details;
        const QByteArray total = r.header("X-Total-Count");
        details.append(total.isEmpty() ? tr("the server does not send X-Total-Count")
                                       : tr("X-Total-Count: %1").arg(QString::fromLatin1(total)));
        if (!CollectionPager::nextLink(r.header("Link"), r.url).isEmpty())
            details.append(tr("the server offers Link rel=\"next\" paging"));
        report(ConnectionLayer::FirstPage,
               orgs->isEmpty() ? LayerStatus::Warning : LayerStatus::Passed,
               tr("the first page of /orgs holds %n org(s)", nullptr, int(orgs->size())), details,
               r.status);
        done();
    });
}

void ConnectionTest::done()
{
    if (m_finished)
        return;
    m_finished = true;
    const bool ok = std::none_of(m_results.cbegin(), m_results.cend(),
                                 [](const auto &r) { return r.status == LayerStatus::Failed; });
    QTimer::singleShot(0, this, [this, ok] {
        m_running = false;
        Q_EMIT finished(ok);
    });
}

void ConnectionTest::cancel()
{
    if (m_finished)
        return;
    if (m_lookupId >= 0) {
        QHostInfo::abortHostLookup(m_lookupId);
        m_lookupId = -1;
    }
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
        m_socket->deleteLater();
        m_socket = nullptr;
    }
    if (m_timer) {
        m_timer->stop();
        m_timer->deleteLater();
        m_timer = nullptr;
    }
    skipRest(tr("not tried: the test was cancelled"));
    if (m_fetcher)
        m_fetcher->cancel();
}

} // namespace rb
