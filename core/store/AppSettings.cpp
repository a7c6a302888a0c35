#include "AppSettings.h"

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
    QSettings settings(m_fileName, QSettings::IniFormat);
    if (language.isEmpty())
        settings.remove(languageKey);
    else
        settings.setValue(languageKey, language);
}

bool AppSettings::debugLogging() const
{
    return QSettings(m_fileName, QSettings::IniFormat).value(debugLoggingKey, false).toBool();
}

void AppSettings::setDebugLogging(bool enabled)
{
    QSettings(m_fileName, QSettings::IniFormat).setValue(debugLoggingKey, enabled);
}

} // namespace rb
