#include "RunCommand.h"

#include "CommandLine.h"
#include "Console.h"
#include "pipeline/ReviewPackage.h"
#include "pipeline/RunCoordinator.h"
#include "pipeline/RunEngine.h"
#include "pipeline/RunReport.h"
#include "schedule/Scheduler.h"
#include "servicelink/ServiceEndpoint.h"
#include "servicelink/ServiceProtocol.h"
#include "store/AppPaths.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileSystemWatcher>
#include <QJsonDocument>
#include <QTextStream>
#include <QTimer>

#include <atomic>
#include <csignal>

namespace rb {

namespace {
constexpr auto &out = Console::out;
constexpr auto &err = Console::err;
std::atomic_bool g_stopRequested{false};

extern "C" void requestStop(int)
{
    g_stopRequested.store(true);
}

QString outcomeLine(const RunResult &r)
{
    switch (r.status) {
    case RunStatus::Success:
        return RunCommand::tr("Delivered (run %1): %2").arg(r.runId).arg(r.message);
    case RunStatus::Held:
        return RunCommand::tr("Held for review (run %1): %2").arg(r.runId).arg(r.message);
    case RunStatus::DryRun:
        return RunCommand::tr("Dry run (run %1): %2").arg(r.runId).arg(r.message);
    case RunStatus::Cancelled:
        return RunCommand::tr("Cancelled (run %1): %2").arg(r.runId).arg(r.message);
    default:
        break;
    }
    return RunCommand::tr("Failed (run %1): %2").arg(r.runId).arg(r.message);
}

} // namespace

int RunCommand::exitCodeFor(RunStatus status)
{
    switch (status) {
    case RunStatus::Success:
        return ExitOk;
    case RunStatus::Held:
        return ExitHeld;
    case RunStatus::DryRun:
        return ExitDryRun;
    default:
        break;
    }
    return ExitFailed;
}

// The run is cancelled and recorded, never cut off.
void RunCommand::watchForStop(const std::function<void()> &stopped)
{
    std::signal(SIGINT, requestStop);
    std::signal(SIGTERM, requestStop);
    auto *timer = new QTimer(QCoreApplication::instance());
    QObject::connect(timer, &QTimer::timeout, timer, [stopped, timer] {
        if (!g_stopRequested.exchange(false))
            return;
        timer->stop();
        err() << RunCommand::tr("Stopping: the current run is cancelled.") << Qt::endl;
        stopped();
    });
    // Often enough that a cancel reaches the run within a few tens of milliseconds.
    timer->start(50);
}

bool RunCommand::waitForDataFolder(RunHost *host, Result<void> *opened)
{
    std::signal(SIGINT, requestStop);
    std::signal(SIGTERM, requestStop);
    bool stopped = false;
    int ticks = 0;
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, &poll, [&] {
        if (g_stopRequested.exchange(false)) {
            stopped = true;
            QCoreApplication::quit();
            return;
        }
        // The lock is tried every two seconds, a stop is noticed at once.
        if (++ticks % 10 != 0)
            return;
        *opened = host->open();
        if (*opened || !host->lockedElsewhere())
            QCoreApplication::quit();
    });
    poll.start(200);
    QCoreApplication::exec();
    return !stopped;
}

void RunCommand::printSteps(RunEngine *engine)
{
    QObject::connect(engine, &RunEngine::stepStarted, engine,
                     [](const QString &, qint64, RunStep step) {
                         err() << RunStepText::describe(step) << QStringLiteral("...") << Qt::endl;
                     });
    QObject::connect(
        engine, &RunEngine::stepFinished, engine, [](const QString &, const StepRecord &s) {
            err() << QStringLiteral("  ") << s.name << u' ' << stepStatusName(s.status)
                  << QStringLiteral(" (") << QString::number(double(s.durationMs) / 1000.0, 'f', 1)
                  << QStringLiteral(" s)");
            if (!s.message.isEmpty())
                err() << QStringLiteral(": ") << s.message;
            err() << Qt::endl;
        });
}

