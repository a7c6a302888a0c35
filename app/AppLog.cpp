#include "AppLog.h"

#include "log/LogFile.h"
#include "store/AppPaths.h"
#include "store/AppSettings.h"

#include <QDir>
#include <QLoggingCategory>
#include <QSysInfo>

namespace rb {

Q_LOGGING_CATEGORY(lcLog, "rosterbridge.log", QtInfoMsg)

bool AppLog::start(const QString &what, const QString &dataFolder, const QString &configFolder)
{
    const bool debug = AppSettings(configFolder).debugLogging();
    if (const Result<void> installed = LogFile::install(AppPaths::logFolder(dataFolder), debug);
        !installed) {
        qCWarning(lcLog).noquote()
            << "no log file in" << AppPaths::logFolder(dataFolder) << "-" << installed.error();
        return false;
    }
    qCInfo(lcLog).noquote().nospace()
        << "RosterBridge " << QStringLiteral(RB_VERSION) << " (" << what << ") started; Qt "
        << qVersion() << " (built with " << QT_VERSION_STR << "); " << QSysInfo::prettyProductName()
        << ", " << QSysInfo::currentCpuArchitecture() << "; data folder "
        << QDir::toNativeSeparators(dataFolder) << "; debug logging " << (debug ? "on" : "off");
    return true;
}

} // namespace rb
