#include "settings/ServicePanel.h"

#include "common/BackgroundJob.h"
#include "pipeline/ServiceSecretsReader.h"
#include "store/ProfileStore.h"

#include <QCheckBox>
#include <QCoreApplication>
#include <QInputDialog>
#include <QLabel>
#include <QVBoxLayout>

namespace rb {

namespace {
// What a job hands back: the status after it, and a problem to show.
struct Outcome
{
    ServiceInstaller::Status status = ServiceInstaller::Status::NotInstalled;
    QString problem;
};
} // namespace

ServicePanel::ServicePanel(Folders folders, SecretStore *secrets,
                           std::shared_ptr<CommandRunner> runner, QWidget *parent,
                           ServiceInstaller::Platform platform)
    : QGroupBox(tr("Unattended"), parent)
    , m_folders(std::move(folders))
    , m_secrets(secrets)
    , m_runner(std::move(runner))
    , m_enabled(new QCheckBox(tr("Run syncs when &nobody is logged in"), this))
    , m_status(new QLabel(this))
    , m_job(new BackgroundJob(this, BackgroundJob::OnDestroy::Detach))
    , m_platform(platform)
{
    m_enabled->setObjectName(QStringLiteral("serviceEnabled"));
    m_status->setObjectName(QStringLiteral("serviceStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *note = new QLabel(
        tr("Installs RosterBridge as a service of your account that starts with the computer. "
           "Your passwords are sealed for it by the system, never saved as text. The service "
           "takes over the profiles when you quit this app; opened again, the app shows the "
           "service's runs and sends it what you ask."),
        this);
    note->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_enabled);
    layout->addWidget(m_status);
    layout->addWidget(note);
    connect(m_enabled, &QCheckBox::clicked, this, &ServicePanel::onClicked);
    if (m_platform != ServiceInstaller::Platform::None) {
        refresh();
    } else {
        m_enabled->setEnabled(false);
        m_status->setText(tr("Available on Linux and Windows in this version; see \"Running "
                             "unattended\" in the user guide."));
    }
}

QString ServicePanel::statusText() const
{
    return m_status->text();
}

bool ServicePanel::isIdle() const
{
    return !m_job->isRunning() && !m_readingSecrets;
}

void ServicePanel::runJob(const std::function<QString(ServiceInstaller &)> &work)
{
    m_enabled->setEnabled(false);
    auto outcome = std::make_shared<Outcome>();
    const QString unitFolder = ServiceInstaller::defaultUnitFolder();
    const QString credentials = ServiceInstaller::defaultCredentialFolder(m_folders.config);
    std::shared_ptr<CommandRunner> runner = m_runner;
    const ServiceInstaller::Platform platform = m_platform;
    connect(m_job, &BackgroundJob::finished, this, [this, outcome] {
        disconnect(m_job, &BackgroundJob::finished, this, nullptr);
        showStatus(outcome->status, outcome->problem);
        m_enabled->setEnabled(true);
        Q_EMIT idle();
    });
    m_job->start(
        [outcome, work, unitFolder, credentials, runner, platform](const BackgroundJob::Control &) {
            ServiceInstaller installer(unitFolder, credentials, runner.get(), platform);
            outcome->problem = work(installer);
            outcome->status = installer.status();
        });
}

void ServicePanel::refresh()
{
    m_status->setText(tr("Checking…"));
    runJob([](ServiceInstaller &) { return QString(); });
}

void ServicePanel::showStatus(ServiceInstaller::Status status, const QString &problem)
{
    m_enabled->setChecked(status != ServiceInstaller::Status::NotInstalled);
    QString text;
    switch (status) {
    case ServiceInstaller::Status::Running:
        text = tr("Running.");
        break;
    case ServiceInstaller::Status::Stopped:
        text = tr("Installed but not running: see \"rosterbridge service status\".");
        break;
    case ServiceInstaller::Status::NotInstalled:
        text = tr("Not installed.");
        break;
    }
    m_status->setText(problem.isEmpty() ? text : problem + u' ' + text);
}

void ServicePanel::onClicked(bool on)
{
    if (!on) {
        m_status->setText(tr("Removing…"));
        runJob([](ServiceInstaller &installer) {
            const Result<void> removed = installer.remove();
            return removed ? QString() : removed.error();
        });
        return;
    }
    m_enabled->setEnabled(false);
    m_readingSecrets = true;
    if (m_platform == ServiceInstaller::Platform::TaskScheduler)
        askAccountPassword();
    else
        installSealed();
}

void ServicePanel::installSealed()
{
    m_status->setText(tr("Reading the profiles' passwords from the keychain…"));
    auto *reader = new ServiceSecretsReader(m_secrets, this);
    connect(reader, &ServiceSecretsReader::finished, this,
            [this, reader](bool ok, const QHash<QString, QString> &secrets, const QString &error) {
                reader->deleteLater();
                m_readingSecrets = false;
                if (!ok) {
                    showStatus(ServiceInstaller::Status::NotInstalled, error);
                    m_enabled->setEnabled(true);
                    Q_EMIT idle();
                    return;
                }
                install(secrets, {});
            });
    reader->read(ProfileStore(m_folders.profiles));
}

void ServicePanel::askAccountPassword()
{
    // Task Scheduler runs the task as this account with nobody logged on only with its
    // password, which it keeps; the profiles' own passwords stay in the Credential Manager.
    const QString account = ServiceDescription::currentAccount();
    auto *ask = new QInputDialog(this);
    ask->setObjectName(QStringLiteral("accountPassword"));
    ask->setWindowTitle(tr("Run syncs when nobody is logged in"));
    ask->setLabelText(tr("The Windows password of %1. Task Scheduler keeps it to start "
                         "RosterBridge as you when the computer starts; RosterBridge does not "
                         "keep it.")
                          .arg(account));
    ask->setTextEchoMode(QLineEdit::Password);
    ask->setAttribute(Qt::WA_DeleteOnClose);
    m_status->setText(tr("Waiting for your Windows password…"));
    connect(ask, &QInputDialog::finished, this, [this, ask](int result) {
        m_readingSecrets = false;
        const QString password = ask->textValue();
        if (result != QDialog::Accepted || password.isEmpty()) {
            showStatus(ServiceInstaller::Status::NotInstalled, QString());
            m_enabled->setEnabled(true);
            Q_EMIT idle();
            return;
        }
        install({}, password);
    });
    ask->open();
}

void ServicePanel::install(const QHash<QString, QString> &secrets, const QString &accountPassword)
{
    m_status->setText(tr("Installing…"));
    const ServiceDescription description =
        ServiceDescription::forServe(QCoreApplication::applicationFilePath(), m_folders.profiles,
                                     m_folders.config, m_folders.data);
    runJob([description, secrets, accountPassword](ServiceInstaller &installer) {
        installer.setAccountPassword(accountPassword);
        const Result<void> done = installer.install(description, secrets);
        return done ? QString() : done.error();
    });
}

} // namespace rb
