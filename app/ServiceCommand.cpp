#include "ServiceCommand.h"

#include "CommandLine.h"
#include "Console.h"
#include "RunCommand.h"
#include "pipeline/ServiceSecretsReader.h"
#include "store/AppPaths.h"
#include "store/ProfileStore.h"
#include "store/SecretStore.h"

#include <QCommandLineParser>
#include <QDir>
#include <QTextStream>

namespace rb {

namespace {
constexpr auto &out = Console::out;
constexpr auto &err = Console::err;
} // namespace

ServiceInstaller ServiceCommand::installer(const RunHost::Paths &paths, CommandRunner *runner)
{
    return ServiceInstaller(ServiceInstaller::defaultUnitFolder(),
                            ServiceInstaller::defaultCredentialFolder(paths.configFolder), runner);
}

ServiceDescription ServiceCommand::description(const RunHost::Paths &paths)
{
    return ServiceDescription::forServe(QCoreApplication::applicationFilePath(),
                                        paths.profilesFolder, paths.configFolder, paths.dataFolder);
}

int ServiceCommand::install(const RunHost::Paths &paths)
{
    CommandRunner runner;
    ServiceInstaller service = installer(paths, &runner);
    switch (service.platform()) {
    case ServiceInstaller::Platform::None:
        err() << tr("Installing the service from RosterBridge works on Linux and Windows in "
                    "this version. On macOS, see \"Running unattended\" in the user guide.")
              << Qt::endl;
        return ExitFailed;
    case ServiceInstaller::Platform::TaskScheduler:
        return installTask(paths, &service);
    case ServiceInstaller::Platform::Systemd:
        break;
    }
    // Every secret every profile needs, read from the keychain now, while the user is here.
    SecretStore secrets(AppPaths::secretsIndexFolder(paths.configFolder));
    ServiceSecretsReader reader(&secrets);
    std::optional<QHash<QString, QString>> sealed;
    QObject::connect(&reader, &ServiceSecretsReader::finished, &reader,
                     [&](bool ok, const QHash<QString, QString> &values, const QString &error) {
                         if (ok)
                             sealed = values;
                         else
                             err() << error << Qt::endl;
                         QCoreApplication::quit();
                     });
    reader.read(ProfileStore(paths.profilesFolder));
    QCoreApplication::exec();
    if (!sealed)
        return ExitFailed;
    if (const Result<void> done = service.install(description(paths), *sealed); !done) {
        err() << done.error() << Qt::endl;
        return ExitFailed;
    }
    out() << tr("The service is installed and running (%1). It starts when the computer does, "
                "with nobody logged in, and holds %n secret(s) sealed by systemd. Install it "
                "again after adding a profile or changing a password.",
                nullptr, int(sealed->size()))
                 .arg(service.unitFile())
          << Qt::endl;
    return ExitOk;
}

int ServiceCommand::installTask(const RunHost::Paths &paths, ServiceInstaller *service)
{
    const ServiceDescription d = description(paths);
    // Task Scheduler needs it to run the task as this account with nobody logged on.
    err() << tr("The Windows password of %1 (Task Scheduler keeps it to start RosterBridge as "
                "you; RosterBridge does not), then Enter:")
                 .arg(d.userName)
          << Qt::endl;
    QTextStream in(stdin);
    service->setAccountPassword(in.readLine());
    if (const Result<void> done = service->install(d, {}); !done) {
        err() << done.error() << Qt::endl;
        return ExitFailed;
    }
    out() << tr("The task \"RosterBridge\" is registered in Task Scheduler and running. It "
                "starts when the computer does, with nobody logged on, and reads the passwords "
                "from your Credential Manager. Register it again after changing your Windows "
                "password.")
          << Qt::endl;
    return ExitOk;
}

int ServiceCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Runs every profile on its schedule with nobody logged in: install sets up "
           "`rosterbridge serve` as a service of this user (on Linux a systemd user unit that "
           "starts at boot, its secrets sealed with systemd-creds; on Windows a Task Scheduler "
           "task that starts at boot, with your Windows password read from standard input), "
           "remove stops and removes it, status says whether it runs (exit 0 running, 3 "
           "installed but stopped, 4 not installed)."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("action"), tr("install, remove or status"));
    parser.addOptions(RunCommand::folderOptions());
    if (const std::optional<int> done = CommandLine::parse(parser, arguments))
        return *done;
    const QStringList words = parser.positionalArguments();
    const QString action = words.value(0);
    if (words.size() != 1 ||
        !QStringList{QStringLiteral("install"), QStringLiteral("remove"), QStringLiteral("status")}
             .contains(action)) {
        err() << tr("service needs one of: install, remove, status.") << Qt::endl;
        return ExitUsage;
    }
    const RunHost::Paths paths = RunCommand::paths(parser);
    if (action == QStringLiteral("install"))
        return install(paths);
    CommandRunner runner;
    ServiceInstaller service = installer(paths, &runner);
    if (action == QStringLiteral("remove")) {
        if (const Result<void> removed = service.remove(); !removed) {
            err() << removed.error() << Qt::endl;
            return ExitFailed;
        }
        out() << tr("The service is not installed.") << Qt::endl;
        return ExitOk;
    }
    switch (service.status()) {
    case ServiceInstaller::Status::Running:
        out() << tr("running (%1)").arg(service.unitFile()) << Qt::endl;
        return ExitOk;
    case ServiceInstaller::Status::Stopped:
        out() << tr("installed but stopped (%1)").arg(service.unitFile()) << Qt::endl;
        return kStopped;
    case ServiceInstaller::Status::NotInstalled:
        break;
    }
    out() << tr("not installed") << Qt::endl;
    return kNotInstalled;
}

} // namespace rb
