#pragma once

#include "ServiceDescription.h"

#include <QByteArray>
#include <QString>

namespace rb {

// The service's files for each platform, from one ServiceDescription:
// - Linux: a systemd user unit, started at boot through lingering, its secrets given as
//   LoadCredentialEncrypted= (serve reads them from $CREDENTIALS_DIRECTORY);
// - macOS: a LaunchDaemon plist with UserName (runs at boot as that user);
// - Windows: a Task Scheduler task at start-up, logon type Password ("run whether the user is
//   logged on or not"), so that the user's Credential Manager and DPAPI work.
class ServiceFiles
{
public:
    static QByteArray systemdUnit(const ServiceDescription &d);
    static QByteArray launchdPlist(const ServiceDescription &d);
    // UTF-16 with a byte-order mark, as schtasks /XML expects.
    static QByteArray taskSchedulerXml(const ServiceDescription &d);
    // The same document as text, for reading and checks.
    static QString taskSchedulerXmlText(const ServiceDescription &d);

    // One word of a systemd command line: quoted when needed, with % and $ doubled so that
    // systemd neither expands specifiers nor variables in it.
    static QString systemdWord(const QString &word);
    // One word of a Windows command line (the CommandLineToArgvW rules).
    static QString windowsWord(const QString &word);
};

} // namespace rb
