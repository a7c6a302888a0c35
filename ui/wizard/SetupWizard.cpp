#include "wizard/SetupWizard.h"

#include "profile/ProfileSaver.h"
#include "wizard/AccountsPage.h"
#include "wizard/AsmPage.h"
#include "wizard/CsvPage.h"
#include "wizard/FiltersPage.h"
#include "wizard/FinishPage.h"
#include "wizard/NotificationsPage.h"
#include "wizard/SchedulePage.h"
#include "wizard/SisCredentialsPage.h"
#include "wizard/SisPage.h"
#include "wizard/SisRefreshPage.h"
#include "wizard/SisTokenPage.h"
#include "wizard/WelcomePage.h"
#include "wizard/WizardLog.h"

#include <QMessageBox>

namespace rb {

Q_LOGGING_CATEGORY(lcWizard, "rosterbridge.ui.wizard", QtInfoMsg)

SetupWizard::SetupWizard(const WizardEnvironment &env, QWidget *parent)
    : QWizard(parent)
    , m_env(env)
    , m_draft(std::make_unique<WizardDraft>())
    , m_saver(new ProfileSaver(env.secrets, env.profilesFolder, this))
    , m_confirm(&SetupWizard::askWithMessageBox)
{
    setWindowTitle(tr("Set up RosterBridge"));
    setOption(QWizard::NoBackButtonOnStartPage);
    setOption(QWizard::HaveHelpButton, false);
    setMinimumSize(760, 600);

    WizardDraft *draft = m_draft.get();
    m_welcome = new WelcomePage(draft, env.dataFolder, this);
    setPage(int(WizardPageId::Welcome), m_welcome);
    m_sis = new SisPage(draft, this);
    setPage(int(WizardPageId::Sis), m_sis);
    m_credentials = new SisCredentialsPage(draft, this);
    setPage(int(WizardPageId::SisCredentials), m_credentials);
    setPage(int(WizardPageId::SisToken), new SisTokenPage(draft, this));
    setPage(int(WizardPageId::SisRefresh), new SisRefreshPage(draft, this));
    setPage(int(WizardPageId::Csv), new CsvPage(draft, this));
    setPage(int(WizardPageId::Asm), new AsmPage(draft, this));
    setPage(int(WizardPageId::Filters), new FiltersPage(draft, this));
    setPage(int(WizardPageId::Accounts), new AccountsPage(draft, this));
    setPage(int(WizardPageId::Schedule), new SchedulePage(draft, this));
    setPage(int(WizardPageId::Notifications), new NotificationsPage(draft, this));
    auto *finish = new FinishPage(draft, m_saver, this);
    setPage(int(WizardPageId::Finish), finish);
    setStartId(int(WizardPageId::Welcome));

    connect(finish, &FinishPage::profileSaved, this, [this](const QUuid &id, bool dryRun) {
        m_created = true;
        Q_EMIT profileCreated(id, dryRun);
    });
}

SetupWizard::~SetupWizard() = default;

int SetupWizard::nextId() const
{
    WizardPageId next = WizardPageId::Finish;
    switch (WizardPageId(currentId())) {
    case WizardPageId::Welcome:
        switch (m_welcome->flow()) {
        case SetupFlow::Sample:
            next = WizardPageId::Finish;
            break;
        case SetupFlow::Csv:
            next = WizardPageId::Csv;
            break;
        case SetupFlow::Rest:
            next = WizardPageId::Sis;
            break;
        }
        break;
    case WizardPageId::Sis:
        next = m_sis->isOther() ? WizardPageId::SisCredentials : WizardPageId::Asm;
        break;
    case WizardPageId::SisCredentials:
        // Only OAuth 2 asks for a token.
        next = m_credentials->authType() == RestAuthType::OAuth2 ? WizardPageId::SisToken
                                                                 : WizardPageId::SisRefresh;
        break;
    case WizardPageId::SisToken:
        next = WizardPageId::SisRefresh;
        break;
    case WizardPageId::SisRefresh:
    case WizardPageId::Csv:
        next = WizardPageId::Asm;
        break;
    case WizardPageId::Asm:
        next = WizardPageId::Filters;
        break;
    case WizardPageId::Filters:
        next = WizardPageId::Accounts;
        break;
    case WizardPageId::Accounts:
        next = WizardPageId::Schedule;
        break;
    case WizardPageId::Schedule:
        next = WizardPageId::Notifications;
        break;
    case WizardPageId::Notifications:
        next = WizardPageId::Finish;
        break;
    case WizardPageId::Finish:
        return -1;
    }
    return int(next);
}

void SetupWizard::reject()
{
    if (m_created) {
        QWizard::reject();
        return;
    }
    if (m_asking)
        return;
    m_asking = true;
    m_confirm(this, tr("Stop setting up? Nothing you entered is saved."), [this](bool yes) {
        m_asking = false;
        if (yes)
            QWizard::reject();
    });
}

void SetupWizard::askWithMessageBox(QWidget *parent, const QString &question,
                                    std::function<void(bool)> answer)
{
    auto *box = new QMessageBox(QMessageBox::Question, tr("Set up RosterBridge"), question,
                                QMessageBox::Yes | QMessageBox::No, parent);
    box->setDefaultButton(QMessageBox::No);
    box->setAttribute(Qt::WA_DeleteOnClose);
    // open(), not exec(): no nested event loop.
    connect(box, &QMessageBox::finished, parent,
            [answer = std::move(answer)](int result) { answer(result == QMessageBox::Yes); });
    box->open();
}

} // namespace rb
