#pragma once

#include <QString>

namespace rb {

// Starts the log of this process: the log file in the data folder in use (AppPaths::logFolder),
// with debug lines when the app's settings in the config folder say so, and a first line that
// says what started where (version, Qt, system, data folder).
class AppLog
{
public:
    // `what`: "desktop", or the command ("run", "serve", ...). False when the file could not be
    // opened; the process goes on without it.
    static bool start(const QString &what, const QString &dataFolder, const QString &configFolder);
};

} // namespace rb
