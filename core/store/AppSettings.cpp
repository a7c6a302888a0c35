#include "AppSettings.h"

#include "common/PrivateFiles.h"

#include <QFileInfo>
#include <QSettings>

namespace rb {

namespace {
const QString languageKey = QStringLiteral("interface/language");
const QString debugLoggingKey = QStringLiteral("logging/debug");
} // namespace

AppSettings::AppSettings(const QString &configFolder)
    : m_fileName(AppPaths::settingsFile(configFolder))
{
}

QString AppSettings::language() const
{
    return QSettings(m_fileName, QSettings::IniFormat).value(languageKey).toString();
}

void AppSettings::setLanguage(const QString &language)
{
    makeFolderPrivate();
    {
        QSettings settings(m_fileName, QSettings::IniFormat);
        if (language.isEmpty())
            settings.remove(languageKey);
        else
            settings.setValue(languageKey, language);
    }
    PrivateFiles::restrictFile(m_fileName);
}

bool AppSettings::debugLogging() const
{
    return QSettings(m_fileName, QSettings::IniFormat).value(debugLoggingKey, false).toBool();
}

void AppSettings::setDebugLogging(bool enabled)
{
    makeFolderPrivate();
    QSettings(m_fileName, QSettings::IniFormat).setValue(debugLoggingKey, enabled);
    PrivateFiles::restrictFile(m_fileName);
}

// QSettings writes through QSaveFile, which gives a new file the umask's mode: the folder is
// made owner-only before the write and the file after it, so no one else can read it between.
void AppSettings::makeFolderPrivate() const
{
    PrivateFiles::makeFolder(QFileInfo(m_fileName).path());
}

} // namespace rb
