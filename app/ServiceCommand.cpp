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
#ifndef Q_OS_LINUX
    err() << tr("Installing the service from RosterBridge works on Linux in this version. On "
                "Windows and macOS, see \"Running unattended\" in the user guide.")
          << Qt::endl;
    Q_UNUSED(paths)
    return ExitFailed;
#else
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
    CommandRunner runner;
    ServiceInstaller service = installer(paths, &runner);
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
#endif
}

int ServiceCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Runs every profile on its schedule with nobody logged in: install sets up "
           "`rosterbridge serve` as a service of this user (a systemd user unit that starts at "
           "boot, its secrets sealed with systemd-creds), remove stops and removes it, status "
           "says whether it runs (exit 0 running, 3 installed but stopped, 4 not installed)."));
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
