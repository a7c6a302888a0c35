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
#include "wizard/WizardPage.h"
#include "wizard/WizardSideBar.h"

#include <QMessageBox>

namespace rb {

Q_LOGGING_CATEGORY(lcWizard, "rosterbridge.ui.wizard", QtInfoMsg)

SetupWizard::SetupWizard(const WizardEnvironment &env, QWidget *parent)
    : QWizard(parent)
    , m_env(env)
    , m_draft(std::make_unique<WizardDraft>())
    , m_saver(new ProfileSaver(env.secrets, env.profilesFolder, this))
    , m_sideBar(new WizardSideBar(this))
    , m_confirm(&SetupWizard::askWithMessageBox)
{
    setWindowTitle(tr("Set up RosterBridge"));
    setOption(QWizard::NoBackButtonOnStartPage);
    setOption(QWizard::HaveHelpButton, false);
    setMinimumSize(940, 600);
    setSideWidget(m_sideBar);

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
    // The way through changes with the choices (CSV or API, which SIS, which sign-in), and
    // what Next needs with every field.
    for (int id : pageIds())
        connect(page(id), &QWizardPage::completeChanged, this, &SetupWizard::updateSideBar);
    connect(this, &QWizard::currentIdChanged, this, &SetupWizard::updateSideBar);
    updateSideBar();
}

SetupWizard::~SetupWizard() = default;

int SetupWizard::nextId() const
{
    if (WizardPageId(currentId()) == WizardPageId::Finish)
        return -1;
    return int(nextAfter(WizardPageId(currentId())));
}

QList<WizardPageId> SetupWizard::path() const
{
    QList<WizardPageId> pages{WizardPageId::Welcome};
    while (pages.last() != WizardPageId::Finish && pages.size() <= int(WizardPageId::Finish))
        pages.append(nextAfter(pages.last()));
    return pages;
}

QStringList SetupWizard::stepNames() const
{
    QStringList names;
    for (WizardPageId id : path())
        names << stepName(id);
    return names;
}

QString SetupWizard::stepName(WizardPageId page)
{
    switch (page) {
    case WizardPageId::Welcome:
        return tr("Start");
    case WizardPageId::Sis:
        return tr("SIS");
    case WizardPageId::SisCredentials:
        return tr("Sign-in");
    case WizardPageId::SisToken:
        return tr("Token");
    case WizardPageId::SisRefresh:
        return tr("Requests");
    case WizardPageId::Csv:
        return tr("CSV files");
    case WizardPageId::Asm:
        return tr("Apple School Manager");
    case WizardPageId::Filters:
        return tr("What to send");
    case WizardPageId::Accounts:
        return tr("Accounts");
    case WizardPageId::Schedule:
        return tr("Schedule");
    case WizardPageId::Notifications:
        return tr("Notifications");
    case WizardPageId::Finish:
        break;
    }
    return tr("Ready");
}

void SetupWizard::updateSideBar()
{
    const QList<WizardPageId> pages = path();
    m_sideBar->setSteps(stepNames(), int(pages.indexOf(WizardPageId(currentId()))));
    const auto *current = qobject_cast<const WizardPage *>(currentPage());
    m_sideBar->setMissing(current ? current->missingInput() : QString());
}

WizardPageId SetupWizard::nextAfter(WizardPageId page) const
{
    WizardPageId next = WizardPageId::Finish;
    switch (page) {
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
    case WizardPageId::Finish:
        next = WizardPageId::Finish;
        break;
    }
    return next;
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
