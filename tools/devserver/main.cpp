#include "DevServer.h"
#include "DevServerLog.h"
#include "OneRosterData.h"
#include "ServerOptions.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMetaObject>

#include <csignal>
#include <cstdio>
#include <thread>

#ifdef Q_OS_UNIX
#include <QSocketNotifier>
#include <sys/socket.h>
#include <unistd.h>
#endif

namespace {

#ifdef Q_OS_UNIX
int signalPipe[2] = {-1, -1};

void onSignal(int)
{
    const char byte = 1;
    // Only async-signal-safe work here; the event loop does the rest.
    [[maybe_unused]] const auto written = ::write(signalPipe[1], &byte, 1);
}

void quitOnSignals(QCoreApplication *app)
{
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, signalPipe) != 0)
        return;
    auto *notifier = new QSocketNotifier(signalPipe[0], QSocketNotifier::Read, app);
    QObject::connect(notifier, &QSocketNotifier::activated, app, &QCoreApplication::quit);
    std::signal(SIGTERM, onSignal);
    std::signal(SIGINT, onSignal);
}
#else
void quitOnSignals(QCoreApplication *)
{
}
#endif

// Reads standard input on a thread of its own until it closes, then ends the event loop.
void quitOnStdinClose(QCoreApplication *app)
{
    std::thread([app] {
        char buffer[256];
        while (std::fread(buffer, 1, sizeof buffer, stdin) > 0) {
        }
        QMetaObject::invokeMethod(app, &QCoreApplication::quit, Qt::QueuedConnection);
    }).detach();
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("rb-devserver"));
    QCoreApplication::setApplicationVersion(QStringLiteral(RB_VERSION));

    rb::dev::ServerOptions options;
    if (!options.parse(app))
        return 2;

    rb::dev::OneRosterData data;
    QString error;
    if (!data.load(options.dataPath, &error)) {
        std::fprintf(stderr, "rb-devserver: %s\n", qPrintable(error));
        return 1;
    }
    rb::dev::DevServer server(options, data);
    if (!server.start(&error)) {
        std::fprintf(stderr, "rb-devserver: cannot listen: %s\n", qPrintable(error));
        return 1;
    }
    quitOnSignals(&app);
    if (options.exitOnStdinClose)
        quitOnStdinClose(&app);

    // Written by hand to keep the key order {"port", "baseUrl"}.
    const QByteArray baseUrl =
        QJsonDocument(QJsonArray{server.baseUrl()}).toJson(QJsonDocument::Compact);
    const QByteArray ready = "{\"port\": " + QByteArray::number(server.port()) +
                             ", \"baseUrl\": " + baseUrl.mid(1, baseUrl.size() - 2) + "}\n";
    std::fputs(ready.constData(), stdout);
    std::fflush(stdout);
    qCInfo(rb::dev::lcDevServer).noquote() << "listening on" << server.baseUrl();
    return app.exec();
}
