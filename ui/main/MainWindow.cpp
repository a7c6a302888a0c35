#include "MainWindow.h"

#include "ProfileTableModel.h"
#include "ReviewLauncher.h"
#include "RunProgressWidget.h"
#include "SecretPromptDialog.h"
#include "StartAtLogin.h"
#include "StatusTracker.h"
#include "history/HistoryPanel.h"
#include "pipeline/RunControl.h"
#include "pipeline/RunHost.h"
#include "preview/PreviewDialog.h"
#include "schedule/Scheduler.h"
#include "settings/PreferencesDialog.h"
#include "settings/ProfileSettingsDialog.h"
#include "settings/ServicePanel.h"
#include "store/SecretStore.h"
#include "wizard/SetupWizard.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>

namespace rb {

MainWindow::MainWindow(RunHost *host, Scheduler *scheduler, StatusTracker *tracker, QWidget *parent)
    : QMainWindow(parent)
    , m_host(host)
    , m_scheduler(scheduler)
    , m_tracker(tracker)
    , m_model(new ProfileTableModel(tracker, this))
{
    setWindowTitle(tr("RosterBridge"));
    setWindowIcon(AppStateText::icon(AppState::Idle));
    buildActions();
    buildLayout();
    connect(m_tracker, &StatusTracker::reset, this, [this] {
        updateActions();
        updateBanner();
    });
    connect(m_tracker, &StatusTracker::profileChanged, this, &MainWindow::updateActions);
    connect(m_tracker, &StatusTracker::overallChanged, this, [this](AppState state) {
        setWindowIcon(AppStateText::icon(state));
        statusBar()->showMessage(AppStateText::describe(state));
    });
    connect(host->control(), &RunControl::runFinished, this, &MainWindow::onRunFinished);
    connect(host->control(), &RunControl::connectionChanged, this, [this] {
        updateBanner();
        updateServiceLabel();
    });
    connect(host->secrets(), &SecretStore::availabilityChanged, this, &MainWindow::updateBanner);
    // Elapsed times and estimates move on even when no signal arrives.
    auto *tick = new QTimer(this);
    connect(tick, &QTimer::timeout, this, &MainWindow::updateActions);
    tick->start(1000);
    statusBar()->showMessage(AppStateText::describe(m_tracker->overall()));
    m_serviceLabel = new QLabel(this);
    m_serviceLabel->setObjectName(QStringLiteral("serviceState"));
    statusBar()->addPermanentWidget(m_serviceLabel);
    updateServiceLabel();
    updateActions();
    updateBanner();
    resize(980, 620);
}

MainWindow::~MainWindow() = default;

void MainWindow::buildActions()
{
    const auto add = [this](const QString &name, const QString &text, const QKeySequence &key,
                            QStyle::StandardPixmap icon, const std::function<void()> &slot) {
        auto *a = new QAction(style()->standardIcon(icon), text, this);
        a->setObjectName(name);
        a->setShortcut(key);
        connect(a, &QAction::triggered, this, slot);
        return a;
    };
    Actions &a = m_actions;
    a.newProfile = add(QStringLiteral("new"), tr("&New profile…"), QKeySequence::New,
                       QStyle::SP_FileDialogNewFolder, [this] { newProfile(); });
    a.run = add(QStringLiteral("run"), tr("&Run now"), QKeySequence(Qt::CTRL | Qt::Key_R),
                QStyle::SP_MediaPlay, [this] { runNow(selectedProfile()); });
    a.preview =
        add(QStringLiteral("preview"), tr("&Preview (dry run)"), QKeySequence(Qt::CTRL | Qt::Key_P),
            QStyle::SP_FileDialogContentsView, [this] { preview(selectedProfile()); });
    a.edit = add(QStringLiteral("edit"), tr("&Edit settings…"), QKeySequence(Qt::CTRL | Qt::Key_E),
                 QStyle::SP_FileDialogDetailedView, [this] { editProfile(selectedProfile()); });
    a.review = add(QStringLiteral("review"), tr("Re&view package…"), {},
                   QStyle::SP_MessageBoxWarning, [this] { review(selectedProfile()); });
    a.pause = add(QStringLiteral("pause"), tr("P&ause schedule"), {}, QStyle::SP_MediaPause,
                  [this] { togglePause(selectedProfile()); });
    a.resend = add(QStringLiteral("resend"), tr("Re-&send last zip…"), {}, QStyle::SP_BrowserReload,
                   [this] { resendLast(selectedProfile()); });
    a.duplicate = add(QStringLiteral("duplicate"), tr("D&uplicate"), {}, QStyle::SP_FileLinkIcon,
                      [this] { duplicateProfile(selectedProfile()); });
    a.remove = add(QStringLiteral("delete"), tr("&Delete…"), QKeySequence::Delete,
                   QStyle::SP_TrashIcon, [this] { deleteProfile(selectedProfile()); });
    auto *startAtLogin = new QAction(tr("Start RosterBridge when I &log in"), this);
    startAtLogin->setObjectName(QStringLiteral("startAtLogin"));
    startAtLogin->setCheckable(true);
    startAtLogin->setChecked(StartAtLogin().isEnabled());
    connect(startAtLogin, &QAction::toggled, this, [this, startAtLogin](bool on) {
        if (const Result<void> set =
                StartAtLogin().setEnabled(on, QCoreApplication::applicationFilePath());
            !set) {
            const QSignalBlocker block(startAtLogin);
            startAtLogin->setChecked(!on);
            tell(tr("Start at login"), set.error());
        }
    });
    a.startAtLogin = startAtLogin;
    auto *preferences = new QAction(tr("&Preferences…"), this);
    preferences->setObjectName(QStringLiteral("preferences"));
    preferences->setMenuRole(QAction::PreferencesRole);
    preferences->setShortcut(QKeySequence::Preferences);
    connect(preferences, &QAction::triggered, this, &MainWindow::openPreferences);
    a.preferences = preferences;
    auto *quit = a.quit = new QAction(tr("&Quit"), this);
    quit->setShortcut(QKeySequence::Quit);
    connect(quit, &QAction::triggered, qApp, &QCoreApplication::quit);

    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(a.newProfile);
    file->addSeparator();
    file->addAction(quit);
    QMenu *profile = menuBar()->addMenu(tr("&Profile"));
    profile->addActions(a.forProfile());
    QMenu *settings = menuBar()->addMenu(tr("&Settings"));
    settings->addAction(startAtLogin);
    settings->addSeparator();
    settings->addAction(preferences);

    auto *bar = addToolBar(tr("Profile"));
    bar->setObjectName(QStringLiteral("profileToolBar"));
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    bar->addActions({a.newProfile, a.run, a.preview, a.review, a.pause, a.edit});
}

void MainWindow::buildLayout()
{
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);

