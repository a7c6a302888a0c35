#include "ServiceInstaller.h"

#include "ServiceFiles.h"
#include "common/PrivateFiles.h"

#include <QDir>
#include <QFile>
#include <QLoggingCategory>
#include <QSaveFile>
#include <QStandardPaths>

namespace rb {

Q_LOGGING_CATEGORY(lcServiceInstaller, "rosterbridge.service.installer", QtInfoMsg)

namespace {
const QString kUnit = QStringLiteral("rosterbridge.service");
const QString kSystemctl = QStringLiteral("systemctl");
const QString kTask = QStringLiteral("RosterBridge");

// A PowerShell string literal: single quotes, inside which only a quote is special.
QString psQuoted(const QString &text)
{
    return u'\'' + QString(text).replace(u'\'', QStringLiteral("''")) + u'\'';
}
} // namespace

ServiceInstaller::Platform ServiceInstaller::currentPlatform()
{
#if defined(Q_OS_WIN)
    return Platform::TaskScheduler;
#elif defined(Q_OS_LINUX)
    return Platform::Systemd;
#else
    return Platform::None;
#endif
}

ServiceInstaller::ServiceInstaller(QString unitFolder, QString credentialFolder,
                                   CommandRunner *runner, Platform platform)
    : m_unitFolder(std::move(unitFolder))
    , m_credentialFolder(std::move(credentialFolder))
    , m_runner(runner)
    , m_platform(platform)
{
}

QString ServiceInstaller::defaultUnitFolder()
{
    if (currentPlatform() == Platform::TaskScheduler)
        return QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation);
    return QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation) +
           QStringLiteral("/systemd/user");
}

QString ServiceInstaller::defaultCredentialFolder(const QString &configFolder)
{
    return QDir(configFolder).filePath(QStringLiteral("service-credentials"));
}

QString ServiceInstaller::unitFile() const
{
    return QDir(m_unitFolder)
        .filePath(m_platform == Platform::TaskScheduler ? QStringLiteral("rosterbridge-task.xml")
                                                        : kUnit);
}

Result<void> ServiceInstaller::command(const QString &what, const QString &program,
                                       const QStringList &args, const QByteArray &input)
{
    const CommandRunner::Outcome outcome = m_runner->run(program, args, input);
    if (outcome.ok())
        return {};
    const QString said = QString::fromUtf8(outcome.err).trimmed();
    qCWarning(lcServiceInstaller) << program << args.value(0) << "failed:" << outcome.exitCode
                                  << said;
    return Failure{tr("Could not %1: \"%2 %3\" %4%5")
                       .arg(what, program, args.join(u' '),
                            outcome.exitCode < 0 ? tr("did not run")
                                                 : tr("exited with %1").arg(outcome.exitCode),
                            said.isEmpty() ? QString() : QStringLiteral(": ") + said)};
}

void ServiceInstaller::takeBack(const QStringList &files)
{
    for (const QString &file : files)
        QFile::remove(file);
}

Result<void> ServiceInstaller::install(ServiceDescription description,
                                       const QHash<QString, QString> &secrets)
{
    if (m_platform == Platform::TaskScheduler)
        return installTask(description);
    if (m_platform == Platform::None)
        return Failure{tr("Installing the service is not available on this system.")};
    if (!QDir().mkpath(m_unitFolder) || !PrivateFiles::makeFolder(m_credentialFolder))
        return Failure{tr("Could not create %1 or %2.").arg(m_unitFolder, m_credentialFolder)};
    QStringList written;
    description.credentials.clear();
    for (auto it = secrets.begin(); it != secrets.end(); ++it) {
        const QString file = QDir(m_credentialFolder).filePath(it.key() + QStringLiteral(".cred"));
        // Sealed for this user by systemd (256 or later); the value goes through stdin only.
        if (Result<void> sealed =
                command(tr("seal the secret %1").arg(it.key()), QStringLiteral("systemd-creds"),
                        {QStringLiteral("encrypt"), QStringLiteral("--user"),
                         QStringLiteral("--name=") + it.key(), QStringLiteral("-"), file},
                        it.value().toUtf8());
            !sealed) {
            takeBack(written);
            return sealed;
        }
        written << file;
        description.credentials.append({it.key(), file});
    }
    QSaveFile unit(unitFile());
    const QByteArray text = ServiceFiles::systemdUnit(description);
    if (!unit.open(QIODevice::WriteOnly) || unit.write(text) != text.size() || !unit.commit()) {
        takeBack(written);
        return Failure{tr("Could not write %1: %2").arg(unitFile(), unit.errorString())};
    }
    written << unitFile();
    // Lingering starts the user's services at boot, before anyone logs in.
    for (const auto &[what, program, args] :
         {std::tuple{tr("start this user's services at boot"), QStringLiteral("loginctl"),
                     QStringList{QStringLiteral("enable-linger")}},
          std::tuple{tr("reload the service definitions"), kSystemctl,
                     QStringList{QStringLiteral("--user"), QStringLiteral("daemon-reload")}},
          std::tuple{tr("start the service"), kSystemctl,
                     QStringList{QStringLiteral("--user"), QStringLiteral("enable"),
                                 QStringLiteral("--now"), kUnit}}}) {
        if (Result<void> done = command(what, program, args); !done) {
            takeBack(written);
            m_runner->run(kSystemctl, {QStringLiteral("--user"), QStringLiteral("daemon-reload")});
            return done;
        }
    }
    qCInfo(lcServiceInstaller) << "service installed:" << unitFile();
    return {};
}

