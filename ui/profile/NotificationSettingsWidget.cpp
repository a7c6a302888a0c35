#include "profile/NotificationSettingsWidget.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QVBoxLayout>

namespace rb {

NotificationSettingsWidget::NotificationSettingsWidget(QWidget *parent)
    : QWidget(parent)
{
    m_email = new QGroupBox(tr("&Email me when a run fails or waits for approval"), this);
    m_email->setObjectName(QStringLiteral("emailEnabled"));
    m_email->setCheckable(true);
    auto field = [this](const char *name, const QString &accessible) {
        auto *edit = new QLineEdit(m_email);
        edit->setObjectName(QLatin1String(name));
        edit->setAccessibleName(accessible);
        connect(edit, &QLineEdit::textChanged, this, &NotificationSettingsWidget::changed);
        return edit;
    };
    m_host = field("smtpHost", tr("SMTP server"));
    m_host->setPlaceholderText(QStringLiteral("smtp.district.org"));
    m_port = new QSpinBox(m_email);
    m_port->setRange(1, 65535);
    m_port->setAccessibleName(tr("SMTP port"));
    m_startTls = new QCheckBox(tr("Use STARTTLS"), m_email);
    m_user = field("smtpUser", tr("SMTP user name"));
    m_user->setPlaceholderText(tr("Empty when the server needs no login"));
    m_password = field("smtpPassword", tr("SMTP password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_from = field("emailFrom", tr("Sender address"));
    m_to = field("emailTo", tr("Recipients"));
    m_to->setPlaceholderText(tr("it@district.org, another@district.org"));
    auto *form = new QFormLayout(m_email);
    form->addRow(tr("SMTP &server:"), m_host);
    form->addRow(tr("&Port:"), m_port);
    form->addRow(QString(), m_startTls);
    form->addRow(tr("&User name:"), m_user);
    form->addRow(tr("Pass&word:"), m_password);
    form->addRow(tr("&From:"), m_from);
    form->addRow(tr("&To:"), m_to);

    m_webhook = new QLineEdit(this);
    m_webhook->setObjectName(QStringLiteral("webhookUrl"));
    m_webhook->setAccessibleName(tr("Webhook URL"));
    m_webhook->setPlaceholderText(tr("Optional: https://... receives a JSON message"));
    auto *webhookForm = new QFormLayout;
    webhookForm->addRow(tr("&Webhook (optional):"), m_webhook);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_email);
    layout->addLayout(webhookForm);
    layout->addStretch();

    connect(m_email, &QGroupBox::toggled, this, &NotificationSettingsWidget::changed);
    connect(m_port, &QSpinBox::valueChanged, this, &NotificationSettingsWidget::changed);
    connect(m_startTls, &QCheckBox::toggled, this, &NotificationSettingsWidget::changed);
    connect(m_webhook, &QLineEdit::textChanged, this, &NotificationSettingsWidget::changed);
    load(Profile());
}

void NotificationSettingsWidget::load(const Profile &profile)
{
    const EmailNotification &e = profile.notifications.email;
    m_email->setChecked(e.enabled);
    m_host->setText(e.smtpHost);
    m_port->setValue(e.smtpPort);
    m_startTls->setChecked(e.startTls);
    m_user->setText(e.username);
    m_from->setText(e.from);
    m_to->setText(e.to.join(QStringLiteral(", ")));
    m_webhook->setText(profile.notifications.webhookUrl);
}

void NotificationSettingsWidget::save(Profile *profile) const
{
    EmailNotification &e = profile->notifications.email;
    e.enabled = m_email->isChecked();
    e.smtpHost = m_host->text().trimmed();
    e.smtpPort = m_port->value();
    e.startTls = m_startTls->isChecked();
    e.username = m_user->text().trimmed();
    e.from = m_from->text().trimmed();
    e.to.clear();
    const QStringList parts = m_to->text().split(u',', Qt::SkipEmptyParts);
    for (const QString &to : parts) {
        if (!to.trimmed().isEmpty())
            e.to << to.trimmed();
    }
    profile->notifications.webhookUrl = m_webhook->text().trimmed();
}

QString NotificationSettingsWidget::smtpPassword() const
{
    return m_password->text();
}

void NotificationSettingsWidget::setSmtpPassword(const QString &password)
{
    m_password->setText(password);
}

bool NotificationSettingsWidget::isComplete() const
{
    if (!m_email->isChecked())
        return true;
    return !m_host->text().trimmed().isEmpty() && !m_from->text().trimmed().isEmpty() &&
           !m_to->text().trimmed().isEmpty();
}

} // namespace rb
