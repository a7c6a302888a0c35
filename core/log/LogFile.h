#pragma once

#include "common/Result.h"

#include <QString>
#include <QtGlobal>

namespace rb {

// The log file, installed with qInstallMessageHandler: <folder>/rosterbridge.log, one line per
// message, flushed line by line:
//
//   2026-09-01T07:30:00.125+02:00 info rosterbridge.pipeline.run [main] run 12 of ... started
//
// that is the local time with its offset, the level, the category, the thread ("main", else the
// thread's object name or id) and the message, with line breaks escaped as \n and \r and every
// secret masked (LogRedactor).
//
// Levels: the rosterbridge.* categories at info and above, also debug while debug logging is
// on; every other category (Qt's own qt.*, the default one) at warning and above.
//
// The terminal is not affected: the category filter installed with the file enables what the
// file needs on top of what the logging rules enable (QLoggingCategory::setFilterRules in
// main(), QT_LOGGING_RULES), and a message goes on to the previous handler only when the rules
// enabled its level. What goes on is masked as well.
//
// Rotation: a line that would take the file past kMaxBytes first turns rosterbridge.log into
// rosterbridge.1.log, .1 into .2 and so on; the oldest, rosterbridge.4.log, is dropped. So at
// most kKeptFiles files of about 1 MiB each are kept. The desktop app and a command may append
// to the same file; a process whose file was rotated by the other carries on in the new one.
//
// One file per process; every function is thread-safe.
class LogFile
{
public:
    static constexpr qint64 kMaxBytes = 1024 * 1024;
    static constexpr int kKeptFiles = 5;

    // rosterbridge.log (index 0), then rosterbridge.1.log up to rosterbridge.4.log.
    static QString filePath(const QString &folder, int index = 0);

    // Creates the folder, opens the file for appending and, the first time, installs the
    // message handler and the category filter; a later call moves to another folder. Fails,
    // with the reason (for the log, untranslated), when the file cannot be opened; nothing
    // changes then.
    static Result<void> install(const QString &folder, bool debug);
    // Puts the previous handler and filter back and closes the file.
    static void uninstall();
    static bool isInstalled();
    // The file being written, or an empty string.
    static QString currentPath();

    // Debug lines of the rosterbridge.* categories in the file, from now on (the Preferences'
    // "Debug logging" switch).
    static void setDebugEnabled(bool enabled);
    static bool debugEnabled();
};

} // namespace rb