Result<void> ServiceInstaller::remove()
{
    if (m_platform == Platform::TaskScheduler)
        return removeTask();
    if (!QFile::exists(unitFile())) {
        QDir(m_credentialFolder).removeRecursively();
        return {};
    }
    // Not running is fine; a unit that cannot be stopped is not.
    if (Result<void> stopped = command(
            tr("stop the service"), kSystemctl,
            {QStringLiteral("--user"), QStringLiteral("disable"), QStringLiteral("--now"), kUnit});
        !stopped)
        return stopped;
    if (!QFile::remove(unitFile()))
        return Failure{tr("Could not delete %1.").arg(unitFile())};
    QDir(m_credentialFolder).removeRecursively();
    // Lingering stays: other services of this user may rely on it.
    return command(tr("reload the service definitions"), kSystemctl,
                   {QStringLiteral("--user"), QStringLiteral("daemon-reload")});
}

ServiceInstaller::Status ServiceInstaller::status()
{
    if (m_platform == Platform::TaskScheduler)
        return taskStatus();
    if (!QFile::exists(unitFile()))
        return Status::NotInstalled;
    const CommandRunner::Outcome active =
        m_runner->run(kSystemctl, {QStringLiteral("--user"), QStringLiteral("is-active"),
                                   QStringLiteral("--quiet"), kUnit});
    return active.ok() ? Status::Running : Status::Stopped;
}

Result<void> ServiceInstaller::powershell(const QString &what, const QString &script,
                                          const QByteArray &input, QByteArray *out)
{
    const QStringList args{QStringLiteral("-NoProfile"), QStringLiteral("-NonInteractive"),
                           QStringLiteral("-Command"), script};
    const CommandRunner::Outcome outcome =
        m_runner->run(QStringLiteral("powershell.exe"), args, input);
    if (out)
        *out = outcome.out;
    if (outcome.ok())
        return {};
    const QString said = QString::fromUtf8(outcome.err).trimmed();
    qCWarning(lcServiceInstaller) << "PowerShell failed to" << what << outcome.exitCode << said;
    return Failure{tr("Could not %1: PowerShell %2%3")
                       .arg(what,
                            outcome.exitCode < 0 ? tr("did not run")
                                                 : tr("exited with %1").arg(outcome.exitCode),
                            said.isEmpty() ? QString() : QStringLiteral(": ") + said)};
}

Result<void> ServiceInstaller::installTask(const ServiceDescription &description)
{
    if (m_accountPassword.isEmpty())
        return Failure{tr("The task runs as %1 whether or not anyone is logged on, so Windows "
                          "needs that account's password; none was given.")
                           .arg(description.userName)};
    if (!PrivateFiles::makeFolder(m_unitFolder))
        return Failure{tr("Could not create %1.").arg(m_unitFolder)};
    QSaveFile task(unitFile());
    const QByteArray xml = ServiceFiles::taskSchedulerXml(description);
    if (!task.open(QIODevice::WriteOnly) || task.write(xml) != xml.size() || !task.commit())
        return Failure{tr("Could not write %1: %2").arg(unitFile(), task.errorString())};
    // The password is the first line of standard input, never an argument.
    const QString script =
        QStringLiteral("$p = [Console]::In.ReadLine(); "
                       "Register-ScheduledTask -TaskName %1 -Xml (Get-Content -Raw -LiteralPath "
                       "%2) -User %3 -Password $p -Force -ErrorAction Stop | Out-Null; "
                       "Start-ScheduledTask -TaskName %1 -ErrorAction Stop")
            .arg(psQuoted(kTask), psQuoted(QDir::toNativeSeparators(unitFile())),
                 psQuoted(description.userName));
    if (Result<void> done = powershell(tr("register the task with Task Scheduler"), script,
                                       m_accountPassword.toUtf8() + '\n');
        !done) {
        takeBack({unitFile()});
        return done;
    }
    qCInfo(lcServiceInstaller) << "task registered:" << kTask;
    return {};
}

Result<void> ServiceInstaller::removeTask()
{
    if (!QFile::exists(unitFile()))
        return {};
    if (Result<void> removed = powershell(
            tr("remove the task from Task Scheduler"),
            QStringLiteral("Stop-ScheduledTask -TaskName %1 -ErrorAction SilentlyContinue; "
                           "Unregister-ScheduledTask -TaskName %1 -Confirm:$false "
                           "-ErrorAction Stop")
                .arg(psQuoted(kTask)));
        !removed)
        return removed;
    if (!QFile::remove(unitFile()))
        return Failure{tr("Could not delete %1.").arg(unitFile())};
    return {};
}

ServiceInstaller::Status ServiceInstaller::taskStatus()
{
    if (!QFile::exists(unitFile()))
        return Status::NotInstalled;
    // The state's enum name, which Windows does not translate (schtasks' text it does).
    QByteArray state;
    if (!powershell(tr("read the task's state"),
                    QStringLiteral("(Get-ScheduledTask -TaskName %1 -ErrorAction Stop).State")
                        .arg(psQuoted(kTask)),
                    {}, &state))
        return Status::NotInstalled;
    return state.trimmed() == "Running" ? Status::Running : Status::Stopped;
}

} // namespace rb