QList<QCommandLineOption> RunCommand::folderOptions()
{
    return {
        QCommandLineOption(
            QStringLiteral("profiles-dir"),
            tr("The folder that holds the profiles (default: %1).").arg(AppPaths::profilesFolder()),
            tr("folder")),
        QCommandLineOption(QStringLiteral("config-dir"),
                           tr("The settings folder with the keychain's name index "
                              "(default: %1).")
                               .arg(AppPaths::configFolder()),
                           tr("folder")),
        QCommandLineOption(QStringLiteral("data-dir"),
                           tr("The folder of the run history and held packages "
                              "(default: %1).")
                               .arg(AppPaths::dataFolder()),
                           tr("folder"))};
}

RunHost::Paths RunCommand::paths(const QCommandLineParser &parser)
{
    RunHost::Paths p = RunHost::defaultPaths();
    if (parser.isSet(QStringLiteral("config-dir"))) {
        p.configFolder = parser.value(QStringLiteral("config-dir"));
        p.profilesFolder = AppPaths::profilesFolder(p.configFolder);
    }
    if (parser.isSet(QStringLiteral("profiles-dir")))
        p.profilesFolder = parser.value(QStringLiteral("profiles-dir"));
    if (parser.isSet(QStringLiteral("data-dir")))
        p.dataFolder = parser.value(QStringLiteral("data-dir"));
    return p;
}

int RunCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Runs one profile now: reads the SIS, converts, checks Apple's rules, compares with "
           "the last delivery and delivers, recording every step in the history. Secrets come "
           "from the keychain, or from ROSTERBRIDGE_* environment variables."));
    parser.addHelpOption();
    const QCommandLineOption profile(QStringLiteral("profile"), tr("The profile's name or id."),
                                     tr("name"));
    const QCommandLineOption dryRun(QStringLiteral("dry-run"),
                                    tr("Do everything but deliver; keep the package for review."));
    const QCommandLineOption approve(QStringLiteral("approve"),
                                     tr("Deliver even if the safety check holds, this once."));
    const QCommandLineOption approveHeld(
        QStringLiteral("approve-held"),
        tr("Deliver the package kept for review, exactly as it was held."));
    const QCommandLineOption expectSha(
        QStringLiteral("sha256"),
        tr("With --approve-held: deliver only if the held package has this sha256 (as the "
           "review window shows it)."),
        tr("hex"));
    const QCommandLineOption keepRemovals(
        QStringLiteral("keep-removals"),
        tr("With --approve-held: deliver only its additions and updates; the rows it would "
           "remove are sent as last delivered, and the package stays held for review."));
    const QCommandLineOption discardHeld(QStringLiteral("discard-held"),
                                         tr("Throw away the package kept for review."));
    const QCommandLineOption resend(QStringLiteral("resend-last"),
                                    tr("Send the last delivered zip again."));
    const QCommandLineOption json(QStringLiteral("json"), tr("Print the outcome as JSON."));
    parser.addOptions({profile, dryRun, approve, approveHeld, expectSha, keepRemovals, discardHeld,
                       resend, json});
    parser.addOptions(folderOptions());
    if (const std::optional<int> done = CommandLine::parse(parser, arguments))
        return *done;
    const int modes = int(parser.isSet(dryRun)) + int(parser.isSet(approveHeld)) +
                      int(parser.isSet(discardHeld)) + int(parser.isSet(resend));
    if (!parser.isSet(profile) || modes > 1 || (parser.isSet(approve) && modes > 0)) {
        err() << tr("run needs --profile NAME and at most one of --dry-run, --approve, "
                    "--approve-held, --discard-held and --resend-last.")
              << Qt::endl;
        return ExitUsage;
    }
    if (parser.isSet(keepRemovals) && !parser.isSet(approveHeld)) {
        err() << tr("--keep-removals goes with --approve-held.") << Qt::endl;
        return ExitUsage;
    }

    RunHost host(paths(parser));
    const ProfileStore::LoadResult all = ProfileStore(host.paths().profilesFolder).loadAll();
    const auto found = all.find(parser.value(profile));
    if (!found) {
        err() << tr("No single profile is named or has the id \"%1\" in %2.")
                     .arg(parser.value(profile), host.paths().profilesFolder)
              << Qt::endl;
        return ExitFailed;
    }
    if (parser.isSet(expectSha) && !parser.isSet(approveHeld)) {
        err() << tr("--sha256 goes with --approve-held.") << Qt::endl;
        return ExitUsage;
    }
    const QString id = found->id.toString(QUuid::WithoutBraces);
    if (const Result<void> opened = host.open(); !opened) {
        err() << opened.error() << Qt::endl;
        return ExitFailed;
    }
    if (parser.isSet(discardHeld)) {
        if (const Result<void> discarded = host.discardReview(id); !discarded) {
            err() << discarded.error() << Qt::endl;
            return ExitFailed;
        }
        out() << tr("The package held for \"%1\" was discarded.").arg(found->name) << Qt::endl;
        return ExitOk;
    }
    if (host.interruptedRuns() > 0)
        err() << tr("%n earlier run(s) had been cut off and are now marked interrupted.", nullptr,
                    host.interruptedRuns())
              << Qt::endl;

    RunCoordinator::Options options;
    options.mode = parser.isSet(dryRun)        ? RunMode::DryRun
                   : parser.isSet(approveHeld) ? RunMode::ApproveHeld
                   : parser.isSet(resend)      ? RunMode::ResendLast
                                               : RunMode::Normal;
    options.approve = parser.isSet(approve);
    if (options.mode == RunMode::ApproveHeld) {
        const Result<std::optional<ReviewPackage>> kept =
            ReviewPackage::load(AppPaths::heldFolder(host.paths().dataFolder), id);
        if (!kept || !*kept) {
            err() << (kept ? tr("\"%1\" has no package waiting for review.").arg(found->name)
                           : kept.error())
                  << Qt::endl;
            return ExitFailed;
        }
        const std::optional<ReviewPackage> &held = *kept;
        // Say what is approved, so that what is sent can be matched with what was reviewed.
        // Beside a JSON outcome on stdout, the line goes to stderr.
        (parser.isSet(json) ? err() : out())
            << (parser.isSet(keepRemovals)
                    ? tr("Delivering the additions and updates of the package held by run %1 "
                         "(%2), sha256 %3; its removals stay held.")
                    : tr("Approving the package held by run %1 (%2), sha256 %3."))
                   .arg(held->runId)
                   .arg(held->createdAt.toLocalTime().toString(Qt::ISODate), held->sha256)
            << Qt::endl;
        options.keepRemovals = parser.isSet(keepRemovals);
        options.approveRunId = held->runId;
        options.approveSha256 =
            parser.isSet(expectSha) ? parser.value(expectSha).trimmed().toLower() : held->sha256;
    }
    printSteps(host.engine());
    RunResult result;
    bool done = false;
    QObject::connect(host.coordinator(), &RunCoordinator::runFinished, host.coordinator(),
                     [&](const RunResult &r) {
                         result = r;
                         done = true;
                     });
    // The process ends once the run is over and its notifications are sent.
    QObject::connect(host.coordinator(), &RunCoordinator::idle, host.coordinator(), [&done] {
        if (done)
            QCoreApplication::quit();
    });
    watchForStop([&host, id] { host.engine()->cancel(id); });
    host.coordinator()->trigger(id, RunTrigger::Cli, options);
    QCoreApplication::exec();

    Console::printLines(result.details);
    if (parser.isSet(json))
        out() << QString::fromUtf8(
            QJsonDocument(RunReport::build(result, host.history())).toJson());
    else
        out() << outcomeLine(result) << Qt::endl;
    return exitCodeFor(result.status);
}

