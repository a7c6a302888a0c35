#pragma once

#include <QStringList>

namespace rb {

// The log file of a command: in the data folder the command line names with --data-dir, else
// in the default one, with the debug level from the settings of --config-dir (or the default
// settings). Started before the command reads its own options, so it covers all of it. Asking
// for help or the version writes no log, nor does remove-user-data.
class CommandLog
{
public:
    // arguments[0] is the program, arguments[1] the command.
    static void start(const QStringList &arguments);
};

} // namespace rb
