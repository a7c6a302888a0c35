#pragma once

#include "wizard/AsyncCheckPage.h"
#include "wizard/WizardDraft.h"

namespace rb {

class CsvSourceWidget;

// OneRoster CSV files: where the exports are. Next opens the export (downloading it from SFTP
// first) and shows its version and counts; an SFTP server's host key must be confirmed.
class CsvPage : public AsyncCheckPage
{
    Q_OBJECT
public:
    CsvPage(WizardDraft *draft, QWidget *parent = nullptr);

    bool validatePage() override;
    CsvSourceWidget *sourceWidget() const { return m_widget; }

protected:
    void startCheck() override;
    QString missingFields() const override;
    bool readyToLeave() const override;

private:
    void commit();

    WizardDraft *m_draft;
    CsvSourceWidget *m_widget;
};

} // namespace rb
