#include "profile/DestinationWidget.h"

#include "profile/SftpSettingsWidget.h"
#include "profile/SftpTestPanel.h"

#include <QButtonGroup>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace rb {

DestinationWidget::DestinationWidget(QWidget *parent)
    : QWidget(parent)
{
    m_asm = new QRadioButton(tr("Upload to &Apple School Manager (SFTP)"), this);
    m_asm->setObjectName(QStringLiteral("destinationAsm"));
    m_folder = new QRadioButton(tr("Write the zip to a fol&der"), this);
    m_folder->setObjectName(QStringLiteral("destinationFolder"));
    m_asm->setChecked(true);
    auto *group = new QButtonGroup(this);
    group->addButton(m_asm);
    group->addButton(m_folder);

    m_asmBox = new QWidget(this);
    m_sftp = new SftpSettingsWidget(SftpSettingsWidget::Role::AsmDelivery, m_asmBox);
    auto *help = new QLabel(
        tr("Apple School Manager shows the user name and password under "
           "<b>Preferences &rarr; Accounts &rarr; Directory Sync &rarr; SFTP</b> (it needs the "
           "\"Configure "
           "organization\" privilege). The password is shown once, when the account is "
           "created; reset it there if you no longer have it. "
           "<a href=\"https://support.apple.com/101183\">How to set up SFTP in Apple School "
           "Manager</a>"),
        m_asmBox);
    help->setObjectName(QStringLiteral("asmHelp"));
    help->setWordWrap(true);
    help->setTextFormat(Qt::RichText);
    help->setOpenExternalLinks(true);
    help->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_test = new SftpTestPanel(m_asmBox);
    auto *asmLayout = new QVBoxLayout(m_asmBox);
    asmLayout->setContentsMargins(24, 0, 0, 0);
    asmLayout->addWidget(help);
    asmLayout->addWidget(m_sftp);
    asmLayout->addWidget(m_test);

    m_folderBox = new QWidget(this);
    m_folderPath = new QLineEdit(m_folderBox);
    m_folderPath->setObjectName(QStringLiteral("destinationFolderPath"));
    m_folderPath->setAccessibleName(tr("Folder for the zip"));
    auto *browse = new QPushButton(tr("&Browse..."), m_folderBox);
    browse->setAccessibleName(tr("Choose the folder for the zip"));
    auto *folderLayout = new QHBoxLayout(m_folderBox);
    folderLayout->setContentsMargins(24, 0, 0, 0);
    folderLayout->addWidget(m_folderPath);
    folderLayout->addWidget(browse);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_asm);
    layout->addWidget(m_asmBox);
    layout->addWidget(m_folder);
    layout->addWidget(m_folderBox);
    layout->addStretch();

    connect(m_asm, &QRadioButton::toggled, this, [this] {
        updateVisibility();
        Q_EMIT changed();
    });
    connect(m_sftp, &SftpSettingsWidget::changed, this, &DestinationWidget::changed);
    connect(m_sftp, &SftpSettingsWidget::serverChanged, m_test, &SftpTestPanel::clear);
    connect(m_folderPath, &QLineEdit::textChanged, this, &DestinationWidget::changed);
    connect(m_test, &SftpTestPanel::testRequested, this, &DestinationWidget::testRequested);
    connect(m_test, &SftpTestPanel::finished, this, &DestinationWidget::testFinished);
    connect(m_test, &SftpTestPanel::pinChosen, this, [this](const QString &fingerprint) {
        m_sftp->setPinnedFingerprint(fingerprint);
        Q_EMIT fingerprintChanged();
    });
    connect(browse, &QPushButton::clicked, this, [this] {
        auto *dialog = new QFileDialog(this, tr("Folder for the zip"), m_folderPath->text());
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->setFileMode(QFileDialog::Directory);
        dialog->setOption(QFileDialog::ShowDirsOnly);
        connect(dialog, &QFileDialog::fileSelected, m_folderPath, &QLineEdit::setText);
        dialog->open();
    });
    Profile fresh;
    fresh.destination.sftp.host = kAsmHost;
    load(fresh);
}

void DestinationWidget::updateVisibility()
{
    m_asmBox->setVisible(m_asm->isChecked());
    m_folderBox->setVisible(m_folder->isChecked());
}

void DestinationWidget::load(const Profile &profile)
{
    const ProfileDestination &d = profile.destination;
    (d.kind == DestinationKind::Folder ? m_folder : m_asm)->setChecked(true);
    Profile withHost = profile;
    if (withHost.destination.sftp.host.isEmpty())
        withHost.destination.sftp.host = kAsmHost;
    m_sftp->load(withHost);
    m_folderPath->setText(QDir::toNativeSeparators(d.folder));
    m_test->clear();
    updateVisibility();
}

void DestinationWidget::save(Profile *profile) const
{
    ProfileDestination &d = profile->destination;
    d.kind = isAsm() ? DestinationKind::AsmSftp : DestinationKind::Folder;
    if (isAsm())
        m_sftp->save(profile);
    else
        d.folder = QDir::fromNativeSeparators(m_folderPath->text().trimmed());
}

bool DestinationWidget::isAsm() const
{
    return m_asm->isChecked();
}

SftpSecrets DestinationWidget::secrets() const
{
    return m_sftp->secrets();
}

void DestinationWidget::setSecrets(const SftpSecrets &secrets)
{
    m_sftp->setSecrets(secrets);
}

void DestinationWidget::showStoredSecrets(const QStringList &names)
{
    m_sftp->showStoredSecrets(names);
}

QString DestinationWidget::missingInput() const
{
    if (isAsm())
        return m_sftp->missingInput();
    return m_folderPath->text().trimmed().isEmpty() ? tr("Choose the folder to write the zip to.")
                                                    : QString();
}

QString DestinationWidget::pinnedFingerprint() const
{
    return m_sftp->pinnedFingerprint();
}

void DestinationWidget::startTest()
{
    startTest(m_sftp->secrets());
}

void DestinationWidget::startTest(const SftpSecrets &secrets)
{
    m_test->start(m_sftp->settings(), secrets);
}

void DestinationWidget::cancelTest()
{
    m_test->cancel();
}

bool DestinationWidget::isTesting() const
{
    return m_test->isRunning();
}

} // namespace rb
