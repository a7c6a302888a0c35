#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace rb {

// Runs the platform's service commands (systemctl, loginctl, systemd-creds) and waits for
// them. The one place the installer touches the system, so that tests can put a recorder in
// its place where those commands cannot run.
class CommandRunner
{
public:
    struct Outcome
    {
        int exitCode = -1; // -1: did not start or crashed
        QByteArray out;
        QByteArray err;
        bool ok() const { return exitCode == 0; }
    };

    virtual ~CommandRunner();
    // input goes to the command's standard input (a secret for systemd-creds), never to its
    // arguments, which other users can read.
    virtual Outcome run(const QString &program, const QStringList &arguments,
                        const QByteArray &input = {});
};

} // namespace rb
