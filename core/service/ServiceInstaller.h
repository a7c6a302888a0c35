#pragma once

#include "CommandRunner.h"
#include "ServiceDescription.h"
#include "common/Result.h"

#include <QCoreApplication>
#include <QHash>

namespace rb {

// Installs, removes and reports the unattended service (`rosterbridge serve` for this user's
// folders) as a systemd user unit with lingering, so that it starts at boot with nobody logged
// in. The secrets are sealed with `systemd-creds encrypt --user` (never written in plain text)
// and handed to serve through LoadCredentialEncrypted=. Every system command goes through the
// CommandRunner. A failed install takes back what it wrote.
class ServiceInstaller
{
    Q_DECLARE_TR_FUNCTIONS(rb::ServiceInstaller)
public:
    enum class Status { Running, Stopped, NotInstalled };

    // unitFolder: where systemd looks for user units (~/.config/systemd/user);
    // credentialFolder: where the sealed secrets are kept.
    ServiceInstaller(QString unitFolder, QString credentialFolder, CommandRunner *runner);

    // The standard folders of the user running this.
    static QString defaultUnitFolder();
    static QString defaultCredentialFolder(const QString &configFolder);
    QString unitFile() const;

    // secrets: credential name (ServiceCredentials::credentialName) to value.
    Result<void> install(ServiceDescription description, const QHash<QString, QString> &secrets);
    // Stops and removes it; removing what is not installed succeeds.
    Result<void> remove();
    Status status();

private:
    Result<void> command(const QString &what, const QString &program, const QStringList &args,
                         const QByteArray &input = {});
    void takeBack(const QStringList &files);

    QString m_unitFolder;
    QString m_credentialFolder;
    CommandRunner *m_runner;
};

} // namespace rb
