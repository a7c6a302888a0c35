#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace rb {

// `rosterbridge remove-user-data [--yes]`: removes everything RosterBridge keeps for the user:
// the profiles' secrets in the system keychain (by the keychain's name index, so secrets left
// behind by removed profiles go too), the settings folder with the profiles, the data folder
// with the run history, held packages and logs, and with the default folders the "start at
// login" entry. Without --yes it only lists what it would remove (exit 2), so that nobody loses
// a district's setup by a slip; it never asks, so scripts and uninstallers can run it. The
// Windows uninstaller runs it when the user asks for their data to be removed as well.
class RemoveUserDataCommand
{
    Q_DECLARE_TR_FUNCTIONS(rb::RemoveUserDataCommand)
public:
    static int run(const QStringList &arguments);
};

} // namespace rb
