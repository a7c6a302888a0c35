#pragma once

#include "AppState.h"
#include "notify/Notification.h"

#include <QObject>
#include <QPointer>

class QAction;
class QMenu;
class QSystemTrayIcon;
class QTimer;

namespace rb {

class StatusTracker;

// The tray icon and its menu, apart from the main window. The icon's look says idle, running,
// failed, held or paused; the menu always exists (some hosts hide icons without one). A tray
// that is not there at start (common at login) is looked for again a few times; without one,
// the app stays a normal window and says why. Held packages and failed runs are listed at the
// top of the menu, each opening its review or its run's history.
class TrayController : public QObject
{
    Q_OBJECT
public:
    explicit TrayController(StatusTracker *tracker, QObject *parent = nullptr);
    ~TrayController() override;

    bool isAvailable() const { return m_available; }
    AppState shownState() const { return m_state; }
    QString toolTip() const;
    QMenu *menu() const { return m_menu; }
    QSystemTrayIcon *icon() const { return m_icon; }

public Q_SLOTS:
    // A failure or a hold: a balloon message where the platform shows them.
    void notify(const rb::Notification &notification);

Q_SIGNALS:
    void availabilityChanged(bool available);
    void openRequested();
    void runNowRequested(const QString &profileId);
    // A held package's item: open its review.
    void reviewRequested(const QString &profileId);
    // The package Apple's rules blocked, to see its problems.
    void blockedReviewRequested(const QString &profileId);
    // A failed run's item: show that run in the history.
    void runHistoryRequested(qint64 runId);
    void previewRequested(const QString &profileId);
    void pauseAllRequested(bool pause);
    void quitRequested();

private:
    void probe();
    void rebuildMenu();
    // Held packages and failed runs, each an item that opens it; true when there were any.
    bool addAttentionItems();
    // What addAttentionItems() lists, to rebuild the menu only when that changes.
    QString attentionKey() const;
    void showState(AppState state);

    StatusTracker *m_tracker;
    QSystemTrayIcon *m_icon;
    QMenu *m_menu;
    QAction *m_status = nullptr;
    QTimer *m_retry;
    int m_attempts = 0;
    bool m_available = false;
    AppState m_state = AppState::Idle;
    QString m_attention;
};

} // namespace rb
