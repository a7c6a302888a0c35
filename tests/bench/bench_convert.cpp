// Converts a generated large district (about 600,000 users, 60,000 classes and 4,000,000
// enrollments) with `rosterbridge convert`, and prints wall time, records per second, the
// steps of its report and its peak resident memory. With --baseline, another build of
// rosterbridge (tools/dev/run-bench.sh builds main as it was before the speed work) converts
// the same district in turns with this one, and the medians are compared.
//
//   build/tests/bench/bench_convert [--scale large|small] [--version 1.1|1.2] [--keep DIR]
//                                   [--runs N] [--baseline PATH]
#include "asm/AsmPackage.h"
#include "asm/AsmSchema.h"
#include "common/Findings.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QProcess>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <fcntl.h>
#include <memory>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <vector>

extern char **environ;

namespace {

struct Measurement
{
    double seconds = 0;
    long peakMiB = 0;
    QJsonObject report;
};

// One conversion in a child of its own, so that its peak memory is its alone (wait4).
bool convertOnce(const QString &binary, const QString &input, const QString &runDate,
                 const QString &zipPath, Measurement *m)
{
    QTemporaryDir out;
    const QByteArray zip = zipPath.toLocal8Bit();
    const QByteArray reportPath = out.filePath(QStringLiteral("report.json")).toLocal8Bit();
    const QByteArray program = binary.toLocal8Bit();
    const QByteArray in = input.toLocal8Bit();
    const QByteArray date = runDate.toLocal8Bit();
    std::vector<char *> argv = {
        const_cast<char *>(program.constData()),    const_cast<char *>("convert"),
        const_cast<char *>(in.constData()),         const_cast<char *>("-o"),
        const_cast<char *>(zip.constData()),        const_cast<char *>("--run-date"),
        const_cast<char *>(date.constData()),       const_cast<char *>("--report"),
        const_cast<char *>(reportPath.constData()), nullptr};
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0);
    posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0);
    QElapsedTimer timer;
    timer.start();
    pid_t pid = 0;
    const int spawned =
        posix_spawn(&pid, program.constData(), &actions, nullptr, argv.data(), environ);
    posix_spawn_file_actions_destroy(&actions);
    if (spawned != 0) {
        std::fprintf(stderr, "cannot start %s\n", program.constData());
        return false;
    }
    int status = 0;
    rusage usage{};
    wait4(pid, &status, 0, &usage);
    m->seconds = double(timer.nsecsElapsed()) / 1e9;
    m->peakMiB = usage.ru_maxrss / 1024; // Linux reports KiB
    QFile reportFile(QString::fromLocal8Bit(reportPath));
    m->report = reportFile.open(QIODevice::ReadOnly)
                    ? QJsonDocument::fromJson(reportFile.readAll()).object()
                    : QJsonObject();
    if (!WIFEXITED(status) || WEXITSTATUS(status) != 0 ||
        m->report.value(QStringLiteral("outcome")).toString() != QStringLiteral("written")) {
        std::fprintf(stderr, "%s: convert failed (status %d)\n", program.constData(), status);
        return false;
    }
    return true;
}

const Measurement &median(std::vector<Measurement> &runs)
{
    std::sort(runs.begin(), runs.end(),
              [](const Measurement &a, const Measurement &b) { return a.seconds < b.seconds; });
    return runs[runs.size() / 2];
}

// The six files of two zips, byte for byte (the zips' own bytes may differ by deflater).
bool sameSixFiles(const QString &a, const QString &b)
{
    rb::Findings findings;
    const std::unique_ptr<rb::AsmPackage> first = rb::AsmPackage::open(a, &findings);
    const std::unique_ptr<rb::AsmPackage> second = rb::AsmPackage::open(b, &findings);
    if (!first || !second)
        return false;
    for (rb::AsmTable table : rb::kAsmTables) {
        auto x = first->openTable(table);
        auto y = second->openTable(table);
        if (!x || !y || (*x)->readAll() != (*y)->readAll())
            return false;
    }
    return true;
}

long peakOf(const std::vector<Measurement> &runs)
{
    long peak = 0;
    for (const Measurement &m : runs)
        peak = std::max(peak, m.peakMiB);
    return peak;
}

void printSteps(const char *label, const QJsonObject &report)
{
    std::printf("%-10s", label);
    for (const QJsonValue step : report.value(QStringLiteral("steps")).toArray()) {
        const QJsonObject s = step.toObject();
        std::printf(" %s %.2f", qPrintable(s.value(QStringLiteral("name")).toString()),
                    double(s.value(QStringLiteral("durationMs")).toInteger()) / 1000.0);
    }
    std::printf("\n");
}

} // namespace

