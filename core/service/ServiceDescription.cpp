#include "ServiceDescription.h"

#include <QDir>

namespace rb {

QString ServiceDescription::currentAccount()
{
    QString user = qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME"));
#if defined(Q_OS_WIN)
    // Task Scheduler names an account with its domain (or computer name).
    if (const QString domain = qEnvironmentVariable("USERDOMAIN"); !domain.isEmpty())
        return domain + u'\\' + user;
#endif
    return user;
}

ServiceDescription ServiceDescription::forServe(const QString &program,
                                                const QString &profilesFolder,
                                                const QString &configFolder,
                                                const QString &dataFolder)
{
    ServiceDescription d;
    d.description = tr("RosterBridge: syncs the SIS with Apple School Manager on schedule");
    d.program = program;
    // Absolute folders: the service must use exactly the app's, whatever its environment.
    // --wait: while the desktop app still runs the profiles, the service waits for it to quit
    // rather than fail and be restarted over and over.
    d.arguments = {QStringLiteral("serve"),          QStringLiteral("--wait"),
                   QStringLiteral("--profiles-dir"), QDir(profilesFolder).absolutePath(),
                   QStringLiteral("--config-dir"),   QDir(configFolder).absolutePath(),
                   QStringLiteral("--data-dir"),     QDir(dataFolder).absolutePath()};
    d.workingDirectory = QDir(dataFolder).absolutePath();
    d.userName = currentAccount();
    d.logFile = QDir(dataFolder).absoluteFilePath(QStringLiteral("serve.log"));
    return d;
}

} // namespace rb
