#include "CommandLine.h"

#include "ConnectionCommand.h"
#include "Console.h"
#include "HistoryCommand.h"
#include "ProfileCommand.h"
#include "RemoveUserDataCommand.h"
#include "RestCommand.h"
#include "RunCommand.h"
#include "SftpCommand.h"
#include "asm/AsmPackage.h"
#include "asm/AsmValidator.h"
#include "delivery/SftpSettings.h"
#include "log/LogRedactor.h"
#include "oneroster/rest/RestSourceSettings.h"
#include "pipeline/ConvertJob.h"
#include "store/SecretStore.h"

#include <QCommandLineParser>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QTemporaryDir>
#include <QTextStream>

#include <cstdio>

namespace rb {

namespace {
constexpr auto &out = Console::out;
constexpr auto &err = Console::err;
bool writeReport(const QString &path, const QJsonObject &report)
{
    if (path.isEmpty())
        return true;
    QSaveFile file(path);
    if (file.open(QIODevice::WriteOnly)) {
        file.write(QJsonDocument(report).toJson(QJsonDocument::Indented));
        if (file.commit())
            return true;
    }
    err() << CommandLine::tr("The report could not be written to %1: %2")
                 .arg(path, file.errorString())
          << Qt::endl;
    return false;
}
} // namespace

bool CommandLine::isDesktopLaunch(const QStringList &arguments)
{
    // Anything else goes to run(), which names what it did not understand.
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        if (arguments.at(i) != QLatin1StringView(kMinimized))
            return false;
    }
    return true;
}

int CommandLine::usage(const QString &message)
{
    if (!message.isEmpty())
        err() << message << Qt::endl;
    err() << tr("Usage:\n"
                "  rosterbridge                      start the desktop app\n"
                "  rosterbridge convert INPUT -o OUT.zip [--filters FILE] [--report FILE]\n"
                "                       [--previous LAST.zip] [--run-date YYYY-MM-DD] "
                "[--approve]\n"
                "  rosterbridge convert --source SIS.json -o OUT.zip [the options above]\n"
                "  rosterbridge convert --sftp-input SFTP.json -o OUT.zip [the options above]\n"
                "      [--deliver-sftp ASM.json] [--deliver-folder DIR]\n"
                "  rosterbridge validate ASM.zip [--report FILE]\n"
                "  rosterbridge run --profile NAME [--dry-run] [--approve] [--approve-held]\n"
                "                   [--discard-held] [--resend-last]\n"
                "  rosterbridge serve               run every profile on its schedule\n"
                "  rosterbridge history [--json] [--profile NAME] [--run ID] [--search TEXT]\n"
                "  rosterbridge test-connection --source SIS.json | --profile NAME\n"
                "  rosterbridge profile list [--json] | export NAME -o FILE | import FILE\n"
                "                       | remove NAME | pause NAME | resume NAME\n"
                "                       | secret NAME SECRET-NAME (the value is read from stdin)\n"
                "  rosterbridge remove-user-data [--yes]  profiles, secrets, history and logs\n"
                "Run a command with --help for its options.")
          << Qt::endl;
    return ExitUsage;
}

std::optional<int> CommandLine::parse(QCommandLineParser &parser, const QStringList &arguments)
{
    if (!parser.parse(arguments.mid(1))) {
        err() << parser.errorText() << Qt::endl;
        return ExitUsage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out() << parser.helpText();
        return ExitOk;
    }
    return std::nullopt;
}

int CommandLine::run(const QStringList &arguments)
{
    const QString command = arguments.value(1);
    if (command == QStringLiteral("--version")) {
        out() << QCoreApplication::applicationName() << u' '
              << QCoreApplication::applicationVersion() << Qt::endl;
        return ExitOk;
    }
    if (command == QStringLiteral("convert"))
        return convert(arguments);
    if (command == QStringLiteral("validate"))
        return validate(arguments);
    if (command == QStringLiteral("test-connection"))
        return ConnectionCommand::run(arguments);
    if (command == QStringLiteral("profile"))
        return ProfileCommand::run(arguments);
    if (command == QStringLiteral("run"))
        return RunCommand::run(arguments);
    if (command == QStringLiteral("serve"))
        return RunCommand::serve(arguments);
    if (command == QStringLiteral("history"))
        return HistoryCommand::run(arguments);
    if (command == QStringLiteral("remove-user-data"))
        return RemoveUserDataCommand::run(arguments);
    if (command == QStringLiteral("help") || command == QStringLiteral("--help") ||
        command == QStringLiteral("-h")) {
        usage({});
        return ExitOk;
    }
    // A typo must never start something else: name the word that was not understood.
    QString unknown = command;
    if (command == QLatin1StringView(kMinimized)) {
        for (const QString &word : arguments.mid(2)) {
            if (word != QLatin1StringView(kMinimized)) {
                unknown = word;
                break;
            }
        }
    }
    return usage(unknown.startsWith(u'-')
                     ? tr("rosterbridge: unknown option \"%1\".").arg(unknown)
                     : tr("rosterbridge: unknown command \"%1\".").arg(unknown));
}

