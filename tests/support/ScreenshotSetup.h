#pragma once

#include <QHostAddress>
#include <QString>

namespace rb::test {

// With RB_SCREENSHOT_DIR set, the GUI tests save what they show for the user guide
// (tools/dev/screenshots.sh), and what they show is what a district's admin would see: files
// in the home folder and the app's own folders, servers reached by their names. The script runs
// them with HOME set to an admin's home, in a private network namespace whose /etc/hosts maps
// the names below to local addresses; the test servers listen there (DevServerProcess,
// SshServerProcess). Without the variable, nothing here changes a test.
bool screenshotMode();

// The servers of the screenshots' district (Cedar Valley), and Apple's.
inline QString appleSftpHost()
{
    return QStringLiteral("upload.appleschoolcontent.com");
}
inline QString sisHost()
{
    return QStringLiteral("sis.cedarvalley.example.org");
}
inline QString sisSftpHost()
{
    return QStringLiteral("sftp.cedarvalley.example.org");
}

// What the admin types as a server's address: `name` in screenshot mode, else 127.0.0.1.
QString serverHost(const QString &name);

// The IPv4 address a name resolves to through the system's resolver; null when it does not.
QHostAddress resolvedAddress(const QString &name);

// A file or folder the screenshots show: in screenshot mode `homeRelative` under the home
// folder (its parent created), otherwise `testPath`.
QString shownPath(const QString &testPath, const QString &homeRelative);

// The app's data folder where the app keeps it (AppDataLocation of "RosterBridge") in
// screenshot mode, otherwise `testPath`.
QString shownDataFolder(const QString &testPath);

} // namespace rb::test
