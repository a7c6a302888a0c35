#include "wizard/SisTokenPage.h"

#include "profile/SisTokenWidget.h"

#include <QVBoxLayout>

namespace rb {

SisTokenPage::SisTokenPage(WizardDraft *draft, QWidget *parent)
    : WizardPage(parent)
    , m_draft(draft)
{
    setTitle(tr("Other SIS: token"));
    setSubTitle(tr("Where and how RosterBridge asks your SIS for an access token."));
    m_widget = new SisTokenWidget(this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_widget);
    layout->addStretch();
    connect(m_widget, &SisTokenWidget::changed, this, &QWizardPage::completeChanged);
}

void SisTokenPage::initializePage()
{
    if (m_loaded)
        return;
    m_loaded = true;
    m_widget->load(m_draft->profile);
}

QString SisTokenPage::missingInput() const
{
    return m_widget->missingInput();
}

bool SisTokenPage::validatePage()
{
    m_widget->save(&m_draft->profile);
    return true;
}

} // namespace rb
