#include "ConvertCommand.h"

#include "CommandLine.h"
#include "Console.h"
#include "RestCommand.h"
#include "RunCommand.h"
#include "common/JsonSettingsReader.h"
#include "log/LogRedactor.h"
#include "pipeline/ReviewPackage.h"
#include "pipeline/RunEngine.h"
#include "pipeline/RunReport.h"
#include "pipeline/RunSecretsReader.h"
#include "store/AppPaths.h"
#include "store/SecretStore.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QTemporaryDir>

namespace rb {

namespace {
constexpr auto &out = Console::out;
constexpr auto &err = Console::err;

// Every convert run is recorded (with --record) under this one profile id.
const QUuid kConvertProfileId(QStringLiteral("{5a0e1c8b-8a53-4c5e-9f3b-6f0c2d7e4b11}"));

QString variable(QLatin1String secret)
{
    return SecretStore::environmentVariableFor(QString(secret));
}

bool loadSftp(const QString &path, SftpSettings *settings, Findings *findings)
{
    const QString shown = QFileInfo(path).fileName();
    const auto json = JsonSettingsReader::readFile(path, findings);
    if (!json)
        return false;
    *settings = SftpSettings::fromJson(*json, findings, shown);
    return !findings->hasErrors() && settings->validate(findings, shown);
}

// The run's secrets from the environment; a key passphrase may be empty.
bool readSecrets(const Profile &profile, RunSecrets *secrets, Findings *findings)
{
    for (const QString &name : profile.requiredSecrets()) {
        const QString value = SecretStore::fromEnvironment(name).value_or(QString());
        LogRedactor::addSecret(value);
        if (value.isEmpty() && !RunSecretsReader::mayBeEmpty(name)) {
            findings->error({}, 0, name,
                            ConvertCommand::tr("the secret \"%1\" is not set; put it in the "
                                               "environment variable %2")
                                .arg(name, SecretStore::environmentVariableFor(name)),
                            QStringLiteral("secret.missing"));
            continue;
        }
        secrets->values.insert(name, value);
    }
    return !findings->hasErrors();
}

void printOutcome(const RunResult &r)
{
    const QJsonObject rows = r.counts.value(QStringLiteral("rows")).toObject();
    switch (r.status) {
    case RunStatus::Success:
        out() << ConvertCommand::tr("Wrote %1: %2 students, %3 staff, %4 classes, %5 roster rows.")
                     .arg(r.writtenTo)
                     .arg(rows.value(QStringLiteral("students.csv")).toInteger())
                     .arg(rows.value(QStringLiteral("staff.csv")).toInteger())
                     .arg(rows.value(QStringLiteral("classes.csv")).toInteger())
                     .arg(rows.value(QStringLiteral("rosters.csv")).toInteger())
              << Qt::endl;
        if (r.delivered)
            out() << ConvertCommand::tr("Delivered %1 to %2.").arg(r.writtenTo, r.deliveredTo)
                  << Qt::endl;
        return;
    case RunStatus::Held: {
        QStringList reasons;
        const QJsonObject safety = r.counts.value(QStringLiteral("safety")).toObject();
        for (const QJsonValue reason : safety.value(QStringLiteral("reasons")).toArray())
            reasons << reason.toObject().value(QStringLiteral("message")).toString();
        out() << ConvertCommand::tr("Held for review, so no zip was written or delivered: %1 "
                                    "Check the report, then run again with --approve to write "
                                    "it.")
                     .arg(reasons.join(u' '))
              << Qt::endl;
        return;
    }
    case RunStatus::Cancelled:
        out() << ConvertCommand::tr("Cancelled; nothing was delivered.") << Qt::endl;
        return;
    default:
        break;
    }
    if (!r.writtenTo.isEmpty())
        out() << ConvertCommand::tr("Delivery failed: %1 was written but not delivered; the next "
                                    "attempt sends the whole zip again. %2")
                     .arg(r.writtenTo, r.message)
              << Qt::endl;
    else
        out() << ConvertCommand::tr("Failed with %n error(s); no zip was written.", nullptr,
                                    int(r.findings.errorCount()))
              << Qt::endl;
}
} // namespace

int ConvertCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Converts a OneRoster export (1.1 or 1.2, zip or folder) into the zip Apple School "
           "Manager takes, after checking it against Apple's rules and, with --previous, "
           "against the last delivery. The run goes through the same steps as a profile's."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("input"),
                                 tr("The OneRoster export: a .zip file or a folder (or use "
                                    "--source)."));
    const QCommandLineOption source(
        QStringLiteral("source"),
        tr("Read from a OneRoster REST API described in this file (JSON; see "
           "docs/rest-source.md) instead of an export. The client secret comes from the "
           "environment variable %1.")
            .arg(variable(SecretName::SisClientSecret)),
        tr("file"));
    const QCommandLineOption output({QStringLiteral("o"), QStringLiteral("output")},
                                    tr("Where to write the Apple School Manager zip."), tr("file"));
    const QCommandLineOption filters(QStringLiteral("filters"),
                                     tr("Filters, mapping and safety settings (JSON; see "
                                        "docs/filters.md)."),
                                     tr("file"));
    const QCommandLineOption report(QStringLiteral("report"),
                                    tr("Write a JSON report of the run here (see "
                                       "docs/run-report.md)."),
                                    tr("file"));
    const QCommandLineOption previous(QStringLiteral("previous"),
                                      tr("The last delivered zip, to count removals against."),
                                      tr("file"));
    const QCommandLineOption runDate(QStringLiteral("run-date"),
                                     tr("Judge active terms on this day instead of today."),
                                     tr("YYYY-MM-DD"));
    const QCommandLineOption approve(QStringLiteral("approve"),
                                     tr("Write and deliver the zip even if the safety check "
                                        "holds it."));
    const QCommandLineOption sftpInput(
        QStringLiteral("sftp-input"),
        tr("Fetch the OneRoster export from an SFTP server described in this file (JSON; "
           "remoteFolder names a .zip or a folder of CSV files). The password comes from %1.")
            .arg(variable(SecretName::SisSftpPassword)),
        tr("file"));
    const QCommandLineOption deliverSftp(
        QStringLiteral("deliver-sftp"),
        tr("Upload the zip to Apple School Manager over SFTP as described in this file (JSON). "
           "The password comes from %1.")
            .arg(variable(SecretName::AsmPassword)),
        tr("file"));
    const QCommandLineOption deliverFolder(QStringLiteral("deliver-folder"),
                                           tr("Also copy the zip into this folder."), tr("folder"));
    const QCommandLineOption record(QStringLiteral("record"),
                                    tr("Write the run to the history of the data folder, where "
                                       "the app and `history` show it; a delivery recorded "
                                       "there is what the next recorded run compares with."));
    const QCommandLineOption dataDir(
        QStringLiteral("data-dir"),
        tr("With --record: the data folder (default: %1).").arg(AppPaths::dataFolder()),
        tr("folder"));
    parser.addOptions({output, filters, report, previous, runDate, approve, source, sftpInput,
                       deliverSftp, deliverFolder, record, dataDir});
    if (const std::optional<int> done = CommandLine::parse(parser, arguments))
        return *done;
    const QStringList positional = parser.positionalArguments();
    if (parser.isSet(source) && parser.isSet(sftpInput))
        return CommandLine::usage(tr("convert reads from --source or --sftp-input, not both."));
    if (positional.size() != (parser.isSet(source) || parser.isSet(sftpInput) ? 0 : 1))
        return CommandLine::usage(tr("convert needs exactly one input: an export, or --source."));
    if (!parser.isSet(output))
        return CommandLine::usage(tr("convert needs -o OUT.zip."));
    if (parser.isSet(deliverSftp) && parser.isSet(deliverFolder))
        return CommandLine::usage(
            tr("convert delivers to one place: --deliver-sftp or --deliver-folder, not both."));

    // The flags become a profile for this one run; every slip in them costs nothing yet.
    Profile profile;
    profile.id = kConvertProfileId;
    profile.name = QStringLiteral("convert");
    Findings findings;
    if (parser.isSet(source)) {
        profile.source.kind = SourceKind::Rest;
        if (!RestCommand::load(parser.value(source), &profile.source.rest, &findings)) {
            Console::printLines(findings.lines());
            return ExitUsage;
        }
    } else if (parser.isSet(sftpInput)) {
        profile.source.kind = SourceKind::SftpCsv;
        if (!loadSftp(parser.value(sftpInput), &profile.source.sftp, &findings)) {
            Console::printLines(findings.lines());
            return ExitUsage;
        }
        profile.source.remotePath = profile.source.sftp.remoteFolder;
    } else {
        profile.source.path = QFileInfo(positional.first()).absoluteFilePath();
    }
    if (parser.isSet(filters)) {
        profile.conversion = ConversionSettings::load(parser.value(filters), &findings);
        Console::printLines(findings.lines());
        if (findings.hasErrors())
            return ExitUsage;
        findings = Findings();
    }
    if (parser.isSet(runDate)) {
        const QDate d = QDate::fromString(parser.value(runDate), Qt::ISODate);
        if (!d.isValid())
            return CommandLine::usage(tr("--run-date must be a date such as 2026-09-01."));
        profile.conversion.filters.runDate = d;
    }
    const bool delivers = parser.isSet(deliverSftp) || parser.isSet(deliverFolder);
    // Not delivering, the run needs no destination and so no destination secret.
    profile.destination.kind = DestinationKind::Folder;
    if (parser.isSet(deliverSftp)) {
        profile.destination.kind = DestinationKind::AsmSftp;
        if (!loadSftp(parser.value(deliverSftp), &profile.destination.sftp, &findings)) {
            Console::printLines(findings.lines());
            return ExitUsage;
        }
    } else if (parser.isSet(deliverFolder)) {
        profile.destination.folder = parser.value(deliverFolder);
    }
    // Without a previous delivery to compare with, a delivery waits for --approve like a
    // profile's first; a local conversion never holds on that account.
    profile.needsFirstRunApproval = delivers;

    RunRequest request;
    request.trigger = RunTrigger::Cli;
    request.approve = parser.isSet(approve);
    request.outputZip = QFileInfo(parser.value(output)).absoluteFilePath();
    if (parser.isSet(previous))
        request.previousZip = QFileInfo(parser.value(previous)).absoluteFilePath();
    request.deliver = delivers;
    if (!readSecrets(profile, &request.secrets, &findings)) {
        Console::printLines(findings.lines());
        return ExitUsage;
    }
    request.profile = profile;

    // Unrecorded, the run keeps its history, held package and lock in a private folder that
    // goes with the process.
    QTemporaryDir scratch;
    if (!scratch.isValid()) {
        err() << tr("No temporary folder could be made: %1").arg(scratch.errorString()) << Qt::endl;
        return ExitFailed;
    }
    RunHost::Paths paths{scratch.filePath(QStringLiteral("config")),
                         scratch.filePath(QStringLiteral("profiles")),
                         scratch.filePath(QStringLiteral("data"))};
    if (parser.isSet(record))
        paths.dataFolder = parser.isSet(dataDir) ? parser.value(dataDir) : AppPaths::dataFolder();
    RunHost host(paths);
    if (const Result<void> opened = host.open(); !opened) {
        err() << opened.error() << Qt::endl;
        return ExitFailed;
    }
    RunCommand::printSteps(host.engine());
    RunResult result;
    QObject::connect(host.engine(), &RunEngine::runFinished, host.engine(),
                     [&result](const RunResult &r) {
                         result = r;
                         QCoreApplication::quit();
                     });
    const QString id = kConvertProfileId.toString(QUuid::WithoutBraces);
    RunCommand::watchForStop([&host, id] { host.engine()->cancel(id); });
    host.engine()->submit(request);
    QCoreApplication::exec();

    // convert has no review window: a held run is approved by running it again.
    if (parser.isSet(record))
        static_cast<void>(ReviewPackage::discard(AppPaths::heldFolder(paths.dataFolder), id));
    Console::printLines(result.findings.lines());
    // No profile to pin them into: the settings file is the admin's to change.
    for (const QString &key : {result.sourceHostKeyToPin, result.destinationHostKeyToPin}) {
        if (!key.isEmpty())
            err() << tr("warning: the server's host key was trusted on first use: %1; put it in "
                        "the settings as hostKeyFingerprint to pin it.")
                         .arg(key)
                  << Qt::endl;
    }
    printOutcome(result);
    QJsonObject json = RunReport::build(result, host.history());
    json.insert(QStringLiteral("recorded"), parser.isSet(record));
    json.remove(QStringLiteral("reviewPackage"));
    if (!json.contains(QStringLiteral("input")))
        json.insert(QStringLiteral("input"), profile.source.path);
    if (!CommandLine::writeReport(parser.value(report), json) &&
        result.status == RunStatus::Success)
        return ExitFailed;
    return RunCommand::exitCodeFor(result.status);
}

} // namespace rb
