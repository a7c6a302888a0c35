#include "ScreenshotSetup.h"

#include <QDir>
#include <QFileInfo>
#include <QHostInfo>
#include <QStandardPaths>

namespace rb::test {

bool screenshotMode()
{
    return !qEnvironmentVariableIsEmpty("RB_SCREENSHOT_DIR");
}

QString serverHost(const QString &name)
{
    return screenshotMode() ? name : QStringLiteral("127.0.0.1");
}

QHostAddress resolvedAddress(const QString &name)
{
    const QHostInfo info = QHostInfo::fromName(name);
    for (const QHostAddress &address : info.addresses()) {
        if (address.protocol() == QAbstractSocket::IPv4Protocol)
            return address;
    }
    return {};
}

QString shownPath(const QString &testPath, const QString &homeRelative)
{
    if (!screenshotMode())
        return testPath;
    const QString path = QDir::home().filePath(homeRelative);
    QDir().mkpath(QFileInfo(path).path());
    return path;
}

QString shownDataFolder(const QString &testPath)
{
    if (!screenshotMode())
        return testPath;
    // The app sets its name to RosterBridge; a test program has its own.
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) +
           QStringLiteral("/RosterBridge");
}

} // namespace rb::test
