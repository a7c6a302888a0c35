#include "wizard/AccountsPage.h"

#include "profile/AccountSettingsWidget.h"

#include <QScrollArea>
#include <QVBoxLayout>

namespace rb {

AccountsPage::AccountsPage(WizardDraft *draft, QWidget *parent)
    : WizardPage(parent)
    , m_draft(draft)
    , m_accounts(new AccountSettingsWidget)
{
    setTitle(tr("Managed Apple Accounts"));
    setSubTitle(tr("Match your district's account format in Apple School Manager, so that "
                   "every upload has what it needs."));
    auto *area = new QScrollArea(this);
    area->setWidget(m_accounts);
    area->setWidgetResizable(true);
    area->setFrameShape(QFrame::NoFrame);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(area);
    connect(m_accounts, &AccountSettingsWidget::changed, this, &AccountsPage::completeChanged);
}

void AccountsPage::initializePage()
{
    if (m_loaded)
        return;
    m_loaded = true;
    m_accounts->load(m_draft->profile);
    m_accounts->setPseudonymKey(m_draft->secrets.value(SecretName::PseudonymKey));
}

QString AccountsPage::missingInput() const
{
    return m_accounts->missingInput();
}

bool AccountsPage::validatePage()
{
    m_accounts->save(&m_draft->profile);
    m_draft->secrets.insert(SecretName::PseudonymKey, m_accounts->pseudonymKey());
    return true;
}

} // namespace rb
