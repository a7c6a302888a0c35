// Converts a generated large district (about 600,000 users, 60,000 classes and 4,000,000
// enrollments) with `rosterbridge convert`, and prints wall time, records per second, the
// steps of its report and its peak resident memory. Targets on a 2-core machine: under 30 s,
// under 500 MB.
//
//   build/tests/bench/bench_convert [--scale large|small] [--version 1.1|1.2] [--keep DIR]
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

#include <cstdio>
#include <sys/resource.h>

namespace {
long peakRssMiB()
{
    rusage usage{};
    getrusage(RUSAGE_CHILDREN, &usage);
    return usage.ru_maxrss / 1024; // Linux reports KiB
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
    parser.addOptions({scale, version, keep});
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
        // The peak memory of children counts the generator too: measure in a fresh process.
        std::fflush(stdout);
        return QProcess::execute(QCoreApplication::applicationFilePath(), app.arguments().mid(1));
    }

    QTemporaryDir out;
    const QString zip = out.filePath(QStringLiteral("asm.zip"));
    const QString reportPath = out.filePath(QStringLiteral("report.json"));
    QProcess convert;
    convert.setStandardOutputFile(QProcess::nullDevice());
    QElapsedTimer timer;
    timer.start();
    convert.start(QStringLiteral(RB_APP_BINARY),
                  {QStringLiteral("convert"), input, QStringLiteral("-o"), zip,
                   QStringLiteral("--run-date"), runDate, QStringLiteral("--report"), reportPath});
    convert.waitForFinished(-1);
    const double seconds = double(timer.elapsed()) / 1000.0;
    QFile reportFile(reportPath);
    const QJsonObject report = reportFile.open(QIODevice::ReadOnly)
                                   ? QJsonDocument::fromJson(reportFile.readAll()).object()
                                   : QJsonObject();
    if (convert.exitCode() != 0 ||
        report.value(QStringLiteral("outcome")).toString() != QStringLiteral("written")) {
        std::fprintf(stderr, "%s\nconvert failed (exit %d)\n",
                     convert.readAllStandardError().constData(), convert.exitCode());
        return 1;
    }

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
    std::printf(
        "wrote      %lld students, %lld staff, %lld classes, %lld roster rows (%lld MB zip)\n",
        rows.value(QStringLiteral("students.csv")).toInteger(),
        rows.value(QStringLiteral("staff.csv")).toInteger(),
        rows.value(QStringLiteral("classes.csv")).toInteger(),
        rows.value(QStringLiteral("rosters.csv")).toInteger(), QFileInfo(zip).size() / 1000000);
    for (const QJsonValue step : report.value(QStringLiteral("steps")).toArray()) {
        const QJsonObject s = step.toObject();
        std::printf("step       %-9s %6.2f s\n",
                    qPrintable(s.value(QStringLiteral("name")).toString()),
                    double(s.value(QStringLiteral("durationMs")).toInteger()) / 1000.0);
    }
    std::printf("wall time  %.2f s (target < 30 s)\n", seconds);
    std::printf("throughput %.0f records/s\n", double(records) / seconds);
    std::printf("peak RSS   %ld MiB (target < 500 MB)\n", peakRssMiB());
    return 0;
}
