#include "RestCommand.h"

#include "CommandLine.h"
#include "Console.h"
#include "common/JsonSettingsReader.h"
#include "log/LogRedactor.h"
#include "oneroster/rest/ConnectionTest.h"
#include "oneroster/rest/RestCollection.h"
#include "oneroster/rest/RestSource.h"
#include "oneroster/rest/RestSourceSettings.h"

#include <QCommandLineParser>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTextStream>

namespace rb {

namespace {
constexpr auto &err = Console::err;
} // namespace

bool RestCommand::load(const QString &path, RestSourceSettings *settings, RestSecrets *secrets,
                       Findings *findings)
{
    const QString shown = QFileInfo(path).fileName();
    const auto json = JsonSettingsReader::readFile(path, findings);
    if (!json)
        return false;
    *settings = RestSourceSettings::fromJson(*json, findings, shown);
    if (findings->hasErrors() || !settings->validate(findings, shown))
        return false;
    secrets->clientSecret = qEnvironmentVariable(kSecretVariable);
    LogRedactor::addSecret(secrets->clientSecret);
    if (settings->authType != RestAuthType::None && secrets->clientSecret.isEmpty()) {
        findings->error(shown, 0, QStringLiteral("clientSecret"),
                        tr("the SIS client secret is not set; put it in the environment "
                           "variable %1")
                            .arg(QString::fromLatin1(kSecretVariable)),
                        QStringLiteral("source.secret"));
        return false;
    }
    return true;
}

bool RestCommand::fetch(const RestSourceSettings &settings, const RestSecrets &secrets,
                        const QString &folder, Findings *findings, QJsonObject *report)
{
    RestSource source;
    bool ok = false;
    QObject::connect(&source, &RestSource::progress, &source,
                     [](const QString &collection, qint64 records, qint64 total) {
                         if (total > 0 && records == total)
                             err() << tr("Fetched %1: %2 records").arg(collection).arg(records)
                                   << Qt::endl;
                     });
    QObject::connect(&source, &RestSource::finished, &source, [&ok](bool success) {
        ok = success;
        QCoreApplication::quit();
    });
    source.start(settings, secrets, folder);
    if (source.isRunning())
        QCoreApplication::exec();
    findings->append(source.findings());

    QJsonObject counts;
    for (RestCollection c : restCollections())
        counts.insert(restCollectionInfo(c).name, source.recordCount(c));
    QJsonArray exchanges;
    for (const RestExchange &e : source.exchanges())
        exchanges.append(e.toJson());
    *report = QJsonObject{
        {QStringLiteral("ok"), ok},
        {QStringLiteral("baseUrl"), settings.baseUrl},
        {QStringLiteral("version"), oneRosterVersionName(settings.version)},
        {QStringLiteral("records"), counts},
        {QStringLiteral("requests"), qint64(source.exchanges().size()) + source.exchangesNotKept()},
        {QStringLiteral("retries"), source.retries()},
        {QStringLiteral("exchanges"), exchanges}};
    return ok && !findings->hasErrors();
}

int RestCommand::testConnection(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Tests the connection to a OneRoster SIS layer by layer: name lookup, TLS, the "
           "token endpoint, the scope, and a first page of /orgs."));
    parser.addHelpOption();
    const QCommandLineOption source(QStringLiteral("source"),
                                    tr("The SIS source settings (JSON; see docs/rest-source.md)."),
                                    tr("file"));
    parser.addOption(source);
    if (!parser.parse(arguments.mid(1)) || !parser.isSet(source)) {
        err() << (parser.errorText().isEmpty() ? tr("test-connection needs --source FILE.")
                                               : parser.errorText())
              << Qt::endl;
        return ExitUsage;
    }
    Findings findings;
    RestSourceSettings settings;
    RestSecrets secrets;
    if (!load(parser.value(source), &settings, &secrets, &findings)) {
        Console::printLines(findings.lines());
        return ExitUsage;
    }
    QTextStream out(stdout);
    ConnectionTest test;
    bool ok = false;
    QObject::connect(&test, &ConnectionTest::layerFinished, &test,
                     [&out](const ConnectionLayerResult &r) {
                         static const char *marks[] = {"ok", "warning", "FAILED", "skipped"};
                         out << ConnectionTest::layerName(r.layer) << QStringLiteral(": ")
                             << QString::fromLatin1(marks[int(r.status)]) << QStringLiteral(" - ")
                             << r.summary << Qt::endl;
                         for (const QString &d : r.details)
                             out << QStringLiteral("    ") << d << Qt::endl;
                     });
    QObject::connect(&test, &ConnectionTest::finished, &test, [&ok](bool success) {
        ok = success;
        QCoreApplication::quit();
    });
    test.start(settings, secrets);
    if (test.isRunning())
        QCoreApplication::exec();
    return ok ? ExitOk : ExitFailed;
}

} // namespace rb