    m_banner = new QFrame(central);
    m_banner->setFrameShape(QFrame::StyledPanel);
    m_banner->setStyleSheet(QStringLiteral("QFrame { background: palette(alternate-base); }"));
    auto *bannerLayout = new QHBoxLayout(m_banner);
    bannerLayout->addWidget(new QLabel(m_banner));
    m_bannerText = new QLabel(m_banner);
    m_bannerText->setWordWrap(true);
    bannerLayout->addWidget(m_bannerText, 1);
    layout->addWidget(m_banner);

    m_tabs = new QTabWidget(central);
    auto *profiles = new QWidget(m_tabs);
    auto *profilesLayout = new QVBoxLayout(profiles);
    m_view = new QTableView(profiles);
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(ProfileTableModel::State,
                                                     QHeaderView::Stretch);
    for (int column : {ProfileTableModel::Name, ProfileTableModel::LastDelivered,
                       ProfileTableModel::LastRun, ProfileTableModel::NextRun})
        m_view->horizontalHeader()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    // The state is what the admin looks for; a long schedule gives way to it (and can be
    // widened by hand).
    m_view->horizontalHeader()->setSectionResizeMode(ProfileTableModel::Schedule,
                                                     QHeaderView::Interactive);
    m_view->horizontalHeader()->resizeSection(ProfileTableModel::Schedule, 240);
    m_view->horizontalHeader()->setStretchLastSection(false);
    m_view->setWordWrap(false);
    m_view->setAccessibleName(tr("Profiles"));
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_view->addActions(m_actions.forProfile());
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &MainWindow::updateActions);
    // A reset (profiles re-read) keeps the selection on the same profile.
    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this,
            [this] { m_keptSelection = selectedProfile(); });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        selectProfile(m_keptSelection);
        if (selectedProfile().isEmpty() && m_model->rowCount() > 0)
            m_view->selectRow(0);
    });
    connect(m_view, &QTableView::doubleClicked, this, [this] { review(selectedProfile()); });
    profilesLayout->addWidget(m_view, 1);

    m_review = new QFrame(profiles);
    m_review->setFrameShape(QFrame::StyledPanel);
    auto *reviewLayout = new QHBoxLayout(m_review);
    m_reviewText = new QLabel(m_review);
    m_reviewText->setWordWrap(true);
    reviewLayout->addWidget(m_reviewText, 1);
    auto *reviewButton = new QPushButton(tr("Review…"), m_review);
    reviewButton->setAccessibleName(tr("Review the package waiting for approval"));
    // What the box says: the blocked package when that is the news, else the one waiting.
    connect(reviewButton, &QPushButton::clicked, this, [this] {
        const QString id = selectedProfile();
        const int row = m_tracker->indexOf(id);
        if (row >= 0 && m_tracker->profiles().at(row).blockedIsLatest())
            reviewPackage(id, ReviewPackage::Slot::Blocked);
        else
            review(id);
    });
    reviewLayout->addWidget(reviewButton);
    profilesLayout->addWidget(m_review);

    m_progress = new RunProgressWidget(profiles);
    connect(m_progress, &RunProgressWidget::cancelRequested, this,
            [this](const QString &id) { m_host->control()->cancel(id); });
    profilesLayout->addWidget(m_progress);
    m_detail = new QLabel(profiles);
    m_detail->setWordWrap(true);
    m_detail->setTextInteractionFlags(Qt::TextSelectableByMouse);
    profilesLayout->addWidget(m_detail);
    m_tabs->addTab(profiles, tr("P&rofiles"));

    m_history = new HistoryPanel(m_host->history(), m_host->paths().profilesFolder, m_tabs);
    m_tabs->addTab(m_history, tr("&History"));
    layout->addWidget(m_tabs, 1);
    setCentralWidget(central);
    if (m_model->rowCount() > 0)
        m_view->selectRow(0);
}

