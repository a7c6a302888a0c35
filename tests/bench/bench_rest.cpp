// Fetches the small generated district from rb-devserver with 50 ms of server latency per
// request, at 1, 4 and 8 requests in flight, and prints the wall time against the floor
// (pages x latency / in flight), the client's CPU time per 1,000 records and peak RSS.
//
// "pages" are the pages read; "unused" the requests sent early with a collection's first page
// and then not needed (see CollectionPager), which the floor leaves out.
//
// Each run is made twice: against a server that answers as rb-devserver normally does (Nagle
// off, one write per response), and with the splitWrites fault, a server that leaves Nagle on
// and writes the head and the body separately, so that every response on a kept-alive
// connection waits for the client's delayed ACK (~40 ms on Linux). Medians of 3 runs on a
// shared 2-core machine, page size 100:
//
//   in flight   TCP_NODELAY   Nagle on   Nagle on + --connection-close
//   1           26.4 s        45.1 s     25.5 s
//   4            6.8 s        11.4 s      6.6 s
//   8            4.7 s         7.9 s      4.5 s
//
// Connection: close (a new connection acknowledges at once) removes the wait on the loopback
// device, at the price of a handshake per request, so it is left to the requestHeaders
// setting; with --page-size 1000 both kinds of server take ~4.3-4.5 s at 1 in flight. See
// docs/rest-source.md, "Servers that leave Nagle on".
//
//   build/tests/bench/bench_rest [--latency MS] [--page-size N] [--mode normal|nagle|both]
//                                [--connection-close]
#include "DevServerProcess.h"
#include "TestSupport.h"

#include "oneroster/rest/RestSource.h"
#include "oneroster/rest/RestSourceSettings.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QTemporaryDir>

#include <cstdio>
#include <sys/resource.h>

namespace {
double cpuSeconds()
{
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return double(u.ru_utime.tv_sec + u.ru_stime.tv_sec) +
           double(u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e6;
}
long peakRssMiB()
{
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return u.ru_maxrss / 1024;
}
} // namespace

int main(int argc, char *argv[])
{
    QLoggingCategory::setFilterRules(
        QStringLiteral("rosterbridge.*.debug=false\nrosterbridge.*.info=false"));
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption latency(QStringLiteral("latency"), QStringLiteral("Server latency."),
                                     QStringLiteral("ms"), QStringLiteral("50"));
    const QCommandLineOption pageSize(QStringLiteral("page-size"), QStringLiteral("Page size."),
                                      QStringLiteral("n"), QStringLiteral("100"));
    const QCommandLineOption mode(QStringLiteral("mode"),
                                  QStringLiteral("normal, nagle (the splitWrites fault) or both."),
                                  QStringLiteral("mode"), QStringLiteral("both"));
    const QCommandLineOption close(
        QStringLiteral("connection-close"),
        QStringLiteral("Send Connection: close with every request (requestHeaders)."));
    parser.addOptions({latency, pageSize, mode, close});
    parser.process(app);
    QList<bool> nagleModes;
    if (parser.value(mode) == u"normal")
        nagleModes = {false};
    else if (parser.value(mode) == u"nagle")
        nagleModes = {true};
    else if (parser.value(mode) == u"both")
        nagleModes = {false, true};
    else {
        std::fprintf(stderr, "--mode must be normal, nagle or both\n");
        return 2;
    }

    QTemporaryDir tmp;
    const QString district = tmp.filePath(QStringLiteral("small.zip"));
    const auto gen = rb::test::run(rb::test::generatorBinary(),
                                   {QStringLiteral("--scale"), QStringLiteral("small"),
                                    QStringLiteral("--version"), QStringLiteral("1.2"),
                                    QStringLiteral("--run-date"), QStringLiteral("2026-09-01"),
                                    QStringLiteral("-o"), district});
    if (gen.exitCode != 0) {
        std::fprintf(stderr, "the generator failed\n");
        return 1;
    }
    rb::test::DevServerProcess server;
    const QString secret = QStringLiteral("bench-secret");
    if (!server.start({QStringLiteral("--data"), district, QStringLiteral("--auth"),
                       QStringLiteral("oauth2"), QStringLiteral("--client-id"),
                       QStringLiteral("bench"), QStringLiteral("--client-secret"), secret,
                       QStringLiteral("--fault"),
                       QStringLiteral("latencyMs=") + parser.value(latency)})) {
        std::fprintf(stderr, "the development server did not start\n");
        return 1;
    }
    const double latencyS = parser.value(latency).toDouble() / 1000.0;
    for (const bool nagle : std::as_const(nagleModes)) {
        if (!server.setFaults(
                QJsonObject{{QStringLiteral("latencyMs"), parser.value(latency).toInt()},
                            {QStringLiteral("splitWrites"), nagle}})) {
            std::fprintf(stderr, "the fault switches could not be set\n");
            return 1;
        }
        std::printf("small district over OneRoster 1.2, %s ms latency, page size %s, %s\n",
                    qPrintable(parser.value(latency)), qPrintable(parser.value(pageSize)),
                    nagle ? "server leaves Nagle on (splitWrites)" : "server sets TCP_NODELAY");
        std::printf("%-10s %8s %8s %8s %9s %8s %12s\n", "in flight", "pages", "unused", "time s",
                    "floor s", "ratio", "CPU ms/1000");
        for (int inFlight : {1, 4, 8}) {
            rb::RestSourceSettings s;
            s.baseUrl = server.baseUrl().toString();
            s.version = rb::OneRosterVersion::V1_2;
            s.tokenUrl = s.baseUrl + QStringLiteral("/oauth/token");
            s.clientId = QStringLiteral("bench");
            s.pageSize = parser.value(pageSize).toInt();
            s.maxInFlight = inFlight;
            if (parser.isSet(close))
                s.requestHeaders = {{QStringLiteral("Connection"), QStringLiteral("close")}};
            QTemporaryDir out;
            rb::RestSource source;
            bool ok = false;
            QObject::connect(&source, &rb::RestSource::finished, &app, [&ok](bool success) {
                ok = success;
                QCoreApplication::quit();
            });
            const double cpu0 = cpuSeconds();
            QElapsedTimer timer;
            timer.start();
            source.start(s, rb::RestSecrets{secret}, out.path());
            if (source.isRunning())
                QCoreApplication::exec();
            const double seconds = double(timer.elapsed()) / 1000.0;
            const double cpu = cpuSeconds() - cpu0;
            if (!ok) {
                for (const QString &line : source.findings().lines())
                    std::fprintf(stderr, "%s\n", qPrintable(line));
                return 1;
            }
            // The floor counts the pages read; requests sent early and not used are shown apart.
            const qint64 pages = source.pagesRead();
            qint64 records = 0;
            for (rb::RestCollection c : rb::restCollections())
                records += source.recordCount(c);
            const double floor = double(pages) * latencyS / inFlight;
            std::printf("%-10d %8lld %8lld %8.2f %9.2f %8.2f %12.1f\n", inFlight, pages,
                        source.earlyRequestsIgnored(), seconds, floor, seconds / floor,
                        cpu * 1000.0 / (double(records) / 1000.0));
        }
    }
    std::printf("peak RSS   %ld MiB\n", peakRssMiB());
    return 0;
}
