#include "RestCommand.h"

#include "CommandLine.h"
#include "Console.h"
#include "common/JsonSettingsReader.h"
#include "log/LogRedactor.h"
#include "oneroster/rest/ConnectionTest.h"
#include "oneroster/rest/RestSourceSettings.h"
#include "store/Profile.h"
#include "store/SecretStore.h"

#include <QCommandLineParser>
#include <QFile>
#include <QFileInfo>
#include <QTextStream>

namespace rb {

namespace {
constexpr auto &err = Console::err;
} // namespace

bool RestCommand::load(const QString &path, RestSourceSettings *settings, Findings *findings)
{
    const QString shown = QFileInfo(path).fileName();
    const auto json = JsonSettingsReader::readFile(path, findings);
    if (!json)
        return false;
    *settings = RestSourceSettings::fromJson(*json, findings, shown);
    return !findings->hasErrors() && settings->validate(findings, shown);
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
    if (!load(parser.value(source), &settings, &findings)) {
        Console::printLines(findings.lines());
        return ExitUsage;
    }
    RestSecrets secrets;
    secrets.clientSecret =
        SecretStore::fromEnvironment(SecretName::SisClientSecret).value_or(QString());
    LogRedactor::addSecret(secrets.clientSecret);
    if (settings.authType != RestAuthType::None && secrets.clientSecret.isEmpty()) {
        err() << tr("The SIS client secret is not set; put it in the environment variable %1.")
                     .arg(SecretStore::environmentVariableFor(SecretName::SisClientSecret))
              << Qt::endl;
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
