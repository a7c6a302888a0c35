#pragma once

#include "wizard/WizardDraft.h"

#include "wizard/WizardPage.h"

namespace rb {

class AccountSettingsWidget;

// What the district's Managed Apple Account format needs, where people's fields come from,
// and whether students' names are pseudonymized.
class AccountsPage : public WizardPage
{
    Q_OBJECT
public:
    AccountsPage(WizardDraft *draft, QWidget *parent = nullptr);

    void initializePage() override;
    QString missingInput() const override;
    bool validatePage() override;

    AccountSettingsWidget *accountWidget() const { return m_accounts; }

private:
    WizardDraft *m_draft;
    AccountSettingsWidget *m_accounts;
    bool m_loaded = false;
};

} // namespace rb