int RunCommand::serve(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Runs every profile on its schedule, and CSV profiles when a new export settles in "
           "their watched folder, until stopped (Ctrl+C or SIGTERM). For servers without the "
           "desktop app; one line per finished run."));
    parser.addHelpOption();
    const QCommandLineOption heartbeat(QStringLiteral("heartbeat"),
                                       tr("How often the clock is checked, in seconds "
                                          "(default 30)."),
                                       tr("seconds"), QStringLiteral("30"));
    const QCommandLineOption quiet(QStringLiteral("watch-quiet"),
                                   tr("How long a watched folder must stay unchanged before "
                                      "its export is read, in seconds (default 10)."),
                                   tr("seconds"), QStringLiteral("10"));
    const QCommandLineOption wait(QStringLiteral("wait"),
                                  tr("When another RosterBridge runs these profiles (the desktop "
                                     "app), wait until it stops instead of exiting; the service "
                                     "does."));
    parser.addOptions({heartbeat, quiet, wait});
    parser.addOptions(folderOptions());
    if (const std::optional<int> done = CommandLine::parse(parser, arguments))
        return *done;
    bool ok1 = false, ok2 = false;
    const double heartbeatSeconds = parser.value(heartbeat).toDouble(&ok1);
    const double quietSeconds = parser.value(quiet).toDouble(&ok2);
    if (!ok1 || !ok2 || heartbeatSeconds <= 0 || quietSeconds < 0) {
        err() << tr("--heartbeat and --watch-quiet take a number of seconds.") << Qt::endl;
        return ExitUsage;
    }

    RunHost host(paths(parser));
    Result<void> opened = host.open();
    if (!opened && host.lockedElsewhere() && parser.isSet(wait)) {
        err() << opened.error() << Qt::endl
              << tr("Waiting for it to stop; the service takes over then.") << Qt::endl;
        if (!waitForDataFolder(&host, &opened))
            return ExitOk;
    }
    if (!opened) {
        err() << opened.error() << Qt::endl;
        return ExitFailed;
    }
    RunCoordinator *coordinator = host.coordinator();
    QObject::connect(coordinator, &RunCoordinator::runFinished, coordinator,
                     [](const RunResult &r) {
                         out() << r.profileName << QStringLiteral(" [") << runTriggerName(r.trigger)
                               << QStringLiteral("] ") << outcomeLine(r) << Qt::endl;
                     });
    QObject::connect(coordinator, &RunCoordinator::automaticProblem, coordinator,
                     [](const QString &id, const QString &message) {
                         err() << id << QStringLiteral(": ") << message << Qt::endl;
                     });
    Scheduler scheduler;
    QObject::connect(
        &scheduler, &Scheduler::nextDueChanged, &scheduler,
        [](const QString &id, const QDateTime &utc) {
            if (utc.isValid())
                err() << tr("%1 runs next at %2").arg(id, utc.toLocalTime().toString(Qt::ISODate))
                      << Qt::endl;
        });
    coordinator->setWatchQuietMs(int(quietSeconds * 1000));
    coordinator->startAutomatic(&scheduler);
    scheduler.start(int(heartbeatSeconds * 1000));
    // The desktop app on this computer shows these runs and asks for more through the socket.
    ServiceEndpoint endpoint(host.control(), host.profiles());
    if (const Result<void> listening =
            endpoint.listen(ServiceProtocol::socketName(host.paths().dataFolder));
        !listening)
        err() << listening.error() << Qt::endl;
    // Profiles added or edited while serving are picked up.
    QFileSystemWatcher profiles;
    QDir().mkpath(host.paths().profilesFolder);
    profiles.addPath(host.paths().profilesFolder);
    QObject::connect(&profiles, &QFileSystemWatcher::directoryChanged, coordinator,
                     [coordinator] { coordinator->reloadAutomatic(); });
    err() << tr("Serving the profiles in %1.").arg(host.paths().profilesFolder) << Qt::endl;

    bool stopping = false;
    watchForStop([&] {
        stopping = true;
        scheduler.stop();
        const ProfileStore::LoadResult all = ProfileStore(host.paths().profilesFolder).loadAll();
        for (const Profile &p : all.profiles)
            host.engine()->cancel(p.id.toString(QUuid::WithoutBraces));
        if (coordinator->isIdle())
            QCoreApplication::quit();
    });
    QObject::connect(coordinator, &RunCoordinator::idle, coordinator, [&stopping] {
        if (stopping)
            QCoreApplication::quit();
    });
    return QCoreApplication::exec() == 0 ? ExitOk : ExitFailed;
}

} // namespace rb
