#pragma once

#include "wizard/AsyncCheckPage.h"
#include "wizard/WizardDraft.h"

namespace rb {

class RestTestPanel;
class SisRefreshWidget;

// "Other" SIS, page 3 of 3: request and refresh-token settings, then the connection test,
// which Next runs and waits for.
class SisRefreshPage : public AsyncCheckPage
{
    Q_OBJECT
public:
    SisRefreshPage(WizardDraft *draft, QWidget *parent = nullptr);

    void initializePage() override;
    bool validatePage() override;
    SisRefreshWidget *widget() const { return m_widget; }
    RestTestPanel *testPanel() const { return m_test; }

protected:
    void startCheck() override;

private:
    void commit();

    WizardDraft *m_draft;
    SisRefreshWidget *m_widget;
    RestTestPanel *m_test;
    bool m_loaded = false;
};

} // namespace rb
