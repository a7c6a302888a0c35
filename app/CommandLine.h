#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QStringList>

#include <optional>

class QCommandLineParser;

namespace rb {

// Exit codes of the headless commands; the README lists them for scripts and schedulers.
enum ExitCode : int {
    ExitOk = 0,     // done: the zip was written, or the package is valid
    ExitFailed = 1, // an error stopped the command; nothing was written
    ExitUsage = 2,  // the command line was wrong
    ExitHeld = 3,   // the safety check held the result for review; nothing was written
    ExitDryRun = 4, // a dry run finished: everything was checked, nothing was delivered
};

// The terminal face of RosterBridge: `rosterbridge convert ...`, `rosterbridge validate ...`.
class CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(rb::CommandLine)
public:
    // The desktop app's only option: started at login, the tray brings the window up.
    static constexpr const char *kMinimized = "--minimized";

    // True when the arguments ask for the desktop app (none, or only --minimized); anything
    // else is a command, and an unknown one is a usage error, never the desktop app.
    static bool isDesktopLaunch(const QStringList &arguments);
    // Runs the command in arguments (arguments[0] is the program). Returns the exit code.
    static int run(const QStringList &arguments);
    // Parses a command's options (arguments[0] is the command). Returns the exit code when
    // the command is over already: ExitUsage after printing the error, ExitOk after --help.
    static std::optional<int> parse(QCommandLineParser &parser, const QStringList &arguments);

    // Prints message (if any) and the commands; returns ExitUsage.
    static int usage(const QString &message);
    // Writes a report atomically; an empty path writes nothing. False (said on standard
    // error) when it could not be written.
    static bool writeReport(const QString &path, const QJsonObject &report);

private:
    static int validate(const QStringList &arguments);
};

} // namespace rb