int CommandLine::convert(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Turns a OneRoster CSV export (a .zip or a folder, version 1.1 or 1.2) into the zip "
           "Apple School Manager takes, after checking it against Apple's rules and, with "
           "--previous, against the last delivery."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("input"),
                                 tr("The OneRoster export: a .zip file or a folder (or use "
                                    "--source)."));
    const QCommandLineOption source(
        QStringLiteral("source"),
        tr("Read from a OneRoster REST API described in this file (JSON; see "
           "docs/rest-source.md) instead of an export. The client secret comes from the "
           "environment variable %1.")
            .arg(QString::fromLatin1(RestCommand::kSecretVariable)),
        tr("file"));
    const QCommandLineOption output({QStringLiteral("o"), QStringLiteral("output")},
                                    tr("Where to write the Apple School Manager zip."), tr("file"));
    const QCommandLineOption filters(QStringLiteral("filters"),
                                     tr("Filters, mapping and safety settings (JSON; see "
                                        "docs/filters.md)."),
                                     tr("file"));
    const QCommandLineOption report(QStringLiteral("report"),
                                    tr("Write a JSON report of the run here."), tr("file"));
    const QCommandLineOption previous(QStringLiteral("previous"),
                                      tr("The last delivered zip, to count removals against."),
                                      tr("file"));
    const QCommandLineOption runDate(QStringLiteral("run-date"),
                                     tr("Judge active terms on this day instead of today."),
                                     tr("YYYY-MM-DD"));
    const QCommandLineOption approve(QStringLiteral("approve"),
                                     tr("Write the zip even if the removals exceed the safety "
                                        "thresholds."));
    const QCommandLineOption sftpInput(
        QStringLiteral("sftp-input"),
        tr("Fetch the OneRoster export from an SFTP server described in this file (JSON; "
           "remoteFolder names a .zip or a folder of CSV files). The password comes from %1.")
            .arg(QString::fromLatin1(SftpCommand::kSourcePassword)),
        tr("file"));
    const QCommandLineOption deliverSftp(
        QStringLiteral("deliver-sftp"),
        tr("Upload the zip to Apple School Manager over SFTP as described in this file (JSON). "
           "The password comes from %1.")
            .arg(QString::fromLatin1(SftpCommand::kAsmPassword)),
        tr("file"));
    const QCommandLineOption deliverFolder(QStringLiteral("deliver-folder"),
                                           tr("Also copy the zip into this folder."), tr("folder"));
    parser.addOptions({output, filters, report, previous, runDate, approve, source, sftpInput,
                       deliverSftp, deliverFolder});
    if (!parser.parse(arguments.mid(1)))
        return usage(parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        out() << parser.helpText();
        return ExitOk;
    }
    const QStringList positional = parser.positionalArguments();
    if (parser.isSet(source) && parser.isSet(sftpInput))
        return usage(tr("convert reads from --source or --sftp-input, not both."));
    if (positional.size() != (parser.isSet(source) || parser.isSet(sftpInput) ? 0 : 1))
        return usage(tr("convert needs exactly one input: an export, or --source."));
    if (!parser.isSet(output))
        return usage(tr("convert needs -o OUT.zip."));

    ConvertJob::Request request;
    request.input = positional.value(0);
    request.output = parser.value(output);
    request.previous = parser.value(previous);
    request.approve = parser.isSet(approve);
    request.delivers = parser.isSet(deliverSftp) || parser.isSet(deliverFolder);
    if (parser.isSet(filters)) {
        Findings settingsFindings;
        request.settings = ConversionSettings::load(parser.value(filters), &settingsFindings);
        Console::printLines(settingsFindings.lines());
        if (settingsFindings.hasErrors())
            return ExitUsage;
    }
    if (parser.isSet(runDate)) {
        const QDate d = QDate::fromString(parser.value(runDate), Qt::ISODate);
        if (!d.isValid())
            return usage(tr("--run-date must be a date such as 2026-09-01."));
        request.settings.filters.runDate = d;
    }
    // The pseudonym key is a secret: never in the settings file, only in the environment.
    if (request.settings.mapping.pseudonymizeStudentNames) {
        const QString key =
            SecretStore::fromEnvironment(SecretName::PseudonymKey).value_or(QString());
        LogRedactor::addSecret(key);
        request.settings.mapping.pseudonymKey = key.toUtf8();
    }

    // A REST source is fetched into a private OneRoster CSV export first; from there the run
    // is the same as for an export on disk.
    QTemporaryDir fetched;
    QJsonObject fetchReport;
    if (parser.isSet(source)) {
        Findings sourceFindings;
        RestSourceSettings settings;
        RestSecrets secrets;
        if (!RestCommand::load(parser.value(source), &settings, &secrets, &sourceFindings)) {
            Console::printLines(sourceFindings.lines());
            return ExitUsage;
        }
        const bool fetchedOk =
            RestCommand::fetch(settings, secrets, fetched.path(), &sourceFindings, &fetchReport);
        secrets = {};
        if (!fetchedOk) {
            Console::printLines(sourceFindings.lines());
            out() << tr("Failed: the SIS could not be read completely; no zip was written.")
                  << Qt::endl;
            QJsonObject failed{{QStringLiteral("outcome"), QStringLiteral("failed")},
                               {QStringLiteral("fetch"), fetchReport},
                               {QStringLiteral("findings"), sourceFindings.toJson()}};
            writeReport(parser.value(report), failed);
            return ExitFailed;
        }
        Console::printLines(sourceFindings.lines());
        request.input = fetched.path();
    }

    // Delivery settings are read before any work so that a slip in them costs nothing.
    SftpSettings asm_;
    SftpSecrets asmSecrets;
    if (parser.isSet(deliverSftp)) {
        Findings settingsFindings;
        if (!SftpCommand::load(parser.value(deliverSftp), SftpCommand::kAsmPassword,
                               SftpCommand::kAsmPassphrase, &asm_, &asmSecrets,
                               &settingsFindings)) {
            Console::printLines(settingsFindings.lines());
            return ExitUsage;
        }
    }
    if (parser.isSet(sftpInput)) {
        Findings sourceFindings;
        SftpSettings settings;
        SftpSecrets secrets;
        if (!SftpCommand::load(parser.value(sftpInput), SftpCommand::kSourcePassword,
                               SftpCommand::kSourcePassphrase, &settings, &secrets,
                               &sourceFindings)) {
            Console::printLines(sourceFindings.lines());
            return ExitUsage;
        }
        if (!SftpCommand::fetch(settings, secrets, fetched.path(), &request.input, &sourceFindings,
                                &fetchReport)) {
            Console::printLines(sourceFindings.lines());
            out() << tr("Failed: the export could not be fetched; no zip was written.") << Qt::endl;
            writeReport(parser.value(report),
                        QJsonObject{{QStringLiteral("outcome"), QStringLiteral("failed")},
                                    {QStringLiteral("fetch"), fetchReport},
                                    {QStringLiteral("findings"), sourceFindings.toJson()}});
            return ExitFailed;
        }
    }

    ConvertJob job(request);
    const ConvertJob::Outcome outcome = job.run();
    Console::printLines(job.findings().lines());
    const QJsonObject rows = job.report().value(QStringLiteral("rows")).toObject();
    switch (outcome) {
    case ConvertJob::Outcome::Written:
        out() << tr("Wrote %1: %2 students, %3 staff, %4 classes, %5 roster rows.")
                     .arg(request.output)
                     .arg(rows.value(QStringLiteral("students.csv")).toInteger())
                     .arg(rows.value(QStringLiteral("staff.csv")).toInteger())
                     .arg(rows.value(QStringLiteral("classes.csv")).toInteger())
                     .arg(rows.value(QStringLiteral("rosters.csv")).toInteger())
              << Qt::endl;
        break;
    case ConvertJob::Outcome::Held:
        out() << tr("Held for review, so no zip was written or delivered: %1 Check the report, "
                    "then run again with --approve to write it.")
                     .arg(job.safetyMessages().join(u' '))
              << Qt::endl;
        break;
    case ConvertJob::Outcome::Failed:
        out() << tr("Failed with %n error(s); no zip was written.", nullptr,
                    int(job.findings().errorCount()))
              << Qt::endl;
        break;
    }
    QJsonObject fullReport = job.report();
    if (!fetchReport.isEmpty())
        fullReport.insert(QStringLiteral("fetch"), fetchReport);
    // Deliver only a zip that was written; a failed delivery leaves the zip for a retry.
    bool delivered = true;
    if (outcome == ConvertJob::Outcome::Written &&
        (parser.isSet(deliverSftp) || parser.isSet(deliverFolder))) {
        Findings deliveryFindings;
        QJsonObject deliveries;
        if (parser.isSet(deliverSftp)) {
            QJsonObject r;
            delivered =
                SftpCommand::deliver(asm_, asmSecrets, request.output, &deliveryFindings, &r);
            deliveries.insert(QStringLiteral("sftp"), r);
        }
        if (delivered && parser.isSet(deliverFolder)) {
            QJsonObject r;
            delivered = SftpCommand::deliverToFolder(request.output, parser.value(deliverFolder),
                                                     &deliveryFindings, &r);
            deliveries.insert(QStringLiteral("folder"), r);
        }
        fullReport.insert(QStringLiteral("delivery"), deliveries);
        Console::printLines(deliveryFindings.lines());
        out() << (delivered ? tr("Delivered %1.").arg(request.output)
                            : tr("Delivery failed: %1 was written but not delivered; the next "
                                 "attempt sends the whole zip again.")
                                  .arg(request.output))
              << Qt::endl;
    }
    asmSecrets = {};
    if (!writeReport(parser.value(report), fullReport) && outcome == ConvertJob::Outcome::Written)
        return ExitFailed;
    switch (outcome) {
    case ConvertJob::Outcome::Written:
        return delivered ? ExitOk : ExitFailed;
    case ConvertJob::Outcome::Held:
        return ExitHeld;
    case ConvertJob::Outcome::Failed:
        break;
    }
    return ExitFailed;
}

