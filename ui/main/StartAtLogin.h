#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QString>

namespace rb {

// "Start RosterBridge when I log in", kept where each system looks for it: an autostart
// desktop entry on Linux, the per-user Run key on Windows, a LaunchAgent on macOS. The app
// starts minimised to the tray from there (--minimized).
class StartAtLogin
{
    Q_DECLARE_TR_FUNCTIONS(rb::StartAtLogin)
public:
    // The file or registry value used; tests point it elsewhere.
    explicit StartAtLogin(const QString &location = defaultLocation());

    static QString defaultLocation();
    bool isEnabled() const;
    Result<void> setEnabled(bool enabled, const QString &program);

private:
    QString m_location;
};

} // namespace rb
