// How long the window's thread is kept from its events: a 10 ms timer on the GUI thread ticks
// while the real main window (wired as the desktop app wires it, on a RunHost in temporary
// folders) runs a profile on the large district, opens the review of its held package and
// searches it, and lists a history of 1,000 runs. Prints, per scenario, the longest gap between
// ticks, the 99th percentile and the phase the longest gap fell in.
//
// Run with QT_QPA_PLATFORM=offscreen, inside tools/dev/keyring-session.sh.

#include "TestSupport.h"

#include "asm/AsmSchema.h"
#include "history/HistoryPanel.h"
#include "main/MainWindow.h"
#include "main/StatusTracker.h"
#include "pipeline/RunControl.h"
#include "pipeline/RunCoordinator.h"
#include "pipeline/RunHost.h"
#include "pipeline/RunStep.h"
#include "preview/PreviewDialog.h"
#include "preview/TablePage.h"
#include "schedule/Scheduler.h"
#include "store/HistoryWriter.h"
#include "store/ProfileStore.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QHash>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace rb;
using namespace Qt::StringLiterals;

namespace {

// Ticks every 10 ms and keeps each gap with the phase it ended in.
class GapProbe
{
public:
    GapProbe()
    {
        m_timer.setInterval(10);
        m_timer.setTimerType(Qt::PreciseTimer);
        QObject::connect(&m_timer, &QTimer::timeout, [this] { tick(); });
    }
    void start(const QString &scenario)
    {
        m_scenario = scenario;
        m_gaps.clear();
        m_clock.start();
        m_last = 0;
        m_timer.start();
    }
    void phase(const QString &name)
    {
        if (m_timer.isActive())
            tick(); // a gap that ends here belongs to the phase before
        m_phase = name;
    }
    void stop()
    {
        tick();
        m_timer.stop();
        if (m_gaps.empty())
            return;
        std::vector<Gap> sorted = m_gaps;
        std::sort(sorted.begin(), sorted.end(),
                  [](const Gap &a, const Gap &b) { return a.ms < b.ms; });
        const Gap &worst = sorted.back();
        const double p99 = sorted.at(std::min(sorted.size() - 1, sorted.size() * 99 / 100)).ms;
        std::printf("%-8s longest gap %6.1f ms (in %s), 99th percentile %5.1f ms, %zu ticks "
                    "over %.1f s\n",
                    qPrintable(m_scenario), worst.ms, qPrintable(worst.phase), p99, m_gaps.size(),
                    double(m_clock.elapsed()) / 1000.0);
        // The next two longest, for finding what blocks.
        for (size_t i = 1; i <= 2 && sorted.size() > i; ++i)
            std::printf("         next %6.1f ms (in %s)\n", sorted.at(sorted.size() - 1 - i).ms,
                        qPrintable(sorted.at(sorted.size() - 1 - i).phase));
        // The longest gap of every phase, in the order the phases came.
        QStringList order;
        QHash<QString, double> longest;
        for (const Gap &g : m_gaps) {
            if (!longest.contains(g.phase))
                order << g.phase;
            longest[g.phase] = std::max(longest.value(g.phase), g.ms);
        }
        for (const QString &phase : order)
            std::printf("         phase %-40s longest %6.1f ms\n", qPrintable(phase),
                        longest.value(phase));
        std::fflush(stdout);
    }

private:
    struct Gap
    {
        double ms;
        QString phase;
    };
    void tick()
    {
        const qint64 now = m_clock.nsecsElapsed();
        m_gaps.push_back({double(now - m_last) / 1e6, m_phase});
        m_last = now;
    }
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    QString m_scenario;
    QString m_phase;
    std::vector<Gap> m_gaps;
};

// Lets the event loop run until done() or the timeout.
template<typename F>
bool waitUntil(F done, int timeoutMs)
{
    QElapsedTimer t;
    t.start();
    while (!done()) {
        if (t.elapsed() > timeoutMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    }
    return true;
}

void settle(int ms)
{
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < ms)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption keep(u"keep"_s, u"Folder that caches the generated district."_s,
                                  u"dir"_s, QDir::tempPath() + u"/rosterbridge-bench"_s);
    const QCommandLineOption runs(u"runs"_s, u"Runs in the history scenario."_s, u"count"_s,
                                  u"1000"_s);
    parser.addOptions({keep, runs});
    parser.process(app);

    QDir().mkpath(parser.value(keep));
    const QString large = QDir(parser.value(keep)).filePath(u"large-1.2.zip"_s);
    if (!QFileInfo::exists(large)) {
        std::printf("generating %s ...\n", qPrintable(large));
        std::fflush(stdout);
        if (test::run(test::generatorBinary(),
                      {u"--scale"_s, u"large"_s, u"--version"_s, u"1.2"_s, u"--run-date"_s,
                       u"2026-09-01"_s, u"-o"_s, large},
                      1800000)
                .exitCode != 0) {
            std::fprintf(stderr, "the generator failed\n");
            return 1;
        }
    }

    QTemporaryDir tmp;
    const QString tiny = tmp.filePath(u"tiny.zip"_s);
    if (test::run(test::generatorBinary(),
                  {u"--scale"_s, u"tiny"_s, u"--run-date"_s, u"2026-09-01"_s, u"-o"_s, tiny})
            .exitCode != 0) {
        std::fprintf(stderr, "the generator failed\n");
        return 1;
    }
    const QString deliveries = tmp.filePath(u"deliveries"_s);
    QDir().mkpath(deliveries);
    RunHost::Paths paths{tmp.filePath(u"config"_s), tmp.filePath(u"config/profiles"_s),
                         tmp.filePath(u"data"_s)};
    Profile p = Profile::create(u"North District"_s);
    p.source.kind = SourceKind::Csv;
    p.source.path = tiny;
    p.conversion.filters.runDate = QDate(2026, 9, 1);
    p.destination.kind = DestinationKind::Folder;
    p.destination.folder = deliveries;
    p.needsFirstRunApproval = false;
    if (!ProfileStore(paths.profilesFolder).save(p)) {
        std::fprintf(stderr, "the profile could not be saved\n");
        return 1;
    }
    const QString id = p.id.toString(QUuid::WithoutBraces);

    RunHost host(paths);
    if (const Result<void> opened = host.open(); !opened) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.error()));
        return 1;
    }
    Scheduler scheduler;
    host.coordinator()->startAutomatic(&scheduler);
    // Connected before the window's own handlers, so that what they do counts in these phases.
    GapProbe probe;
    QObject::connect(host.control(), &RunControl::stepStarted, &app,
                     [&probe](const QString &, qint64, RunStep step) {
                         probe.phase(u"step "_s + RunStepText::describe(step));
                     });
    QObject::connect(host.control(), &RunControl::runFinished, &app,
                     [&probe] { probe.phase(u"the window hears the run's end"_s); });
    StatusTracker tracker(&host, &scheduler);
    MainWindow window(&host, &scheduler, &tracker);
    window.show();
    settle(200);

    QSignalSpy finished(host.coordinator(), &RunCoordinator::runFinished);
    auto lastStatus = [&] {
        return finished.last().first().value<RunResult>().status;
    };

    // A small delivery first, so that the large package is held by the safety check and
    // compared with it.
    window.runNow(id);
    if (!waitUntil([&] { return finished.size() == 1; }, 120000) ||
        lastStatus() != RunStatus::Success) {
        std::fprintf(stderr, "the small delivery failed\n");
        return 1;
    }
    settle(500);

    // (a) A run of the large district, from the trigger to the window showing its end.
    probe.start(u"run"_s);
    probe.phase(u"trigger"_s);
    RunCoordinator::Options options;
    options.input = large;
    host.coordinator()->trigger(id, RunTrigger::Manual, options);
    probe.phase(u"running"_s);
    if (!waitUntil([&] { return finished.size() == 2; }, 600000)) {
        std::fprintf(stderr, "the large run did not finish\n");
        return 1;
    }
    probe.phase(u"after the run"_s);
    settle(1000);
    probe.stop();
    if (lastStatus() != RunStatus::Held) {
        std::fprintf(stderr, "the large run was not held (status %d)\n", int(lastStatus()));
        return 1;
    }

    // (b) The review of the held package: open, compare, search the rosters.
    QSignalSpy opened(&window, &MainWindow::reviewOpened);
    probe.start(u"review"_s);
    probe.phase(u"open"_s);
    window.review(id);
    probe.phase(u"load and compare"_s);
    if (!waitUntil([&] { return opened.size() == 1; }, 600000)) {
        std::fprintf(stderr, "the review did not open\n");
        return 1;
    }
    auto *dialog = qobject_cast<PreviewDialog *>(opened.first().first().value<QWidget *>());
    if (!dialog || !waitUntil([&] { return dialog->isReady(); }, 600000)) {
        std::fprintf(stderr, "the review did not get ready\n");
        return 1;
    }
    probe.phase(u"ready"_s);
    settle(500);
    TablePage *rosters = dialog->tablePage(AsmTable::Rosters);
    dialog->tabs()->setCurrentWidget(rosters);
    probe.phase(u"rosters tab"_s);
    settle(500);
    QSignalSpy searched(rosters, &TablePage::searchFinished);
    probe.phase(u"search"_s);
    rosters->findNext(u"no such text anywhere"_s);
    if (!waitUntil([&] { return searched.size() == 1; }, 600000)) {
        std::fprintf(stderr, "the search did not finish\n");
        return 1;
    }
    probe.phase(u"after the search"_s);
    settle(500);
    probe.phase(u"close"_s);
    dialog->close();
    settle(500);
    probe.stop();

    // (c) The History tab listing a history of many runs.
    {
        HistoryWriter writer(*host.history(), RecordingPolicy{});
        const QDateTime base = QDateTime::currentDateTimeUtc().addDays(-60);
        const int count = parser.value(runs).toInt();
        for (int i = 0; i < count; ++i) {
            const Result<qint64> run =
                writer.beginRun(id, RunTrigger::Schedule, base.addSecs(60 * 60 * i));
            if (!run || !writer.finishRun(*run, i % 17 ? RunStatus::Success : RunStatus::Failed, {},
                                          u"run %1"_s.arg(i))) {
                std::fprintf(stderr, "the history could not be written\n");
                return 1;
            }
        }
    }
    settle(200);
    probe.start(u"history"_s);
    probe.phase(u"tab"_s);
    window.tabs()->setCurrentIndex(1);
    probe.phase(u"refresh"_s);
    window.historyPanel()->refresh();
    probe.phase(u"after the refresh"_s);
    settle(1000);
    probe.stop();
    return 0;
}
