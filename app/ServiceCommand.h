#pragma once

#include "pipeline/RunHost.h"
#include "service/ServiceInstaller.h"

#include <QCoreApplication>
#include <QStringList>

namespace rb {

// `rosterbridge service install|remove|status`: the unattended service for this user's
// folders (a systemd user unit on Linux, a Task Scheduler task on Windows). status exits 0 running,
// 3 installed but stopped, 4 not installed.
class ServiceCommand
{
    Q_DECLARE_TR_FUNCTIONS(rb::ServiceCommand)
public:
    static constexpr int kStopped = 3;
    static constexpr int kNotInstalled = 4;

    static int run(const QStringList &arguments);
    // The installer for these folders, with the system's commands.
    static ServiceInstaller installer(const RunHost::Paths &paths, CommandRunner *runner);
    // What the service runs: serve, with these folders.
    static ServiceDescription description(const RunHost::Paths &paths);

private:
    static int install(const RunHost::Paths &paths);
    static int installTask(const RunHost::Paths &paths, ServiceInstaller *service);
};

} // namespace rb