QString MainWindow::selectedProfile() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    return rows.isEmpty() ? QString() : rows.first().data(ProfileTableModel::IdRole).toString();
}

void MainWindow::selectProfile(const QString &profileId)
{
    const int row = m_tracker->indexOf(profileId);
    if (row >= 0)
        m_view->selectRow(row);
}

void MainWindow::updateActions()
{
    const QString id = selectedProfile();
    const int row = m_tracker->indexOf(id);
    const bool has = row >= 0;
    const ProfileStatus status = has ? m_tracker->profiles().at(row) : ProfileStatus{};
    const bool busy = status.running || status.queued;
    for (QAction *a : {m_actions.run, m_actions.preview, m_actions.resend, m_actions.duplicate,
                       m_actions.edit, m_actions.remove})
        a->setEnabled(has && !busy);
    m_actions.review->setEnabled(has && (status.reviewWaiting || status.blocked));
    QAction *pause = m_actions.pause;
    pause->setEnabled(has && status.hasSchedule);
    pause->setText(status.paused ? tr("Resume sched&ule") : tr("P&ause schedule"));
    m_progress->setVisible(busy);
    if (busy)
        m_progress->show(status);
    m_review->setVisible(has && (status.reviewWaiting || status.blockedIsLatest()) && !busy);
    if (status.blockedIsLatest())
        m_reviewText->setText(
            tr("<b>Blocked: %n problem(s) with Apple's rules.</b> Nothing was sent. Fix them, "
               "then run again.",
               nullptr, int(status.blockedProblems)));
    else if (status.reviewWaiting)
        m_reviewText->setText(status.reviewReason == QStringLiteral("held")
                                  ? tr("<b>Held for review.</b> Nothing was sent to Apple School "
                                       "Manager. Look at the changes, then upload or discard.")
                                  : tr("<b>A dry run is ready.</b> Look at what would be sent; "
                                       "you can upload exactly this package."));
    m_detail->setText(
        has ? tr("%1 · %2 · %3").arg(status.route, status.scheduleText, status.stateText())
            : (m_tracker->profiles().isEmpty()
                   ? tr("No profile yet. Click “New profile…” to connect your SIS "
                        "to Apple School Manager, or to try a sample district.")
                   : QString()));
}

