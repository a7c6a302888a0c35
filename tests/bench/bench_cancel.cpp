// How soon a run stops when it is cancelled, at random moments of its slowest parts:
//  - `rosterbridge convert` of the large district, interrupted with SIGINT (as Ctrl+C or a
//    service stop) while it reads, filters, maps, checks, compares or zips: from the signal
//    to the process's end;
//  - an SFTP upload of 200 MB to a private sshd (needs root): from the cancel to the upload's
//    return;
//  - a REST fetch waiting out a 30 s Retry-After: from the cancel to the source's end.
// Prints every trial and the worst latency of each; the target is 0.5 s.
//
//   build/tests/bench/bench_cancel [--trials N] [--keep DIR]
#include "DevServerProcess.h"
#include "SshServerProcess.h"
#include "TestSupport.h"

#include "delivery/SftpUploader.h"
#include "oneroster/rest/RestSource.h"
#include "oneroster/rest/RestSourceSettings.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <atomic>
#include <csignal>
#include <cstdio>
#include <thread>

using namespace Qt::StringLiterals;

namespace {

QRandomGenerator g_random(17);

QStringList convertArguments(const QString &input, const QString &zip)
{
    return {u"convert"_s, input, u"-o"_s, zip, u"--run-date"_s, u"2026-09-01"_s};
}

// One convert, interrupted after delayMs (or run to its end with -1): the milliseconds from
// the signal to the end, or the run's whole time when not interrupted.
double convertOnce(const QString &input, int delayMs, bool *cancelled)
{
    QTemporaryDir out;
    QProcess convert;
    convert.setStandardOutputFile(QProcess::nullDevice());
    convert.setStandardErrorFile(QProcess::nullDevice());
    QElapsedTimer timer;
    timer.start();
    convert.start(QStringLiteral(RB_APP_BINARY),
                  convertArguments(input, out.filePath(u"asm.zip"_s)));
    if (!convert.waitForStarted())
        return -1;
    if (delayMs < 0) {
        convert.waitForFinished(-1);
        *cancelled = false;
        return double(timer.elapsed());
    }
    if (convert.waitForFinished(delayMs)) {
        *cancelled = false;
        return 0;
    }
    QElapsedTimer stop;
    stop.start();
    ::kill(pid_t(convert.processId()), SIGINT);
    convert.waitForFinished(-1);
    *cancelled = convert.exitCode() != 0 && !QFileInfo::exists(out.filePath(u"asm.zip"_s));
    return double(stop.nsecsElapsed()) / 1e6;
}

double benchConvert(const QString &input, int trials)
{
    bool cancelled = false;
    const double whole = convertOnce(input, -1, &cancelled);
    std::printf("convert    a whole run takes %.2f s\n", whole / 1000.0);
    double worst = 0;
    for (int i = 0; i < trials; ++i) {
        const int delay = 50 + int(g_random.bounded(std::max(1, int(whole) - 150)));
        const double ms = convertOnce(input, delay, &cancelled);
        std::printf("convert    SIGINT at %5.2f s: stopped in %6.1f ms%s\n", delay / 1000.0, ms,
                    cancelled ? "" : " (it had finished)");
        if (cancelled)
            worst = std::max(worst, ms);
    }
    return worst;
}

double benchSftp(int trials)
{
    QString why;
    if (!rb::test::SshServerProcess::canRun(&why)) {
        std::printf("sftp       skipped: %s\n", qPrintable(why));
        return -1;
    }
    rb::test::SshServerProcess server;
    if (!server.setUp() || !server.start()) {
        std::printf("sftp       skipped: %s\n", qPrintable(server.errorString()));
        return -1;
    }
    QTemporaryDir local;
    const QString source = local.filePath(u"bench.zip"_s);
    {
        QFile f(source);
        if (!f.open(QIODevice::WriteOnly))
            return -1;
        QByteArray chunk(1000 * 1000, Qt::Uninitialized);
        QRandomGenerator rng(7);
        for (int i = 0; i < 200; ++i) {
            rng.fillRange(reinterpret_cast<quint32 *>(chunk.data()), chunk.size() / 4);
            f.write(chunk);
        }
    }
    rb::SftpSettings s;
    s.host = u"127.0.0.1"_s;
    s.port = server.port();
    s.username = rb::test::SshServerProcess::userName();
    s.authType = rb::SftpAuthType::PublicKey;
    s.privateKeyFile = server.keyPath(u"user_ed25519"_s);
    s.hostKeyFingerprint = server.fingerprint(u"host_ed25519"_s);
    double worst = 0;
    for (int i = 0; i < trials; ++i) {
        std::atomic_bool cancel = false;
        std::atomic<qint64> returnedAt = 0;
        QElapsedTimer clock;
        clock.start();
        bool ok = true;
        std::thread upload([&] {
            rb::SftpUploader uploader(s, {});
            uploader.setCancelFlag(&cancel);
            ok = uploader.upload(source, QStringLiteral("cancel-%1.zip").arg(i)).ok;
            returnedAt = clock.nsecsElapsed();
        });
        const int delay = 100 + int(g_random.bounded(900));
        QThread::msleep(ulong(delay));
        const qint64 cancelledAt = clock.nsecsElapsed();
        cancel = true;
        upload.join();
        const double ms = double(returnedAt - cancelledAt) / 1e6;
        std::printf("sftp       cancel at %5.2f s: stopped in %6.1f ms%s\n", delay / 1000.0,
                    std::max(ms, 0.0), ok ? " (it had finished)" : "");
        if (!ok)
            worst = std::max(worst, ms);
    }
    return worst;
}

double benchRetryAfter(QCoreApplication &app, int trials)
{
    QTemporaryDir tmp;
    const QString district = tmp.filePath(u"small.zip"_s);
    if (rb::test::run(rb::test::generatorBinary(), {u"--scale"_s, u"tiny"_s, u"--run-date"_s,
                                                    u"2026-09-01"_s, u"-o"_s, district})
            .exitCode != 0)
        return -1;
    rb::test::DevServerProcess server;
    if (!server.start({u"--data"_s, district, u"--fault"_s, u"rate429Every=1"_s, u"--fault"_s,
                       u"retryAfterSeconds=30"_s})) {
        std::printf("retry      skipped: the development server did not start\n");
        return -1;
    }
    double worst = 0;
    for (int i = 0; i < trials; ++i) {
        rb::RestSourceSettings s;
        s.baseUrl = server.baseUrl().toString();
        s.version = rb::OneRosterVersion::V1_2;
        s.authType = rb::RestAuthType::None;
        QTemporaryDir out;
        rb::RestSource source;
        QElapsedTimer clock;
        qint64 cancelledAt = 0, endedAt = 0;
        QObject::connect(&source, &rb::RestSource::finished, &app, [&](bool) {
            endedAt = clock.nsecsElapsed();
            QCoreApplication::quit();
        });
        const int delay = 300 + int(g_random.bounded(1700));
        QTimer::singleShot(delay, &app, [&] {
            cancelledAt = clock.nsecsElapsed();
            source.cancel();
        });
        clock.start();
        source.start(s, rb::RestSecrets{}, out.path());
        if (source.isRunning())
            QCoreApplication::exec();
        const double ms = double(endedAt - cancelledAt) / 1e6;
        std::printf("retry      cancel at %5.2f s, waiting out Retry-After: 30: stopped in %6.1f "
                    "ms\n",
                    delay / 1000.0, ms);
        worst = std::max(worst, ms);
    }
    return worst;
}

} // namespace

