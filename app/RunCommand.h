#pragma once

#include "pipeline/RunHost.h"

#include <QCoreApplication>
#include <QStringList>

#include <functional>

class QCommandLineParser;
class QCommandLineOption;

namespace rb {

// `rosterbridge run --profile NAME` (one run, by hand or from a system scheduler) and
// `rosterbridge serve` (every profile on its schedule and watched folder, until stopped).
// Both use the same engine, history and keychain as the desktop app.
class RunCommand
{
    Q_DECLARE_TR_FUNCTIONS(rb::RunCommand)
public:
    static int run(const QStringList &arguments);
    static int serve(const QStringList &arguments);

    // --profiles-dir, --config-dir and --data-dir, shared by the commands that use profiles.
    static QList<QCommandLineOption> folderOptions();
    static RunHost::Paths paths(const QCommandLineParser &parser);

    // Progress of the engine's runs, one line per step, on standard error.
    static void printSteps(RunEngine *engine);
    // Calls stopped() on Ctrl+C or a service manager's SIGTERM, from the event loop.
    static void watchForStop(const std::function<void()> &stopped);
    // Until the data folder's run lock is free (*opened then says how host->open() went); false
    // when stopped first.
    static bool waitForDataFolder(RunHost *host, Result<void> *opened);
    // The exit code for a finished run (the README's table).
    static int exitCodeFor(RunStatus status);
};

} // namespace rb
