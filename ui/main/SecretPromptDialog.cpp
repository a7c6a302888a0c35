#include "SecretPromptDialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace rb {

QString SecretPromptDialog::label(const QString &name)
{
    if (name == SecretName::SisClientSecret)
        return tr("SIS client secret");
    if (name == SecretName::SisSftpPassword)
        return tr("SIS SFTP password");
    if (name == SecretName::SisSftpKeyPassphrase)
        return tr("SIS SFTP key passphrase");
    if (name == SecretName::AsmPassword)
        return tr("Apple School Manager SFTP password");
    if (name == SecretName::AsmKeyPassphrase)
        return tr("Apple School Manager key passphrase");
    if (name == SecretName::SmtpPassword)
        return tr("Email (SMTP) password");
    if (name == SecretName::PseudonymKey)
        return tr("Pseudonym key for students' names");
    return name;
}

SecretPromptDialog::SecretPromptDialog(const QString &profileName, const QStringList &names,
                                       const QString &why, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Secrets for %1").arg(profileName));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(
        tr("%1\n\nType them in for this run; they are not stored anywhere.").arg(why), this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto *form = new QFormLayout;
    for (const QString &name : names) {
        auto *edit = new QLineEdit(this);
        edit->setEchoMode(QLineEdit::Password);
        edit->setAccessibleName(label(name));
        form->addRow(label(name) + u':', edit);
        m_fields.insert(name, edit);
    }
    layout->addLayout(form);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Run"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

RunSecrets SecretPromptDialog::secrets() const
{
    RunSecrets s;
    for (auto it = m_fields.begin(); it != m_fields.end(); ++it)
        s.values.insert(it.key(), it.value()->text());
    return s;
}

} // namespace rb
