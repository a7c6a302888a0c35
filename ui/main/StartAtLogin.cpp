#include "StartAtLogin.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QSettings>
#include <QStandardPaths>

namespace rb {

namespace {
const QString kName = QStringLiteral("RosterBridge");
} // namespace

QString StartAtLogin::defaultLocation()
{
#if defined(Q_OS_WIN)
    return QStringLiteral("HKEY_CURRENT_USER\\Software\\Microsoft\\Windows\\CurrentVersion\\Run");
#elif defined(Q_OS_MACOS)
    return QDir::homePath() + QStringLiteral("/Library/LaunchAgents/org.rosterbridge.app.plist");
#else
    return QStandardPaths::writableLocation(QStandardPaths::ConfigLocation) +
           QStringLiteral("/autostart/rosterbridge.desktop");
#endif
}

StartAtLogin::StartAtLogin(const QString &location)
    : m_location(location)
{
}

bool StartAtLogin::isEnabled() const
{
#if defined(Q_OS_WIN)
    return QSettings(m_location, QSettings::NativeFormat).contains(kName);
#else
    return QFileInfo::exists(m_location);
#endif
}

Result<void> StartAtLogin::setEnabled(bool enabled, const QString &program)
{
#if defined(Q_OS_WIN)
    QSettings run(m_location, QSettings::NativeFormat);
    if (enabled)
        run.setValue(kName,
                     QStringLiteral("\"%1\" --minimized").arg(QDir::toNativeSeparators(program)));
    else
        run.remove(kName);
    run.sync();
    if (run.status() != QSettings::NoError)
        return Failure{tr("The Windows registry could not be changed.")};
    return {};
#else
    if (!enabled) {
        if (QFile::exists(m_location) && !QFile::remove(m_location))
            return Failure{tr("%1 could not be removed.").arg(m_location)};
        return {};
    }
#if defined(Q_OS_MACOS)
    const QByteArray content = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                               "<!DOCTYPE plist PUBLIC \"-//Apple//DTD PLIST 1.0//EN\" "
                               "\"http://www.apple.com/DTDs/PropertyList-1.0.dtd\">\n"
                               "<plist version=\"1.0\"><dict>\n"
                               "<key>Label</key><string>org.rosterbridge.app</string>\n"
                               "<key>ProgramArguments</key><array><string>" +
                               program.toHtmlEscaped().toUtf8() +
                               "</string><string>--minimized</string></array>\n"
                               "<key>RunAtLoad</key><true/>\n"
                               "</dict></plist>\n";
#else
    const QByteArray content = "[Desktop Entry]\nType=Application\nName=RosterBridge\n"
                               "Comment=Keeps Apple School Manager in step with the SIS\n"
                               "Exec=\"" +
                               program.toUtf8() +
                               "\" --minimized\n"
                               "X-GNOME-Autostart-enabled=true\n"
                               // Waits for the tray, which often comes up after the apps.
                               "X-LXQt-Need-Tray=true\nX-KDE-autostart-after=panel\n";
#endif
    QDir().mkpath(QFileInfo(m_location).absolutePath());
    QSaveFile file(m_location);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size() || !file.commit())
        return Failure{tr("%1 could not be written: %2").arg(m_location, file.errorString())};
    return {};
#endif
}

} // namespace rb
