#pragma once

#include "wizard/AsyncCheckPage.h"
#include "wizard/WizardDraft.h"

class QLabel;

namespace rb {

class RestTestPanel;
class SisConnectionWidget;

// The SIS's OneRoster API. For a known vendor, Next runs the connection test and goes on once
// it passes; "Other" goes on to its Credentials, Token and Refresh Token pages first.
class SisPage : public AsyncCheckPage
{
    Q_OBJECT
public:
    SisPage(WizardDraft *draft, QWidget *parent = nullptr);

    bool validatePage() override;
    bool isOther() const;
    SisConnectionWidget *connectionWidget() const { return m_widget; }
    RestTestPanel *testPanel() const { return m_test; }

protected:
    void startCheck() override;
    QString missingFields() const override;
    bool needsCheck() const override;

private:
    void commit();

    WizardDraft *m_draft;
    SisConnectionWidget *m_widget;
    RestTestPanel *m_test;
    QLabel *m_otherNote;
};

} // namespace rb
