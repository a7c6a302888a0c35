#include "profile/SftpSettingsWidget.h"

#include "profile/StoredSecretHint.h"

#include <QComboBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>

namespace rb {

SftpSettingsWidget::SftpSettingsWidget(Role role, QWidget *parent)
    : QWidget(parent)
    , m_role(role)
{
    const QString prefix =
        role == Role::AsmDelivery ? QStringLiteral("asm") : QStringLiteral("sisSftp");
    auto named = [&prefix](QWidget *w, const char *suffix, const QString &accessible) {
        w->setObjectName(prefix + QLatin1String(suffix));
        w->setAccessibleName(accessible);
    };
    m_host = new QLineEdit(this);
    named(m_host, "Host", tr("SFTP server"));
    m_port = new QSpinBox(this);
    m_port->setRange(1, 65535);
    m_port->setValue(22);
    named(m_port, "Port", tr("Port"));
    m_user = new QLineEdit(this);
    named(m_user, "User", tr("User name"));
    m_authType = new QComboBox(this);
    named(m_authType, "AuthType", tr("Sign in with"));
    m_authType->addItem(tr("Password"), int(SftpAuthType::Password));
    m_authType->addItem(tr("Private key file"), int(SftpAuthType::PublicKey));
    m_password = new QLineEdit(this);
    m_password->setEchoMode(QLineEdit::Password);
    named(m_password, "Password", tr("Password"));
    m_keyFile = new QLineEdit(this);
    named(m_keyFile, "KeyFile", tr("Private key file"));
    auto *browse = new QPushButton(tr("&Browse..."), this);
    browse->setAccessibleName(tr("Choose the private key file"));
    m_keyRow = new QWidget(this);
    auto *keyLayout = new QHBoxLayout(m_keyRow);
    keyLayout->setContentsMargins(0, 0, 0, 0);
    keyLayout->addWidget(m_keyFile);
    keyLayout->addWidget(browse);
    m_keyFile->setParent(m_keyRow);
    browse->setParent(m_keyRow);
    m_passphrase = new QLineEdit(this);
    m_passphrase->setEchoMode(QLineEdit::Password);
    m_passphrase->setPlaceholderText(tr("Empty when the key has none"));
    named(m_passphrase, "Passphrase", tr("Key passphrase"));
    m_remotePath = new QLineEdit(this);
    named(m_remotePath, "RemotePath", tr("Remote file or folder"));
    m_remotePath->setPlaceholderText(tr("exports/oneroster.zip, or a folder of CSV files"));

    m_form = new QFormLayout(this);
    m_form->setContentsMargins(0, 0, 0, 0);
    m_form->addRow(tr("&Host:"), m_host);
    m_form->addRow(tr("&Port:"), m_port);
    m_form->addRow(tr("&User name:"), m_user);
    m_form->addRow(tr("Sign &in with:"), m_authType);
    m_form->addRow(tr("Pass&word:"), m_password);
    m_form->addRow(tr("&Key file:"), m_keyRow);
    m_form->addRow(tr("Key pass&phrase:"), m_passphrase);
    m_form->addRow(tr("&Remote file or folder:"), m_remotePath);
    m_form->setRowVisible(m_remotePath, role == Role::SisExport);

    connect(browse, &QPushButton::clicked, this, [this] {
        auto *dialog = new QFileDialog(this, tr("Private key"), m_keyFile->text());
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->setFileMode(QFileDialog::ExistingFile);
        connect(dialog, &QFileDialog::fileSelected, m_keyFile, &QLineEdit::setText);
        dialog->open();
    });
    connect(m_authType, &QComboBox::currentIndexChanged, this, [this] {
        updateAuthRows();
        Q_EMIT changed();
    });
    auto server = [this] {
        m_pinned.clear();
        Q_EMIT serverChanged();
        Q_EMIT changed();
    };
    connect(m_host, &QLineEdit::textEdited, this, server);
    connect(m_port, &QSpinBox::valueChanged, this, server);
    for (QLineEdit *edit : {m_user, m_password, m_keyFile, m_passphrase, m_remotePath})
        connect(edit, &QLineEdit::textChanged, this, &SftpSettingsWidget::changed);
    updateAuthRows();
}

void SftpSettingsWidget::updateAuthRows()
{
    const bool key = m_authType->currentData().toInt() == int(SftpAuthType::PublicKey);
    m_form->setRowVisible(m_password, !key);
    m_form->setRowVisible(m_keyRow, key);
    m_form->setRowVisible(m_passphrase, key);
}

const SftpSettings &SftpSettingsWidget::part(const Profile &profile) const
{
    return m_role == Role::AsmDelivery ? profile.destination.sftp : profile.source.sftp;
}

void SftpSettingsWidget::load(const Profile &profile)
{
    m_loaded = part(profile);
    const QSignalBlocker blockHost(m_host);
    const QSignalBlocker blockPort(m_port);
    m_host->setText(m_loaded.host);
    m_port->setValue(m_loaded.port);
    m_user->setText(m_loaded.username);
    m_authType->setCurrentIndex(m_authType->findData(int(m_loaded.authType)));
    m_keyFile->setText(m_loaded.privateKeyFile);
    m_remotePath->setText(profile.source.remotePath);
    m_pinned = m_loaded.hostKeyFingerprint;
    updateAuthRows();
}

SftpSettings SftpSettingsWidget::settings() const
{
    SftpSettings s = m_loaded;
    s.host = m_host->text().trimmed();
    s.port = m_port->value();
    s.username = m_user->text().trimmed();
    s.authType = SftpAuthType(m_authType->currentData().toInt());
    s.privateKeyFile =
        s.authType == SftpAuthType::PublicKey ? m_keyFile->text().trimmed() : QString();
    s.hostKeyFingerprint = m_pinned;
    // The admin confirms a new key in the wizard; runs never accept an unknown one.
    s.trustOnFirstUse = false;
    return s;
}

void SftpSettingsWidget::save(Profile *profile) const
{
    if (m_role == Role::AsmDelivery) {
        profile->destination.sftp = settings();
    } else {
        profile->source.sftp = settings();
        profile->source.remotePath = remotePath();
    }
}

SftpSecrets SftpSettingsWidget::secrets() const
{
    if (m_authType->currentData().toInt() == int(SftpAuthType::PublicKey))
        return {QString(), m_passphrase->text()};
    return {m_password->text(), QString()};
}

void SftpSettingsWidget::setSecrets(const SftpSecrets &secrets)
{
    m_password->setText(secrets.password);
    m_passphrase->setText(secrets.keyPassphrase);
}

QString SftpSettingsWidget::remotePath() const
{
    return m_remotePath->text().trimmed();
}

void SftpSettingsWidget::showStoredSecrets(const QStringList &names)
{
    const bool forAsm = m_role == Role::AsmDelivery;
    StoredSecretHint::apply(
        m_password,
        names.contains(QString(forAsm ? SecretName::AsmPassword : SecretName::SisSftpPassword)));
    StoredSecretHint::apply(m_passphrase,
                            names.contains(QString(forAsm ? SecretName::AsmKeyPassphrase
                                                          : SecretName::SisSftpKeyPassphrase)),
                            tr("Empty when the key has none"));
}

void SftpSettingsWidget::setPinnedFingerprint(const QString &fingerprint)
{
    m_pinned = fingerprint;
}

QString SftpSettingsWidget::missingInput() const
{
    if (m_host->text().trimmed().isEmpty())
        return tr("Enter the SFTP server's host.");
    if (m_user->text().trimmed().isEmpty())
        return tr("Enter the SFTP user name.");
    if (m_role == Role::SisExport && remotePath().isEmpty())
        return tr("Enter the export's file or folder on the SFTP server.");
    if (m_authType->currentData().toInt() == int(SftpAuthType::PublicKey))
        return m_keyFile->text().trimmed().isEmpty() ? tr("Choose the SSH key file.") : QString();
    return secrets().password.isEmpty() ? tr("Enter the SFTP password.") : QString();
}

} // namespace rb
