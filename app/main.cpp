#include "AppLog.h"
#include "CommandLine.h"
#include "CommandLog.h"
#include "DesktopApp.h"
#include "i18n/Translations.h"
#include "store/AppPaths.h"
#include "store/AppSettings.h"

#include <QApplication>
#include <QIcon>
#include <QLoggingCategory>

#include <cstdio>

#ifdef Q_OS_WIN
#include <windows.h>
#endif
#ifdef __GLIBC__
#include <malloc.h>
#endif

int main(int argc, char *argv[])
{
#ifdef __GLIBC__
    // A fixed threshold: glibc otherwise raises it whenever any thread frees a large block, so
    // a run's big arrays land on the heap or in their own mappings depending on thread timing,
    // and the peak memory of the same run varied by over 40 MiB.
    mallopt(M_MMAP_THRESHOLD, 1024 * 1024);
#endif
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    if (!rb::CommandLine::isDesktopLaunch(arguments)) {
#ifdef Q_OS_WIN
        // The GUI build has no console of its own; borrow the one that started us.
        if (AttachConsole(ATTACH_PARENT_PROCESS)) {
            std::freopen("CONOUT$", "w", stdout);
            std::freopen("CONOUT$", "w", stderr);
        }
#endif
        // Progress chatter stays out of the terminal unless asked for with QT_LOGGING_RULES; the
        // log file still gets it (LogFile).
        QLoggingCategory::setFilterRules(
            QStringLiteral("rosterbridge.*.debug=false\nrosterbridge.*.info=false\n"
                           "rosterbridge.*.warning=false"));
        QCoreApplication app(argc, argv);
        QCoreApplication::setApplicationName(QStringLiteral("RosterBridge"));
        QCoreApplication::setApplicationVersion(QStringLiteral(RB_VERSION));
        rb::CommandLog::start(QCoreApplication::arguments());
        rb::Translations::install(rb::AppSettings().language());
        return rb::CommandLine::run(QCoreApplication::arguments());
    }
    // Qt aborts when it finds no display; say so plainly before it tries.
    if (const QString missing = rb::DesktopApp::missingDisplay(); !missing.isEmpty()) {
        std::fputs(qPrintable(missing + u'\n'), stderr);
        return rb::ExitFailed;
    }
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("RosterBridge"));
    QApplication::setApplicationVersion(QStringLiteral(RB_VERSION));
    rb::AppLog::start(QStringLiteral("desktop"), rb::AppPaths::dataFolder(),
                      rb::AppPaths::configFolder());
    rb::Translations::install(rb::AppSettings().language());
    QIcon icon;
    for (const int size : {16, 22, 24, 32, 48, 64, 128, 256})
        icon.addFile(QStringLiteral(":/icons/rosterbridge-%1.png").arg(size));
    QApplication::setWindowIcon(icon);
    rb::DesktopApp desktop;
    // --minimized: started at login; the tray brings the window up.
    if (const int early = desktop.start(
            QApplication::arguments().contains(QLatin1StringView(rb::CommandLine::kMinimized)));
        early >= 0)
        return early;
    return app.exec();
}
