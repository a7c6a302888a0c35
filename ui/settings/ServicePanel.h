#pragma once

#include "service/CommandRunner.h"
#include "service/ServiceInstaller.h"

#include <QGroupBox>

#include <memory>

class QCheckBox;
class QLabel;

namespace rb {

class BackgroundJob;
class SecretStore;

// "Run syncs when nobody is logged in": installs or removes the unattended service for the
// app's folders and says whether it runs. The passwords are read from the keychain on this
// thread while the admin is here; the system commands run on a job of their own, so the window
// never waits for systemctl.
class ServicePanel : public QGroupBox
{
    Q_OBJECT
public:
    struct Folders
    {
        QString profiles;
        QString config;
        QString data;
    };
    // runner: the system's commands, used only from the panel's job (tests record them).
    ServicePanel(Folders folders, SecretStore *secrets, std::shared_ptr<CommandRunner> runner,
                 QWidget *parent = nullptr,
                 ServiceInstaller::Platform platform = ServiceInstaller::currentPlatform());

    QCheckBox *enabledBox() const { return m_enabled; }
    QString statusText() const;
    // No install, removal or status read is going.
    bool isIdle() const;

Q_SIGNALS:
    void idle();

private:
    void refresh();
    void onClicked(bool on);
    void installSealed();
    void askAccountPassword();
    void install(const QHash<QString, QString> &secrets, const QString &accountPassword);
    void runJob(const std::function<QString(ServiceInstaller &)> &work);
    void showStatus(ServiceInstaller::Status status, const QString &problem);

    Folders m_folders;
    SecretStore *m_secrets;
    std::shared_ptr<CommandRunner> m_runner;
    QCheckBox *m_enabled;
    QLabel *m_status;
    BackgroundJob *m_job;
    ServiceInstaller::Platform m_platform;
    // Reading the keychain, or asking for the Windows password.
    bool m_readingSecrets = false;
};

} // namespace rb