void MainWindow::updateServiceLabel()
{
    RunControl *control = m_host->control();
    m_serviceLabel->setVisible(control->isRemote());
    m_serviceLabel->setText(control->isConnected() ? tr("Runs in the service")
                                                   : tr("Service not reachable"));
    m_serviceLabel->setToolTip(
        tr("The RosterBridge service runs these profiles, also when nobody is logged in. This "
           "window shows its runs; Run now, Preview, Approve and Pause go to it."));
}

void MainWindow::updateBanner()
{
    QStringList problems;
    // The service runs with its own secrets; here the keychain only serves the settings.
    if (!m_host->control()->isRemote() &&
        m_host->secrets()->availability() == SecretStore::Availability::Unavailable)
        problems << tr("<b>No keychain is available.</b> %1 Secrets cannot be saved; runs you "
                       "start here ask for them, and scheduled runs cannot run.")
                        .arg(m_host->secrets()->unavailableReason().toHtmlEscaped());
    for (const QString &file : m_tracker->unreadableFiles())
        problems << tr("The profile file %1 could not be read; it was left as it is.")
                        .arg(file.toHtmlEscaped());
    if (m_host->control()->isRemote() && !m_host->control()->isConnected())
        problems << tr("<b>The RosterBridge service cannot be reached.</b> Nothing runs until it "
                       "is started again (Settings → Preferences…); or quit RosterBridge and "
                       "open it again to run the profiles here.");
    m_bannerText->setText(problems.join(QStringLiteral("<br>")));
    m_banner->setVisible(!problems.isEmpty());
}

void MainWindow::trigger(const QString &profileId, RunCoordinator::Options options)
{
    if (profileId.isEmpty())
        return;
    // The service runs with the secrets it was given when it was installed.
    if (m_host->control()->isRemote() ||
        m_host->secrets()->availability() != SecretStore::Availability::Unavailable) {
        m_host->control()->trigger(profileId, RunTrigger::Manual, options);
        return;
    }
    // No keychain: ask for this run's secrets.
    Findings findings;
    const auto profile = m_host->profiles().load(QUuid::fromString(profileId), &findings);
    if (!profile)
        return;
    auto *prompt = new SecretPromptDialog(profile->name, profile->requiredSecrets(),
                                          m_host->secrets()->unavailableReason(), this);
    prompt->setAttribute(Qt::WA_DeleteOnClose);
    connect(prompt, &QDialog::accepted, this, [this, prompt, profileId, options]() mutable {
        options.secrets = prompt->secrets();
        m_host->control()->trigger(profileId, RunTrigger::Manual, options);
    });
    prompt->open();
}

void MainWindow::runNow(const QString &profileId)
{
    trigger(profileId, {});
}

void MainWindow::preview(const QString &profileId)
{
    RunCoordinator::Options options;
    options.mode = RunMode::DryRun;
    m_previewWanted.insert(profileId);
    trigger(profileId, options);
}

void MainWindow::resendLast(const QString &profileId)
{
    ask(tr("Re-send the last zip"),
        tr("Send the zip that was last delivered to Apple School Manager again? Use this when "
           "Apple's import failed on their side."),
        tr("Re-send"), [this, profileId] {
            RunCoordinator::Options options;
            options.mode = RunMode::ResendLast;
            trigger(profileId, options);
        });
}

void MainWindow::showRunHistory(qint64 runId)
{
    showAndRaise();
    m_tabs->setCurrentWidget(m_history);
    m_history->showRun(runId);
}

