#pragma once

#include "wizard/WizardDraft.h"
#include "wizard/WizardEnvironment.h"
#include "wizard/WizardPageId.h"

#include <QUuid>
#include <QWizard>

#include <functional>
#include <memory>

namespace rb {

class AccountsPage;
class AsmPage;
class CsvPage;
class FiltersPage;
class FinishPage;
class ProfileSaver;
class SchedulePage;
class SisPage;
class SisCredentialsPage;
class SisRefreshPage;
class SisTokenPage;
class WelcomePage;
class WizardSideBar;

// The first-run setup: where the roster comes from (the SIS's OneRoster API, CSV files or a
// sample district), where the upload goes, what to send and when. Every remote check runs
// asynchronously; Next waits for it with the button disabled. Finish stores the secrets in the
// keychain and the profile on disk, then emits profileCreated().
class SetupWizard : public QWizard
{
    Q_OBJECT
public:
    // Asks the admin a yes/no question and calls `answer` later (tests answer at once).
    using Confirm =
        std::function<void(QWidget *parent, const QString &question, std::function<void(bool)>)>;

    explicit SetupWizard(const WizardEnvironment &env, QWidget *parent = nullptr);
    ~SetupWizard() override;

    int nextId() const override;
    // Asks for confirmation first (through the Confirm seam).
    void reject() override;
    void setConfirm(Confirm confirm) { m_confirm = std::move(confirm); }

    const WizardDraft &draft() const { return *m_draft; }
    QWizardPage *pageFor(WizardPageId id) const { return page(int(id)); }
    WizardSideBar *sideBar() const { return m_sideBar; }
    // The steps of the way through the current choices, by name.
    QStringList stepNames() const;

Q_SIGNALS:
    void profileCreated(const QUuid &id, bool runDryRunNow);

private:
    static void askWithMessageBox(QWidget *parent, const QString &question,
                                  std::function<void(bool)> answer);
    // The page after `page` for the choices made so far; Finish after the last.
    WizardPageId nextAfter(WizardPageId page) const;
    QList<WizardPageId> path() const;
    static QString stepName(WizardPageId page);
    void updateSideBar();

    WizardEnvironment m_env;
    std::unique_ptr<WizardDraft> m_draft;
    ProfileSaver *m_saver;
    WelcomePage *m_welcome;
    SisPage *m_sis;
    SisCredentialsPage *m_credentials;
    WizardSideBar *m_sideBar;
    Confirm m_confirm;
    bool m_asking = false;
    bool m_created = false;
};

} // namespace rb
