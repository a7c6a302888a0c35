#include "CommandRunner.h"

#include <QProcess>

namespace rb {

CommandRunner::~CommandRunner() = default;

CommandRunner::Outcome CommandRunner::run(const QString &program, const QStringList &arguments,
                                          const QByteArray &input)
{
    QProcess process;
    process.start(program, arguments);
    Outcome outcome;
    if (!process.waitForStarted(30000)) {
        outcome.err = process.errorString().toUtf8();
        return outcome;
    }
    process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(120000)) {
        process.kill();
        process.waitForFinished();
        outcome.err = "timed out after 2 minutes";
        return outcome;
    }
    outcome.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    outcome.out = process.readAllStandardOutput();
    outcome.err = process.readAllStandardError();
    return outcome;
}

} // namespace rb
