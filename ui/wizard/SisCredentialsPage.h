#pragma once

#include "wizard/WizardDraft.h"

#include "wizard/WizardPage.h"

namespace rb {

class SisCredentialsWidget;

// "Other" SIS, page 1 of 3: the SIS's name and how requests are authenticated.
class SisCredentialsPage : public WizardPage
{
    Q_OBJECT
public:
    SisCredentialsPage(WizardDraft *draft, QWidget *parent = nullptr);

    void initializePage() override;
    bool validatePage() override;
    RestAuthType authType() const;
    SisCredentialsWidget *widget() const { return m_widget; }

private:
    WizardDraft *m_draft;
    SisCredentialsWidget *m_widget;
    bool m_loaded = false;
};

} // namespace rb
