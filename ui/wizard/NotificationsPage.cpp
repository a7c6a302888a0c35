#include "wizard/NotificationsPage.h"

#include "profile/NotificationSettingsWidget.h"

#include <QScrollArea>
#include <QVBoxLayout>

namespace rb {

NotificationsPage::NotificationsPage(WizardDraft *draft, QWidget *parent)
    : WizardPage(parent)
    , m_draft(draft)
    , m_notifications(new NotificationSettingsWidget(this))
{
    setTitle(tr("Who hears about problems"));
    setSubTitle(tr("A failed or held sync, or no delivery for several school days, can reach "
                   "someone by email or a webhook. Send a test before you finish."));
    auto *area = new QScrollArea(this);
    area->setWidget(m_notifications);
    area->setWidgetResizable(true);
    area->setFrameShape(QFrame::NoFrame);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(area);
    connect(m_notifications, &NotificationSettingsWidget::changed, this,
            &NotificationsPage::completeChanged);
}

void NotificationsPage::initializePage()
{
    if (m_loaded)
        return;
    m_loaded = true;
    m_notifications->load(m_draft->profile);
    m_notifications->setSmtpPassword(m_draft->secrets.value(SecretName::SmtpPassword));
}

QString NotificationsPage::missingInput() const
{
    return m_notifications->missingInput();
}

bool NotificationsPage::validatePage()
{
    m_notifications->save(&m_draft->profile);
    m_draft->secrets.insert(SecretName::SmtpPassword, m_notifications->smtpPassword());
    return true;
}

} // namespace rb