int CommandLine::validate(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Checks an Apple School Manager zip (or a folder of its six CSV files) against "
           "Apple's rules. Each problem is printed as file:line: field: message."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("package"), tr("The zip or folder to check."));
    const QCommandLineOption report(QStringLiteral("report"),
                                    tr("Write the findings as JSON here."), tr("file"));
    parser.addOption(report);
    if (!parser.parse(arguments.mid(1)))
        return usage(parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        out() << parser.helpText();
        return ExitOk;
    }
    if (parser.positionalArguments().size() != 1)
        return usage(tr("validate needs exactly one zip or folder."));
    const QString path = parser.positionalArguments().first();

    Findings findings;
    QJsonObject rows;
    if (auto package = AsmPackage::open(path, &findings)) {
        AsmValidator validator(&findings);
        validator.validate(*package);
        for (AsmTable t : kAsmTables)
            rows.insert(asmFileName(t), validator.rowCount(t));
    }
    for (const QString &line : findings.lines())
        out() << line << Qt::endl;
    const bool valid = !findings.hasErrors();
    out() << (valid ? tr("Valid: %1 follows Apple School Manager's rules (%n warning(s)).", nullptr,
                         int(findings.warningCount()))
                    : tr("Not valid: %1 has %n error(s).", nullptr, int(findings.errorCount())))
                 .arg(path)
          << Qt::endl;
    writeReport(parser.value(report),
                QJsonObject{{QStringLiteral("package"), path},
                            {QStringLiteral("valid"), valid},
                            {QStringLiteral("rows"), rows},
                            {QStringLiteral("errors"), findings.errorCount()},
                            {QStringLiteral("warnings"), findings.warningCount()},
                            {QStringLiteral("findings"), findings.toJson()}});
    return valid ? ExitOk : ExitFailed;
}

} // namespace rb
