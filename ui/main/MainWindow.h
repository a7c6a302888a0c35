#pragma once

#include "pipeline/ReviewPackage.h"

#include "pipeline/RunCoordinator.h"
#include "pipeline/RunResult.h"

#include <QMainWindow>
#include <QSet>

class QAction;
class QFrame;
class QLabel;
class QMessageBox;
class QTableView;
class QTabWidget;

namespace rb {

class HistoryPanel;
class ProfileTableModel;
class RunHost;
class RunProgressWidget;
class Scheduler;
class StatusTracker;

// The main window: the profiles with their state and the actions on them (run now, preview,
// pause, review, re-send, duplicate, delete, new), the run's progress, a banner when the
// keychain is missing, and the history. Never waits: runs, checks and dialogs all report back
// through signals.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    MainWindow(RunHost *host, Scheduler *scheduler, StatusTracker *tracker,
               QWidget *parent = nullptr);
    ~MainWindow() override;

    QString selectedProfile() const;
    void selectProfile(const QString &profileId);
    // Close hides the window when a tray icon can bring it back.
    void setCloseToTray(bool enabled);
    QTableView *profileView() const { return m_view; }
    // The window's commands, in the menus and the toolbar.
    struct Actions
    {
        QAction *newProfile = nullptr;
        QAction *run = nullptr;
        QAction *preview = nullptr;
        QAction *edit = nullptr;
        QAction *review = nullptr;
        QAction *pause = nullptr;
        QAction *resend = nullptr;
        QAction *duplicate = nullptr;
        QAction *remove = nullptr;
        QAction *startAtLogin = nullptr;
        QAction *preferences = nullptr;
        QAction *quit = nullptr;
        // The selected profile's commands, for its menu and the table's context menu.
        QList<QAction *> forProfile() const
        {
            return {run, preview, review, pause, edit, resend, duplicate, remove};
        }
    };
    const Actions &actions() const { return m_actions; }
    HistoryPanel *historyPanel() const { return m_history; }
    // The box under the list that says what waits for the admin.
    QFrame *reviewBox() const { return m_review; }
    QTabWidget *tabs() const { return m_tabs; }
    // The message box the last action asked with, for tests (nullptr when none is open).
    QMessageBox *pendingQuestion() const;
    // Why the app quits when the window closes (no system tray), or empty.
    QString trayNote() const;

public Q_SLOTS:
    void runNow(const QString &profileId);
    void preview(const QString &profileId);
    // Opens the package waiting for a decision (held, or from a dry run), else the one Apple's
    // rules blocked.
    void review(const QString &profileId);
    void reviewPackage(const QString &profileId, rb::ReviewPackage::Slot slot);
    // Brings the window up on the History tab with the run selected.
    void showRunHistory(qint64 runId);
    void resendLast(const QString &profileId);
    void togglePause(const QString &profileId);
    void setAllPaused(bool paused);
    void newProfile();
    void editProfile(const QString &profileId);
    void duplicateProfile(const QString &profileId);
    void deleteProfile(const QString &profileId);
    void showAndRaise();
    void openPreferences();

Q_SIGNALS:
    // The wizard saved a new profile (tests wait for it).
    void profileAdded(const QString &profileId);
    // A preview or review dialog opened.
    void reviewOpened(QWidget *dialog);
    void settingsOpened(QWidget *dialog);
    // The preferences were saved with debug logging switched on or off.
    void debugLoggingChanged(bool enabled);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void buildActions();
    void buildLayout();
    void updateActions();
    void updateBanner();
    void updateServiceLabel();
    void trigger(const QString &profileId, RunCoordinator::Options options);
    void onRunFinished(const rb::RunResult &result);
    void ask(const QString &title, const QString &text, const QString &yes,
             const std::function<void()> &onYes);
    void tell(const QString &title, const QString &text);

    RunHost *m_host;
    Scheduler *m_scheduler;
    StatusTracker *m_tracker;
    ProfileTableModel *m_model;
    QTableView *m_view = nullptr;
    QTabWidget *m_tabs = nullptr;
    RunProgressWidget *m_progress = nullptr;
    QFrame *m_banner = nullptr;
    QLabel *m_bannerText = nullptr;
    QFrame *m_review = nullptr;
    QLabel *m_reviewText = nullptr;
    QLabel *m_detail = nullptr;
    QLabel *m_trayNote = nullptr;
    QLabel *m_serviceLabel = nullptr;
    HistoryPanel *m_history = nullptr;
    Actions m_actions;
    // Profiles whose dry run was asked for here: the preview opens when it is done.
    QSet<QString> m_previewWanted;
    bool m_closeToTray = false;
    QString m_keptSelection;
};

} // namespace rb
