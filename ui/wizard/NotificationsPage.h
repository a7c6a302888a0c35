#pragma once

#include "wizard/WizardDraft.h"

#include "wizard/WizardPage.h"

namespace rb {

class NotificationSettingsWidget;

// Who hears about a failed or held run, or a profile that stopped delivering, with a test for
// each channel before the profile is saved.
class NotificationsPage : public WizardPage
{
    Q_OBJECT
public:
    NotificationsPage(WizardDraft *draft, QWidget *parent = nullptr);

    void initializePage() override;
    QString missingInput() const override;
    bool validatePage() override;

    NotificationSettingsWidget *widget() const { return m_notifications; }

private:
    WizardDraft *m_draft;
    NotificationSettingsWidget *m_notifications;
    bool m_loaded = false;
};

} // namespace rb
