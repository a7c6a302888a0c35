#pragma once

#include "wizard/AsyncCheckPage.h"
#include "wizard/WizardDraft.h"

namespace rb {

class DestinationWidget;

// Where the zip goes. For Apple School Manager, Next tests the SFTP login on a worker thread
// and shows the server's host key; the page is left only once the admin has confirmed it.
class AsmPage : public AsyncCheckPage
{
    Q_OBJECT
public:
    AsmPage(WizardDraft *draft, QWidget *parent = nullptr);

    bool validatePage() override;
    DestinationWidget *destinationWidget() const { return m_widget; }

protected:
    void startCheck() override;
    QString missingFields() const override;
    bool needsCheck() const override;
    bool readyToLeave() const override;

private:
    void commit();

    WizardDraft *m_draft;
    DestinationWidget *m_widget;
};

} // namespace rb
