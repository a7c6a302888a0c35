#include "AppPaths.h"

#include <QStandardPaths>

namespace rb {

QString AppPaths::configFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation);
}

QString AppPaths::dataFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
}

QString AppPaths::profilesFolder(const QString &configFolder)
{
    return configFolder + QStringLiteral("/profiles");
}

QString AppPaths::secretsIndexFolder(const QString &configFolder)
{
    return configFolder;
}

QString AppPaths::historyDatabase(const QString &dataFolder)
{
    return dataFolder + QStringLiteral("/history.sqlite");
}

QString AppPaths::heldFolder(const QString &dataFolder)
{
    return dataFolder + QStringLiteral("/held");
}

QString AppPaths::settingsFile(const QString &configFolder)
{
    return configFolder + QStringLiteral("/settings.ini");
}

QString AppPaths::uploadJournal(const QString &dataFolder)
{
    return dataFolder + QStringLiteral("/uploads.json");
}

QString AppPaths::logFolder(const QString &dataFolder)
{
    return dataFolder + QStringLiteral("/logs");
}

} // namespace rb
