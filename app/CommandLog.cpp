#include "CommandLog.h"

#include "AppLog.h"
#include "RunCommand.h"

#include <QCommandLineParser>

namespace rb {

void CommandLog::start(const QStringList &arguments)
{
    const QString command = arguments.value(1);
    const QStringList rest = arguments.mid(2);
    if (command.startsWith(u'-') || command == QStringLiteral("help") ||
        rest.contains(QStringLiteral("--help")) || rest.contains(QStringLiteral("-h")))
        return;
    // It removes the data folder: a log file would make one, or keep it open (Windows).
    if (command == QStringLiteral("remove-user-data"))
        return;
    // Only the folder options are read here; the command reports anything wrong with the rest.
    QCommandLineParser folders;
    folders.addOptions(RunCommand::folderOptions());
    folders.parse(arguments.mid(1));
    const RunHost::Paths paths = RunCommand::paths(folders);
    AppLog::start(command, paths.dataFolder, paths.configFolder);
}

} // namespace rb
