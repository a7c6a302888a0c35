#pragma once

#include "wizard/WizardDraft.h"

#include <QWizardPage>

namespace rb {

class SisTokenWidget;

// "Other" SIS, page 2 of 3: the token request (OAuth 2 only).
class SisTokenPage : public QWizardPage
{
    Q_OBJECT
public:
    SisTokenPage(WizardDraft *draft, QWidget *parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;
    SisTokenWidget *widget() const { return m_widget; }

private:
    WizardDraft *m_draft;
    SisTokenWidget *m_widget;
    bool m_loaded = false;
};

} // namespace rb
