#include "ServerOptions.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonObject>

#include <cstdio>

namespace rb::dev {

namespace {

bool fail(const QString &message)
{
    std::fprintf(stderr, "rb-devserver: %s\n", qPrintable(message));
    return false;
}

} // namespace

bool ServerOptions::parse(const QCoreApplication &app)
{
    QCommandLineParser p;
    p.setApplicationDescription(
        QStringLiteral(
            "OneRoster REST development server. Serves a OneRoster CSV export as 1.1 at\n"
            "{base}/ims/oneroster/v1p1 and as 1.2 at {base}/ims/oneroster/rostering/v1p2.\n"
            "On ready prints one JSON line {\"port\": N, \"baseUrl\": \"http://HOST:N{base}\"}\n"
            "(https with --tls-cert, HOST the --public-host name when given, no :N for the\n"
            "scheme's own port).\n"
            "OAuth 2 token endpoint: POST {base}/oauth/token (Aeries also {base}/token).\n"
            "Admin (no auth): GET/POST {base}/__admin/faults, GET {base}/__admin/log.\n\n"
            "Vendor modes (--vendor), each shaped by the vendor's public OneRoster facts:\n"
            "  aeries          1.1 only; token also at {base}/token; scope required; the\n"
            "                  token response's session cookies required; relative hrefs;\n"
            "                  no schools/{id}/classes|courses|terms.\n"
            "  powerschool     1.1 only; token only at {base}/oauth/access_token, HTTP Basic\n"
            "                  client authentication only; pages capped at the plugin's\n"
            "                  limit (--max-limit, here 100 unless given: PowerSchool's own\n"
            "                  default is not public, partners have it raised to 1000).\n"
            "  infinitecampus  1.2 only; {base} defaults to /campus/api/oneroster/v1p2/{app}\n"
            "                  (--app-name, default district); token only at\n"
            "                  /campus/oauth2/token?appName={app} from the root, client ID\n"
            "                  and secret in the form body only; pages of up to 50000.\n"
            "  synergy         1.1 only; token at {base}/oauth/token (Synergy's own token\n"
            "                  path is not public; --token-path moves it).\n"
            "Every mode sends X-Total-Count and Link headers: no public source says a vendor\n"
            "leaves them out (the omitTotalCount fault does).\n\n") +
        FaultSettings::helpText());
    p.addHelpOption();
    const QCommandLineOption data(
        QStringLiteral("data"), QStringLiteral("OneRoster 1.1 or 1.2 CSV export (zip or folder)."),
        QStringLiteral("path"));
    const QCommandLineOption host(QStringLiteral("host"),
                                  QStringLiteral("Address to listen on (default 127.0.0.1)."),
                                  QStringLiteral("address"), QStringLiteral("127.0.0.1"));
    const QCommandLineOption port(QStringLiteral("port"),
                                  QStringLiteral("Port; 0 picks a free one (default 0)."),
                                  QStringLiteral("n"), QStringLiteral("0"));
    const QCommandLineOption publicHost(
        QStringLiteral("public-host"),
        QStringLiteral("Host name in the URLs the server reports and links to, for a name that "
                       "resolves to the --host address (default: the address)."),
        QStringLiteral("name"));
    const QCommandLineOption tlsCert(
        QStringLiteral("tls-cert"),
        QStringLiteral("Serve https with this PEM certificate (chain first); needs --tls-key."),
        QStringLiteral("file"));
    const QCommandLineOption tlsKey(QStringLiteral("tls-key"),
                                    QStringLiteral("The PEM RSA private key of --tls-cert."),
                                    QStringLiteral("file"));
    const QCommandLineOption base(QStringLiteral("base-path"),
                                  QStringLiteral("Prefix of every path, e.g. /aeries."),
                                  QStringLiteral("prefix"));
    const QCommandLineOption tokenPath(
        QStringLiteral("token-path"),
        QStringLiteral("Serve the OAuth 2 token endpoint only at this path from the root, e.g. "
                       "/oauth/access_token, as some SIS do (default {base}/oauth/token)."),
        QStringLiteral("path"));
    const QCommandLineOption auth(QStringLiteral("auth"),
                                  QStringLiteral("none, oauth2 or oauth1 (default none)."),
                                  QStringLiteral("mode"), QStringLiteral("none"));
    const QCommandLineOption id(QStringLiteral("client-id"),
                                QStringLiteral("OAuth client id / consumer key."),
                                QStringLiteral("id"));
    const QCommandLineOption secret(QStringLiteral("client-secret"),
                                    QStringLiteral("OAuth client secret / consumer secret."),
                                    QStringLiteral("secret"));
    const QCommandLineOption clientAuth(
        QStringLiteral("client-auth"),
        QStringLiteral("Token client authentication accepted: basic, body or either (default)."),
        QStringLiteral("method"), QStringLiteral("either"));
    const QCommandLineOption ttl(QStringLiteral("token-ttl"),
                                 QStringLiteral("Access token lifetime (default 3600)."),
                                 QStringLiteral("seconds"), QStringLiteral("3600"));
    const QCommandLineOption requireScope(
        QStringLiteral("require-scope"),
        QStringLiteral("Token requests without scope fail with invalid_scope."));
    const QCommandLineOption allowedScopes(
        QStringLiteral("allowed-scopes"),
        QStringLiteral("Space-separated scopes; others fail with invalid_scope."),
        QStringLiteral("scopes"));
    const QCommandLineOption refresh(
        QStringLiteral("issue-refresh-token"),
        QStringLiteral("Token responses include refresh_token; grant_type=refresh_token works."));
    const QCommandLineOption vendor(
        QStringLiteral("vendor"),
        QStringLiteral("aeries, powerschool, infinitecampus or synergy (see above)."),
        QStringLiteral("name"));
    const QCommandLineOption appName(
        QStringLiteral("app-name"),
        QStringLiteral("Infinite Campus mode: the district's app name (default district)."),
        QStringLiteral("name"), QStringLiteral("district"));
    const QCommandLineOption nulls(QStringLiteral("nulls"),
                                   QStringLiteral("Write empty values as null, not absent."));
    const QCommandLineOption maxLimit(QStringLiteral("max-limit"),
                                      QStringLiteral("Largest page size (default 1000)."),
                                      QStringLiteral("n"), QStringLiteral("1000"));
    const QCommandLineOption fault(QStringLiteral("fault"),
                                   QStringLiteral("A fault switch, repeatable (see above)."),
                                   QStringLiteral("name=value"));
    const QCommandLineOption stdinClose(QStringLiteral("exit-on-stdin-close"),
                                        QStringLiteral("Exit when standard input closes."));
    p.addOptions({data,  host,         port,          publicHost, tlsCert, tlsKey,
                  base,  tokenPath,    auth,          id,         secret,  clientAuth,
                  ttl,   requireScope, allowedScopes, refresh,    vendor,  appName,
                  nulls, maxLimit,     fault,         stdinClose});
    p.process(app);

    dataPath = p.value(data);
    if (dataPath.isEmpty())
        return fail(QStringLiteral("--data is required"));
    this->host = p.value(host);
    bool ok = false;
    const uint portValue = p.value(port).toUInt(&ok);
    if (!ok || portValue > 65535)
        return fail(QStringLiteral("bad --port"));
    this->port = quint16(portValue);
    this->publicHost = p.value(publicHost);
    tlsCertificate = p.value(tlsCert);
    this->tlsKey = p.value(tlsKey);
    if (tlsCertificate.isEmpty() != this->tlsKey.isEmpty())
        return fail(QStringLiteral("--tls-cert and --tls-key go together"));
    basePath = p.value(base);
    while (basePath.endsWith(u'/'))
        basePath.chop(1);
    if (!basePath.isEmpty() && !basePath.startsWith(u'/'))
        basePath.prepend(u'/');
    const QString authValue = p.value(auth);
    if (authValue == u"none")
        this->auth = AuthMode::None;
    else if (authValue == u"oauth2")
        this->auth = AuthMode::OAuth2;
    else if (authValue == u"oauth1")
        this->auth = AuthMode::OAuth1;
    else
        return fail(QStringLiteral("--auth must be none, oauth2 or oauth1"));
    token.clientId = p.value(id);
    token.clientSecret = p.value(secret);
    if (this->auth != AuthMode::None && (token.clientId.isEmpty() || token.clientSecret.isEmpty()))
        return fail(QStringLiteral("--client-id and --client-secret are required with --auth"));
    const QString method = p.value(clientAuth);
    if (method == u"basic")
        token.clientAuth = ClientAuthMethod::Basic;
    else if (method == u"body")
        token.clientAuth = ClientAuthMethod::Body;
    else if (method == u"either")
        token.clientAuth = ClientAuthMethod::Either;
    else
        return fail(QStringLiteral("--client-auth must be basic, body or either"));
    token.ttlSeconds = p.value(ttl).toInt(&ok);
    if (!ok || token.ttlSeconds < 0)
        return fail(QStringLiteral("bad --token-ttl"));
    token.requireScope = p.isSet(requireScope);
    token.allowedScopes = p.value(allowedScopes).split(u' ', Qt::SkipEmptyParts);
    token.issueRefreshToken = p.isSet(refresh);
    if (p.isSet(vendor)) {
        const QString name = p.value(vendor);
        if (name == u"aeries")
            this->vendor = Vendor::Aeries;
        else if (name == u"powerschool")
            this->vendor = Vendor::PowerSchool;
        else if (name == u"infinitecampus")
            this->vendor = Vendor::InfiniteCampus;
        else if (name == u"synergy")
            this->vendor = Vendor::Synergy;
        else
            return fail(QStringLiteral("--vendor must be aeries, powerschool, infinitecampus or "
                                       "synergy"));
    }
    aeries = this->vendor == Vendor::Aeries;
    token.aeries = aeries;
    this->tokenPath = p.value(tokenPath);
    if (!this->tokenPath.isEmpty() && !this->tokenPath.startsWith(u'/'))
        return fail(QStringLiteral("--token-path must start with /"));
    this->nulls = p.isSet(nulls);
    this->maxLimit = p.value(maxLimit).toInt(&ok);
    if (!ok || this->maxLimit < 1)
        return fail(QStringLiteral("bad --max-limit"));

    // What each vendor mode changes, unless the option was given; see the help text.
    const auto clientAuthDefault = [&](ClientAuthMethod vendorMethod) {
        if (!p.isSet(clientAuth))
            token.clientAuth = vendorMethod;
    };
    switch (this->vendor) {
    case Vendor::PowerSchool:
        if (this->tokenPath.isEmpty())
            this->tokenPath = basePath + QStringLiteral("/oauth/access_token");
        clientAuthDefault(ClientAuthMethod::Basic);
        if (!p.isSet(maxLimit))
            this->maxLimit = 100;
        break;
    case Vendor::InfiniteCampus: {
        const QString district = p.value(appName);
        if (district.isEmpty() || district.contains(u'/'))
            return fail(QStringLiteral("bad --app-name"));
        if (!p.isSet(base))
            basePath = QStringLiteral("/campus/api/oneroster/v1p2/") + district;
        if (this->tokenPath.isEmpty())
            this->tokenPath = QStringLiteral("/campus/oauth2/token");
        token.appName = district;
        clientAuthDefault(ClientAuthMethod::Body);
        if (!p.isSet(maxLimit))
            this->maxLimit = 50000;
        break;
    }
    case Vendor::None:
    case Vendor::Aeries:
    case Vendor::Synergy:
        break;
    }
    exitOnStdinClose = p.isSet(stdinClose);

    QJsonObject switches;
    const QStringList faultValues = p.values(fault);
    for (const QString &f : faultValues) {
        const qsizetype eq = f.indexOf(u'=');
        if (eq <= 0)
            return fail(QStringLiteral("--fault expects name=value: ") + f);
        const QString name = f.left(eq);
        const QString value = f.mid(eq + 1);
        if (value == u"true" || value == u"false")
            switches.insert(name, value == u"true");
        else if (value == u"null")
            switches.insert(name, QJsonValue::Null);
        else if (const double n = value.toDouble(&ok); ok)
            switches.insert(name, n);
        else
            return fail(QStringLiteral("--fault value must be a number, true or false: ") + f);
    }
    QString error;
    const auto settings = FaultSettings::fromJson(switches, &error);
    if (!settings)
        return fail(error);
    faults = *settings;
    return true;
}

} // namespace rb::dev
