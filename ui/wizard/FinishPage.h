#pragma once

#include "wizard/AsyncCheckPage.h"
#include "wizard/WizardDraft.h"

#include <QUuid>

class QCheckBox;
class QLabel;
class QLineEdit;
class QProgressBar;

namespace rb {

class ProfileSaver;

// The summary, the profile's name and the last two choices. Finish stores the secrets and the
// profile (asynchronously) and stays here with the keychain's message when that fails.
class FinishPage : public AsyncCheckPage
{
    Q_OBJECT
public:
    FinishPage(WizardDraft *draft, ProfileSaver *saver, QWidget *parent = nullptr);

    void initializePage() override;
    bool dryRunRequested() const;

Q_SIGNALS:
    void profileSaved(const QUuid &id, bool runDryRunNow);

protected:
    void startCheck() override;
    QString missingFields() const override;
    void advance() override;

private:
    QString suggestedName() const;

    WizardDraft *m_draft;
    ProfileSaver *m_saver;
    QLabel *m_summary;
    QLineEdit *m_name;
    QCheckBox *m_saveExchanges;
    QCheckBox *m_dryRun;
    QProgressBar *m_busy;
    QLabel *m_status;
};

} // namespace rb