int main(int argc, char *argv[])
{
    QLoggingCategory::setFilterRules(u"rosterbridge.*.debug=false\nrosterbridge.*.info=false"_s);
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption trials(u"trials"_s, u"Interruptions per part."_s, u"n"_s, u"10"_s);
    const QCommandLineOption keep(u"keep"_s, u"Folder that caches the generated district."_s,
                                  u"dir"_s, QDir::tempPath() + u"/rosterbridge-bench"_s);
    parser.addOptions({trials, keep});
    parser.process(app);
    const int n = std::max(1, parser.value(trials).toInt());

    QDir().mkpath(parser.value(keep));
    const QString input = QDir(parser.value(keep)).filePath(u"large-1.2.zip"_s);
    if (!QFileInfo::exists(input)) {
        std::printf("generating %s ...\n", qPrintable(input));
        std::fflush(stdout);
        if (QProcess::execute(QStringLiteral(RB_GENDISTRICT_BINARY),
                              {u"--scale"_s, u"large"_s, u"--version"_s, u"1.2"_s, u"--run-date"_s,
                               u"2026-09-01"_s, u"-o"_s, input}) != 0) {
            std::fprintf(stderr, "the generator failed\n");
            return 1;
        }
    }
    const double convert = benchConvert(input, n);
    const double sftp = benchSftp(std::max(1, n / 2));
    const double retry = benchRetryAfter(app, std::max(1, n / 2));
    std::printf("worst      convert %.1f ms, sftp %s, Retry-After wait %s (target 500 ms)\n",
                convert,
                sftp < 0 ? "skipped" : qPrintable(QString::number(sftp, 'f', 1) + u" ms"_s),
                retry < 0 ? "skipped" : qPrintable(QString::number(retry, 'f', 1) + u" ms"_s));
    return 0;
}
