#pragma once

#include "CommandRunner.h"
#include "ServiceDescription.h"
#include "common/Result.h"

#include <QCoreApplication>
#include <QHash>

namespace rb {

// Installs, removes and reports the unattended service (`rosterbridge serve` for this user's
// folders), so that it starts at boot with nobody logged in. Every system command goes through
// the CommandRunner. A failed install takes back what it wrote.
//
// - Systemd: a user unit with lingering. The secrets are sealed with `systemd-creds encrypt
//   --user` (never written in plain text) and handed to serve through LoadCredentialEncrypted=.
// - TaskScheduler: a task that starts at boot and runs as this user "whether the user is logged
//   on or not", registered with the account's password through PowerShell's standard input
//   (schtasks would need it in its arguments). Task Scheduler keeps the password, so the task
//   reads the Credential Manager as the user does: no secret is handed over.
class ServiceInstaller
{
    Q_DECLARE_TR_FUNCTIONS(rb::ServiceInstaller)
public:
    enum class Status { Running, Stopped, NotInstalled };
    // How this computer runs a service; None: installing is not available here (macOS).
    enum class Platform { Systemd, TaskScheduler, None };
    static Platform currentPlatform();

    // unitFolder: where systemd looks for user units (~/.config/systemd/user), or where the
    // task's XML is kept; credentialFolder: where the sealed secrets are kept.
    ServiceInstaller(QString unitFolder, QString credentialFolder, CommandRunner *runner,
                     Platform platform = currentPlatform());

    Platform platform() const { return m_platform; }
    // TaskScheduler: the password of the account the task runs as, asked of the admin.
    void setAccountPassword(const QString &password) { m_accountPassword = password; }

    // The standard folders of the user running this.
    static QString defaultUnitFolder();
    static QString defaultCredentialFolder(const QString &configFolder);
    QString unitFile() const;

    // secrets: credential name (ServiceCredentials::credentialName) to value (Systemd only).
    Result<void> install(ServiceDescription description, const QHash<QString, QString> &secrets);
    // Stops and removes it; removing what is not installed succeeds.
    Result<void> remove();
    Status status();

private:
    Result<void> command(const QString &what, const QString &program, const QStringList &args,
                         const QByteArray &input = {});
    void takeBack(const QStringList &files);
    Result<void> installTask(const ServiceDescription &description);
    Result<void> removeTask();
    Status taskStatus();
    Result<void> powershell(const QString &what, const QString &script,
                            const QByteArray &input = {}, QByteArray *out = nullptr);

    QString m_unitFolder;
    QString m_credentialFolder;
    CommandRunner *m_runner;
    Platform m_platform;
    QString m_accountPassword;
};

} // namespace rb
