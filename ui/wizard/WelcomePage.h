#pragma once

#include "wizard/AsyncCheckPage.h"
#include "wizard/WizardDraft.h"

#include <QPointer>

class QLabel;
class QProgressBar;
class QRadioButton;

namespace rb {

class BackgroundJob;

// Where the data comes from: the SIS's OneRoster API, CSV files, or a sample district that
// needs no outside account (generated when Next is pressed; the wizard then goes to Finish).
class WelcomePage : public AsyncCheckPage
{
    Q_OBJECT
public:
    WelcomePage(WizardDraft *draft, QString dataFolder, QWidget *parent = nullptr);
    ~WelcomePage() override;

    SetupFlow flow() const;
    bool validatePage() override;

protected:
    void startCheck() override;
    bool needsCheck() const override;

private:
    void sampleReady(const QString &folder);

    WizardDraft *m_draft;
    QString m_dataFolder;
    QRadioButton *m_rest;
    QRadioButton *m_csv;
    QRadioButton *m_sample;
    QProgressBar *m_busy;
    QLabel *m_status;
    QPointer<BackgroundJob> m_task;
};

} // namespace rb