void MainWindow::review(const QString &profileId)
{
    const int row = m_tracker->indexOf(profileId);
    if (row < 0)
        return;
    // The package that waits for a decision first; a blocked one only shows its problems.
    const ProfileStatus &status = m_tracker->profiles().at(row);
    if (status.reviewWaiting)
        reviewPackage(profileId, ReviewPackage::Slot::Review);
    else if (status.blocked)
        reviewPackage(profileId, ReviewPackage::Slot::Blocked);
}

void MainWindow::reviewPackage(const QString &profileId, ReviewPackage::Slot slot)
{
    const int row = m_tracker->indexOf(profileId);
    if (row < 0)
        return;
    const Result<PreviewDialog *> opened =
        ReviewLauncher::create(m_host, profileId, m_tracker->profiles().at(row).name, this, slot);
    if (!opened) {
        tell(tr("Review"), opened.error());
        return;
    }
    PreviewDialog *dialog = *opened;
    connect(dialog, &PreviewDialog::approveRequested, this,
            [this, profileId, dialog](bool keepRemovals) {
                RunCoordinator::Options options;
                options.mode = RunMode::ApproveHeld;
                options.keepRemovals = keepRemovals;
                options.approveRunId = dialog->input().runId;
                options.approveSha256 = dialog->input().sha256;
                trigger(profileId, options);
            });
    connect(dialog, &PreviewDialog::discardRequested, this, [this, profileId, slot] {
        if (const Result<void> discarded = m_host->discardReview(profileId, slot); !discarded)
            tell(tr("Discard"), discarded.error());
        m_tracker->reload();
    });
    dialog->open();
    Q_EMIT reviewOpened(dialog);
}

void MainWindow::onRunFinished(const RunResult &result)
{
    m_history->refresh();
    // A run that could not even be recorded (the service is gone) has nowhere else to show.
    if (result.runId == 0 && result.status == RunStatus::Failed &&
        result.trigger == RunTrigger::Manual && !m_previewWanted.contains(result.profileId))
        tell(tr("Run now"), result.message);
    if (result.status == RunStatus::DryRun && m_previewWanted.remove(result.profileId)) {
        m_tracker->reload();
        selectProfile(result.profileId);
        review(result.profileId);
    } else if (result.status == RunStatus::Failed && m_previewWanted.remove(result.profileId)) {
        tell(tr("Preview"), result.message);
    }
}

void MainWindow::togglePause(const QString &profileId)
{
    const int row = m_tracker->indexOf(profileId);
    if (row < 0)
        return;
    if (const Result<void> changed = m_host->profiles().setSchedulePaused(
            QUuid::fromString(profileId), !m_tracker->profiles().at(row).paused);
        !changed)
        tell(tr("Pause"), changed.error());
    m_host->control()->reloadAutomatic();
    m_tracker->reload();
}

void MainWindow::setAllPaused(bool paused)
{
    for (const ProfileStatus &s : m_tracker->profiles()) {
        // A profile that cannot be changed keeps its state; the list shows which.
        if (s.hasSchedule && s.paused != paused)
            static_cast<void>(
                m_host->profiles().setSchedulePaused(QUuid::fromString(s.id), paused));
    }
    m_host->control()->reloadAutomatic();
    m_tracker->reload();
}

