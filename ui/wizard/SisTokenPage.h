#pragma once

#include "wizard/WizardDraft.h"

#include "wizard/WizardPage.h"

namespace rb {

class SisTokenWidget;

// "Other" SIS, page 2 of 3: the token request (OAuth 2 only).
class SisTokenPage : public WizardPage
{
    Q_OBJECT
public:
    SisTokenPage(WizardDraft *draft, QWidget *parent = nullptr);

    void initializePage() override;
    QString missingInput() const override;
    bool validatePage() override;
    SisTokenWidget *widget() const { return m_widget; }

private:
    WizardDraft *m_draft;
    SisTokenWidget *m_widget;
    bool m_loaded = false;
};

} // namespace rb
