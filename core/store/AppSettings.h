#pragma once

#include "store/AppPaths.h"

#include <QString>

namespace rb {

// Application-wide preferences (not per profile): the language and the debug-logging switch.
// Kept as a small INI file beside the profiles so that the app and the command line agree.
class AppSettings
{
public:
    explicit AppSettings(const QString &configFolder = AppPaths::configFolder());

    // An ISO 639 code ("es"), or empty to follow the system.
    QString language() const;
    void setLanguage(const QString &language);

    // More detail (debug level) in the log file. Secrets are never written either way.
    bool debugLogging() const;
    void setDebugLogging(bool enabled);

    QString fileName() const { return m_fileName; }

private:
    void makeFolderPrivate() const;

    QString m_fileName;
};

} // namespace rb
