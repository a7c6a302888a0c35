#pragma once

#include "pipeline/RunNotifier.h"
#include "store/Profile.h"

#include <QUuid>
#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace rb {

class SecretStore;

// Who hears about a failed or held run, and about a profile that stopped delivering: an email
// through the district's SMTP server, a webhook, and a success ping for an outside monitor.
// Edits profile.notifications; the SMTP password is kept apart and never saved in the profile.
// "Send test" sends the test message through one channel as the fields stand and shows the
// server's answer.
class NotificationSettingsWidget : public QWidget
{
    Q_OBJECT
public:
    explicit NotificationSettingsWidget(QWidget *parent = nullptr);

    void load(const Profile &profile);
    void save(Profile *profile) const;

    QString smtpPassword() const;
    void setSmtpPassword(const QString &password);
    // Where a test finds the SMTP password when the field is left empty (the settings of a
    // saved profile: an empty field keeps what the keychain holds).
    void setStoredSecrets(SecretStore *store, const QUuid &profileId);
    // names: the profile's secrets in the keychain; the SMTP password says it is kept.
    void showStoredSecrets(const QStringList &names);
    // With email on: a server, a sender and at least one recipient.
    // The first thing still needed, as one sentence for the admin; empty when nothing is.
    QString missingInput() const;
    bool isComplete() const { return missingInput().isEmpty(); }

Q_SIGNALS:
    void changed();

private:
    QWidget *emailBox();
    QWidget *webhookBox();
    QWidget *monitorBox();
    QLineEdit *field(QWidget *parent, const char *name, const QString &accessible);
    void onToEdited(const QString &text);
    void updateButtons();
    void test(RunNotifier::Channel channel);
    void send(const Profile &profile, const QString &password);
    void showAnswer(RunNotifier::Channel channel, bool ok, const QString &answer);
    QLabel *answerLabel(RunNotifier::Channel channel) const;

    QCheckBox *m_emailOn;
    QLineEdit *m_host;
    QSpinBox *m_port;
    QCheckBox *m_startTls;
    QLineEdit *m_user;
    QLineEdit *m_password;
    QLineEdit *m_from;
    QLineEdit *m_to;
    QPushButton *m_testEmail;
    QLabel *m_emailAnswer;
    QLineEdit *m_webhook;
    QPushButton *m_testWebhook;
    QLabel *m_webhookAnswer;
    QSpinBox *m_staleDays;
    QLineEdit *m_ping;
    RunNotifier *m_notifier;
    SecretStore *m_secrets = nullptr;
    Profile m_base;
    // The admin unticked email: typing an address no longer ticks it again.
    bool m_emailChosen = false;
    int m_testsGoing = 0;
};

} // namespace rb
