#include "profile/NotificationSettingsWidget.h"

#include "profile/StoredSecretHint.h"

#include "pipeline/RunSecretsReader.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace rb {

NotificationSettingsWidget::NotificationSettingsWidget(QWidget *parent)
    : QWidget(parent)
    , m_notifier(new RunNotifier(this))
{
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("A pop-up from the tray icon tells whoever is at this computer. "
                                "Email and a webhook reach someone who is not."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    layout->addWidget(emailBox());
    layout->addWidget(webhookBox());
    layout->addWidget(monitorBox());
    layout->addStretch();
    connect(m_notifier, &RunNotifier::channelFinished, this,
            [this](const QString &, RunNotifier::Channel channel, bool ok, const QString &answer) {
                --m_testsGoing;
                showAnswer(channel, ok, answer);
                updateButtons();
            });
    connect(this, &NotificationSettingsWidget::changed, this,
            &NotificationSettingsWidget::updateButtons);
    load(Profile());
}

QLineEdit *NotificationSettingsWidget::field(QWidget *parent, const char *name,
                                             const QString &accessible)
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(QLatin1String(name));
    edit->setAccessibleName(accessible);
    connect(edit, &QLineEdit::textChanged, this, &NotificationSettingsWidget::changed);
    return edit;
}

QWidget *NotificationSettingsWidget::emailBox()
{
    auto *box = new QGroupBox(tr("Email"), this);
    m_emailOn = new QCheckBox(tr("&Email these addresses when a run fails or is held"), box);
    m_emailOn->setObjectName(QStringLiteral("emailEnabled"));
    m_to = field(box, "emailTo", tr("Recipients"));
    m_to->setPlaceholderText(tr("it@district.org, another@district.org"));
    m_host = field(box, "smtpHost", tr("SMTP server"));
    m_host->setPlaceholderText(QStringLiteral("smtp.district.org"));
    m_port = new QSpinBox(box);
    m_port->setRange(1, 65535);
    m_port->setAccessibleName(tr("SMTP port"));
    m_startTls = new QCheckBox(tr("Use STARTTLS"), box);
    m_user = field(box, "smtpUser", tr("SMTP user name"));
    m_user->setPlaceholderText(tr("Empty when the server needs no login"));
    m_password = field(box, "smtpPassword", tr("SMTP password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_from = field(box, "emailFrom", tr("Sender address"));
    m_testEmail = new QPushButton(tr("Send test e&mail"), box);
    m_testEmail->setObjectName(QStringLiteral("testEmail"));
    m_emailAnswer = new QLabel(box);
    m_emailAnswer->setObjectName(QStringLiteral("emailAnswer"));
    m_emailAnswer->setWordWrap(true);
    m_emailAnswer->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // Host, port and TLS on one line, so that the page fits without scrolling.
    auto *portLabel = new QLabel(tr("P&ort:"), box);
    portLabel->setBuddy(m_port);
    auto *server = new QHBoxLayout;
    server->addWidget(m_host, 1);
    server->addWidget(portLabel);
    server->addWidget(m_port);
    server->addWidget(m_startTls);
    auto *serverLabel = new QLabel(tr("SMTP &server:"), box);
    serverLabel->setBuddy(m_host);
    auto *form = new QFormLayout(box);
    form->addRow(m_emailOn);
    form->addRow(tr("&To:"), m_to);
    form->addRow(serverLabel, server);
    form->addRow(tr("&User name:"), m_user);
    form->addRow(tr("Pass&word:"), m_password);
    form->addRow(tr("&From:"), m_from);
    form->addRow(m_testEmail, m_emailAnswer);

    connect(m_emailOn, &QCheckBox::clicked, this, [this] { m_emailChosen = true; });
    connect(m_emailOn, &QCheckBox::toggled, this, &NotificationSettingsWidget::changed);
    connect(m_to, &QLineEdit::textEdited, this, &NotificationSettingsWidget::onToEdited);
    connect(m_port, &QSpinBox::valueChanged, this, &NotificationSettingsWidget::changed);
    connect(m_startTls, &QCheckBox::toggled, this, &NotificationSettingsWidget::changed);
    connect(m_testEmail, &QPushButton::clicked, this,
            [this] { test(RunNotifier::Channel::Email); });
    return box;
}

QWidget *NotificationSettingsWidget::webhookBox()
{
    auto *box = new QGroupBox(tr("Webhook"), this);
    m_webhook = field(box, "webhookUrl", tr("Webhook URL"));
    m_webhook->setPlaceholderText(tr("Optional: https://... receives a JSON message"));
    m_testWebhook = new QPushButton(tr("Test webhoo&k"), box);
    m_testWebhook->setObjectName(QStringLiteral("testWebhook"));
    m_webhookAnswer = new QLabel(box);
    m_webhookAnswer->setObjectName(QStringLiteral("webhookAnswer"));
    m_webhookAnswer->setWordWrap(true);
    m_webhookAnswer->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *row = new QHBoxLayout;
    row->addWidget(m_webhook, 1);
    row->addWidget(m_testWebhook);
    auto *label = new QLabel(tr("Web&hook URL:"), box);
    label->setBuddy(m_webhook);
    auto *form = new QFormLayout(box);
    form->addRow(label, row);
    form->addRow(QString(), m_webhookAnswer);
    connect(m_testWebhook, &QPushButton::clicked, this,
            [this] { test(RunNotifier::Channel::Webhook); });
    return box;
}

QWidget *NotificationSettingsWidget::monitorBox()
{
    auto *box = new QGroupBox(tr("When deliveries stop"), this);
    m_staleDays = new QSpinBox(box);
    m_staleDays->setObjectName(QStringLiteral("staleAfterDays"));
    m_staleDays->setRange(0, 60);
    m_staleDays->setSpecialValueText(tr("Never"));
    m_staleDays->setSuffix(tr(" school days"));
    m_staleDays->setAccessibleName(tr("Alert after this many school days without a delivery"));
    m_ping = field(box, "successPingUrl", tr("Success ping URL"));
    m_ping->setPlaceholderText(tr("Optional: a monitor's check URL, called after each delivery"));
    auto *pingNote = new QLabel(tr("A monitoring service (healthchecks.io, Cronitor, Uptime "
                                   "Kuma) alerts you when the calls stop, even if this "
                                   "computer is off."),
                                box);
    pingNote->setWordWrap(true);
    auto *form = new QFormLayout(box);
    form->addRow(tr("&Alert when nothing was delivered for:"), m_staleDays);
    form->addRow(tr("Success &ping URL:"), m_ping);
    form->addRow(QString(), pingNote);
    connect(m_staleDays, &QSpinBox::valueChanged, this, &NotificationSettingsWidget::changed);
    return box;
}

void NotificationSettingsWidget::onToEdited(const QString &text)
{
    // On by default once an address is there, unless the admin turned it off.
    if (!m_emailChosen && !text.trimmed().isEmpty())
        m_emailOn->setChecked(true);
}

void NotificationSettingsWidget::load(const Profile &profile)
{
    const EmailNotification &e = profile.notifications.email;
    m_base = profile;
    m_emailOn->setChecked(e.enabled);
    // A saved choice stands; a new profile ticks email when an address is typed.
    m_emailChosen = e.enabled || !e.to.isEmpty();
    m_host->setText(e.smtpHost);
    m_port->setValue(e.smtpPort);
    m_startTls->setChecked(e.startTls);
    m_user->setText(e.username);
    m_from->setText(e.from);
    m_to->setText(e.to.join(QStringLiteral(", ")));
    m_webhook->setText(profile.notifications.webhookUrl);
    m_staleDays->setValue(profile.notifications.staleAfterDays);
    m_ping->setText(profile.notifications.successPingUrl);
    // Shown when there is an answer, so that the page fits without one.
    m_emailAnswer->hide();
    m_webhookAnswer->hide();
    updateButtons();
}

void NotificationSettingsWidget::save(Profile *profile) const
{
    EmailNotification &e = profile->notifications.email;
    e.enabled = m_emailOn->isChecked();
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
    profile->notifications.staleAfterDays = m_staleDays->value();
    profile->notifications.successPingUrl = m_ping->text().trimmed();
}

QString NotificationSettingsWidget::smtpPassword() const
{
    return m_password->text();
}

void NotificationSettingsWidget::setSmtpPassword(const QString &password)
{
    m_password->setText(password);
}

void NotificationSettingsWidget::setStoredSecrets(SecretStore *store, const QUuid &profileId)
{
    m_secrets = store;
    m_base.id = profileId;
}

void NotificationSettingsWidget::showStoredSecrets(const QStringList &names)
{
    StoredSecretHint::apply(m_password, names.contains(QString(SecretName::SmtpPassword)));
}

QString NotificationSettingsWidget::missingInput() const
{
    if (!m_emailOn->isChecked())
        return {};
    if (m_to->text().trimmed().isEmpty())
        return tr("Enter who the email goes to, or untick email.");
    if (m_host->text().trimmed().isEmpty())
        return tr("Enter the SMTP server, or untick email.");
    if (m_from->text().trimmed().isEmpty())
        return tr("Enter the sender's address (From), or untick email.");
    return {};
}

void NotificationSettingsWidget::updateButtons()
{
    const bool idle = m_testsGoing == 0;
    m_testEmail->setEnabled(idle && m_emailOn->isChecked() && isComplete());
    m_testWebhook->setEnabled(idle && !m_webhook->text().trimmed().isEmpty());
}

QLabel *NotificationSettingsWidget::answerLabel(RunNotifier::Channel channel) const
{
    return channel == RunNotifier::Channel::Email ? m_emailAnswer : m_webhookAnswer;
}

void NotificationSettingsWidget::test(RunNotifier::Channel channel)
{
    // The loaded profile keeps what the page does not show (login without TLS, say).
    Profile profile = m_base;
    if (profile.name.isEmpty())
        profile.name = tr("New profile");
    save(&profile);
    // Only the channel whose button was pressed.
    if (channel == RunNotifier::Channel::Email)
        profile.notifications.webhookUrl.clear();
    else
        profile.notifications.email.enabled = false;
    ++m_testsGoing;
    updateButtons();
    answerLabel(channel)->setText(tr("Sending…"));
    answerLabel(channel)->setStyleSheet(QString());
    answerLabel(channel)->show();
    const bool login =
        channel == RunNotifier::Channel::Email && !m_user->text().trimmed().isEmpty();
    if (!login || !m_password->text().isEmpty() || !m_secrets) {
        send(profile, m_password->text());
        return;
    }
    // The field is empty on purpose: the keychain holds the password.
    auto *reader = new RunSecretsReader(m_secrets, this);
    connect(
        reader, &RunSecretsReader::finished, this,
        [this, reader, channel, profile](bool ok, const RunSecrets &secrets, const QString &error) {
            reader->deleteLater();
            if (!ok) {
                --m_testsGoing;
                showAnswer(channel, false, error);
                updateButtons();
                return;
            }
            send(profile, secrets.value(SecretName::SmtpPassword));
        });
    reader->read(profile.id, profile.name, {SecretName::SmtpPassword});
}

void NotificationSettingsWidget::send(const Profile &profile, const QString &password)
{
    RunSecrets secrets;
    if (!password.isEmpty())
        secrets.values.insert(QString(SecretName::SmtpPassword), password);
    m_notifier->send(profile, secrets, RunNotifier::testNotification(profile));
}

void NotificationSettingsWidget::showAnswer(RunNotifier::Channel channel, bool ok,
                                            const QString &answer)
{
    QLabel *label = answerLabel(channel);
    label->setText(ok ? tr("✔ Sent: %1").arg(answer) : tr("✖ Not sent: %1").arg(answer));
    label->setStyleSheet(ok ? QString() : QStringLiteral("color: #b3261e;"));
}

} // namespace rb