void MainWindow::newProfile()
{
    WizardEnvironment env;
    env.profilesFolder = m_host->paths().profilesFolder;
    env.dataFolder = m_host->paths().dataFolder;
    env.secrets = m_host->secrets();
    auto *wizard = new SetupWizard(env, this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    connect(wizard, &SetupWizard::profileCreated, this, [this](const QUuid &id, bool runDryRunNow) {
        const QString profileId = id.toString(QUuid::WithoutBraces);
        m_host->control()->reloadAutomatic();
        m_tracker->reload();
        selectProfile(profileId);
        Q_EMIT profileAdded(profileId);
        if (runDryRunNow)
            preview(profileId);
    });
    wizard->open();
}

void MainWindow::editProfile(const QString &profileId)
{
    Findings findings;
    const auto profile = m_host->profiles().load(QUuid::fromString(profileId), &findings);
    if (!profile) {
        tell(tr("Edit settings"), findings.lines().join(u'\n'));
        return;
    }
    auto *dialog = new ProfileSettingsDialog(*profile, m_host->secrets(),
                                             m_host->paths().profilesFolder, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ProfileSettingsDialog::saved, this, [this](const QString &id) {
        m_host->control()->reloadAutomatic();
        m_tracker->reload();
        selectProfile(id);
    });
    dialog->open();
    Q_EMIT settingsOpened(dialog);
}

void MainWindow::duplicateProfile(const QString &profileId)
{
    const int row = m_tracker->indexOf(profileId);
    if (row < 0)
        return;
    const Result<Profile> copy = m_host->profiles().duplicate(
        QUuid::fromString(profileId), tr("%1 (copy)").arg(m_tracker->profiles().at(row).name));
    if (!copy) {
        tell(tr("Duplicate"), copy.error());
        return;
    }
    m_host->control()->reloadAutomatic();
    m_tracker->reload();
    selectProfile(copy->id.toString(QUuid::WithoutBraces));
}

void MainWindow::deleteProfile(const QString &profileId)
{
    const int row = m_tracker->indexOf(profileId);
    if (row < 0)
        return;
    ask(tr("Delete profile"),
        tr("Delete “%1” and its saved passwords? Its run history stays. Nothing changes in "
           "Apple School Manager.")
            .arg(m_tracker->profiles().at(row).name),
        tr("Delete"), [this, profileId] {
            if (const Result<void> removed =
                    m_host->profiles().remove(QUuid::fromString(profileId));
                !removed)
                tell(tr("Delete profile"), removed.error());
            m_host->secrets()->removeProfileSecrets(QUuid::fromString(profileId));
            m_host->control()->reloadAutomatic();
            m_tracker->reload();
        });
}

void MainWindow::ask(const QString &title, const QString &text, const QString &yes,
                     const std::function<void()> &onYes)
{
    auto *box = new QMessageBox(QMessageBox::Question, title, text, QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("question"));
    QPushButton *ok = box->addButton(yes, QMessageBox::AcceptRole);
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::buttonClicked, this, [box, ok, onYes](QAbstractButton *button) {
        if (button == ok)
            onYes();
        box->close();
    });
    box->open();
}

QMessageBox *MainWindow::pendingQuestion() const
{
    return findChild<QMessageBox *>(QStringLiteral("question"));
}

void MainWindow::openPreferences()
{
    auto *dialog =
        new PreferencesDialog(m_host->paths().configFolder, m_host->paths().dataFolder, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const RunHost::Paths &paths = m_host->paths();
    dialog->addSection(
        new ServicePanel({paths.profilesFolder, paths.configFolder, paths.dataFolder},
                         m_host->secrets(), std::make_shared<CommandRunner>(), dialog));
    connect(dialog, &PreferencesDialog::debugLoggingChanged, this,
            &MainWindow::debugLoggingChanged);
    dialog->open();
    Q_EMIT settingsOpened(dialog);
}

void MainWindow::tell(const QString &title, const QString &text)
{
    auto *box = new QMessageBox(QMessageBox::Warning, title, text, QMessageBox::Ok, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void MainWindow::setCloseToTray(bool enabled)
{
    m_closeToTray = enabled;
    if (!m_trayNote) {
        m_trayNote = new QLabel(this);
        statusBar()->addPermanentWidget(m_trayNote);
    }
    // Without a tray there is nothing to bring the window back, so closing it quits.
    m_trayNote->setText(enabled ? QString()
                                : tr("No system tray here: schedules run while this window is "
                                     "open; closing it quits RosterBridge."));
    m_trayNote->setVisible(!enabled);
}

QString MainWindow::trayNote() const
{
    return m_trayNote && m_trayNote->isVisible() ? m_trayNote->text() : QString();
}

void MainWindow::showAndRaise()
{
    show();
    setWindowState((windowState() & ~Qt::WindowMinimized) | Qt::WindowActive);
    raise();
    activateWindow();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_closeToTray) {
        hide();
        event->ignore();
        return;
    }
    QMainWindow::closeEvent(event);
}

} // namespace rb
