#include "wizard/SisCredentialsPage.h"

#include "profile/SisCredentialsWidget.h"

#include <QVBoxLayout>

namespace rb {

SisCredentialsPage::SisCredentialsPage(WizardDraft *draft, QWidget *parent)
    : WizardPage(parent)
    , m_draft(draft)
{
    setTitle(tr("Other SIS: credentials"));
    setSubTitle(tr("How RosterBridge signs in to your SIS. Your SIS vendor's OneRoster "
                   "documentation has these values; the defaults suit most servers."));
    m_widget = new SisCredentialsWidget(this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_widget);
    layout->addStretch();
    // The sign-in decides whether a token page follows.
    connect(m_widget, &SisCredentialsWidget::changed, this, &QWizardPage::completeChanged);
}

void SisCredentialsPage::initializePage()
{
    // Load once: coming back keeps what the admin typed.
    if (m_loaded)
        return;
    m_loaded = true;
    m_widget->load(m_draft->profile);
    m_widget->setSisName(m_draft->sisName);
}

bool SisCredentialsPage::validatePage()
{
    m_widget->save(&m_draft->profile);
    m_draft->sisName = m_widget->sisName();
    return true;
}

RestAuthType SisCredentialsPage::authType() const
{
    return m_widget->authType();
}

} // namespace rb
