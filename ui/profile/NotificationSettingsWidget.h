#pragma once

#include "store/Profile.h"

#include <QWidget>

class QCheckBox;
class QGroupBox;
class QLineEdit;
class QSpinBox;

namespace rb {

// Who hears about a failed or held run: an email through the district's SMTP server
// (STARTTLS) and an optional webhook. Edits profile.notifications; the SMTP password is kept
// apart and never saved in the profile.
class NotificationSettingsWidget : public QWidget
{
    Q_OBJECT
public:
    explicit NotificationSettingsWidget(QWidget *parent = nullptr);

    void load(const Profile &profile);
    void save(Profile *profile) const;

    QString smtpPassword() const;
    void setSmtpPassword(const QString &password);
    // With email on: a server, a sender and at least one recipient.
    bool isComplete() const;

Q_SIGNALS:
    void changed();

private:
    QGroupBox *m_email;
    QLineEdit *m_host;
    QSpinBox *m_port;
    QCheckBox *m_startTls;
    QLineEdit *m_user;
    QLineEdit *m_password;
    QLineEdit *m_from;
    QLineEdit *m_to;
    QLineEdit *m_webhook;
};

} // namespace rb
