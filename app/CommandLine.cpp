#include "CommandLine.h"

#include "ConnectionCommand.h"
#include "Console.h"
#include "ConvertCommand.h"
#include "HistoryCommand.h"
#include "NotifyCommand.h"
#include "ProfileCommand.h"
#include "RemoveUserDataCommand.h"
#include "RunCommand.h"
#include "ServiceCommand.h"
#include "WhyCommand.h"
#include "asm/AsmPackage.h"
#include "asm/AsmValidator.h"

#include <QCommandLineParser>
#include <QJsonDocument>
#include <QSaveFile>
#include <QTextStream>

#include <cstdio>

namespace rb {

namespace {
constexpr auto &out = Console::out;
constexpr auto &err = Console::err;
} // namespace

bool CommandLine::writeReport(const QString &path, const QJsonObject &report)
{
    if (path.isEmpty())
        return true;
    QSaveFile file(path);
    if (file.open(QIODevice::WriteOnly)) {
        file.write(QJsonDocument(report).toJson(QJsonDocument::Indented));
        if (file.commit())
            return true;
    }
    err() << tr("The report could not be written to %1: %2").arg(path, file.errorString())
          << Qt::endl;
    return false;
}

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
    err()
        << tr("Usage:\n"
              "  rosterbridge                      start the desktop app\n"
              "  rosterbridge convert INPUT -o OUT.zip [--filters FILE] [--report FILE]\n"
              "                       [--previous LAST.zip] [--run-date YYYY-MM-DD] "
              "[--approve]\n"
              "  rosterbridge convert --source SIS.json -o OUT.zip [the options above]\n"
              "  rosterbridge convert --sftp-input SFTP.json -o OUT.zip [the options above]\n"
              "      [--deliver-sftp ASM.json | --deliver-folder DIR] [--record [--data-dir DIR]]\n"
              "  rosterbridge validate ASM.zip [--report FILE]\n"
              "  rosterbridge run --profile NAME [--dry-run] [--approve]\n"
              "                   [--approve-held [--keep-removals] [--sha256 HEX]]\n"
              "                   [--discard-held] [--resend-last]\n"
              "  rosterbridge serve               run every profile on its schedule\n"
              "  rosterbridge service install | remove | status   serve with nobody logged in\n"
              "  rosterbridge history [--json] [--profile NAME] [--run ID] [--search TEXT]\n"
              "  rosterbridge why ID --profile NAME [--run N]  why a record is not sent\n"
              "  rosterbridge test-connection --source SIS.json | --profile NAME\n"
              "  rosterbridge notify test --profile NAME  send a test email and webhook\n"
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
        return ConvertCommand::run(arguments);
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
    if (command == QStringLiteral("why"))
        return WhyCommand::run(arguments);
    if (command == QStringLiteral("service"))
        return ServiceCommand::run(arguments);
    if (command == QStringLiteral("notify"))
        return NotifyCommand::run(arguments);
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
        rows = validator.rowCountsJson();
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