int main(int argc, char *argv[])
{
    QLoggingCategory::setFilterRules(
        QStringLiteral("rosterbridge.*.debug=false\nrosterbridge.*.info=false"));
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption scale(QStringLiteral("scale"), QStringLiteral("District size."),
                                   QStringLiteral("scale"), QStringLiteral("large"));
    const QCommandLineOption version(QStringLiteral("version"),
                                     QStringLiteral("OneRoster version."),
                                     QStringLiteral("version"), QStringLiteral("1.2"));
    const QCommandLineOption keep(
        QStringLiteral("keep"), QStringLiteral("Folder that caches the generated district."),
        QStringLiteral("dir"), QDir::tempPath() + QStringLiteral("/rosterbridge-bench"));
    const QCommandLineOption runs(QStringLiteral("runs"),
                                  QStringLiteral("Conversions per build (median)."),
                                  QStringLiteral("n"), QStringLiteral("3"));
    const QCommandLineOption baseline(QStringLiteral("baseline"),
                                      QStringLiteral("Another rosterbridge to compare with."),
                                      QStringLiteral("path"));
    parser.addOptions({scale, version, keep, runs, baseline});
    parser.process(app);

    QDir().mkpath(parser.value(keep));
    const QString input =
        QDir(parser.value(keep))
            .filePath(parser.value(scale) + u'-' + parser.value(version) + QStringLiteral(".zip"));
    const QString runDate = QStringLiteral("2026-09-01");
    if (!QFileInfo::exists(input)) {
        std::printf("generating %s ...\n", qPrintable(input));
        std::fflush(stdout);
        QElapsedTimer gen;
        gen.start();
        const int rc =
            QProcess::execute(QStringLiteral(RB_GENDISTRICT_BINARY),
                              {QStringLiteral("--scale"), parser.value(scale),
                               QStringLiteral("--version"), parser.value(version),
                               QStringLiteral("--run-date"), runDate, QStringLiteral("-o"), input});
        if (rc != 0) {
            std::fprintf(stderr, "the generator failed (%d)\n", rc);
            return 1;
        }
        std::printf("generated in %.1f s (%lld MB)\n", double(gen.elapsed()) / 1000.0,
                    QFileInfo(input).size() / 1000000);
        std::fflush(stdout);
    }

    const int count = std::max(1, parser.value(runs).toInt());
    const QString baselineBinary = parser.value(baseline);
    std::vector<Measurement> current, before;
    QTemporaryDir outputs;
    const QString currentZip = outputs.filePath(QStringLiteral("current.zip"));
    const QString baselineZip = outputs.filePath(QStringLiteral("baseline.zip"));
    // In turns, so that a busy moment of the machine falls on both.
    for (int i = 0; i < count; ++i) {
        Measurement m;
        if (!convertOnce(QStringLiteral(RB_APP_BINARY), input, runDate, currentZip, &m))
            return 1;
        current.push_back(m);
        if (!baselineBinary.isEmpty()) {
            if (!convertOnce(baselineBinary, input, runDate, baselineZip, &m))
                return 1;
            before.push_back(m);
        }
    }
    const long currentPeak = peakOf(current);
    const Measurement now = median(current);
    const QJsonObject &report = now.report;
    const double seconds = now.seconds;

    const QJsonObject read =
        report.value(QStringLiteral("source")).toObject().value(QStringLiteral("read")).toObject();
    qint64 records = 0;
    for (auto it = read.begin(); it != read.end(); ++it)
        records += it.value().toInteger();
    std::printf("input      %s (%lld MB zipped)\n", qPrintable(QFileInfo(input).fileName()),
                QFileInfo(input).size() / 1000000);
    std::printf("read       %lld users, %lld classes, %lld enrollments (%lld records)\n",
                read.value(QStringLiteral("users")).toInteger(),
                read.value(QStringLiteral("classes")).toInteger(),
                read.value(QStringLiteral("enrollments")).toInteger(), records);
    const QJsonObject rows = report.value(QStringLiteral("rows")).toObject();
    std::printf("wrote      %lld students, %lld staff, %lld classes, %lld roster rows\n",
                rows.value(QStringLiteral("students.csv")).toInteger(),
                rows.value(QStringLiteral("staff.csv")).toInteger(),
                rows.value(QStringLiteral("classes.csv")).toInteger(),
                rows.value(QStringLiteral("rosters.csv")).toInteger());
    printSteps("steps", report);
    std::printf("wall time  %.2f s, median of %d (target < 30 s)\n", seconds, count);
    std::printf("throughput %.0f records/s\n", double(records) / seconds);
    std::printf("peak RSS   %ld MiB (target < 500 MB)\n", currentPeak);
    if (before.empty())
        return 0;
    const long beforePeak = peakOf(before);
    const Measurement then = median(before);
    printSteps("baseline", then.report);
    std::printf("baseline   %.2f s, peak RSS %ld MiB (%s)\n", then.seconds, beforePeak,
                qPrintable(baselineBinary));
    std::printf("ratio      %.0f %% of the baseline's time (target <= 45 %%), memory %+ld MiB\n",
                100.0 * seconds / then.seconds, currentPeak - beforePeak);
    const bool same = sameSixFiles(currentZip, baselineZip);
    std::printf("six files  %s\n",
                same ? "byte-identical to the baseline's" : "DIFFER from the baseline's");
    return same ? 0 : 1;
}
