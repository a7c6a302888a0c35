#include "TrayController.h"

#include "StatusTracker.h"

#include <QIcon>
#include <QLoggingCategory>
#include <QMenu>
#include <QSystemTrayIcon>
#include <QTimer>

namespace rb {

Q_LOGGING_CATEGORY(lcTray, "rosterbridge.ui.tray", QtInfoMsg)

namespace {
constexpr int kProbeAttempts = 5;
constexpr int kProbeIntervalMs = 3000;
} // namespace

TrayController::TrayController(StatusTracker *tracker, QObject *parent)
    : QObject(parent)
    , m_tracker(tracker)
    , m_icon(new QSystemTrayIcon(this))
    , m_menu(new QMenu)
    , m_retry(new QTimer(this))
{
    m_icon->setContextMenu(m_menu);
    connect(m_icon, &QSystemTrayIcon::activated, this,
            [this](QSystemTrayIcon::ActivationReason reason) {
                if (reason == QSystemTrayIcon::Trigger || reason == QSystemTrayIcon::DoubleClick)
                    Q_EMIT openRequested();
            });
    connect(m_icon, &QSystemTrayIcon::messageClicked, this, &TrayController::openRequested);
    connect(tracker, &StatusTracker::overallChanged, this, &TrayController::showState);
    connect(tracker, &StatusTracker::reset, this, &TrayController::rebuildMenu);
    connect(tracker, &StatusTracker::profileChanged, this, [this] {
        m_icon->setToolTip(toolTip());
        if (m_status)
            m_status->setText(AppStateText::describe(m_tracker->overall()));
    });
    m_retry->setInterval(kProbeIntervalMs);
    connect(m_retry, &QTimer::timeout, this, &TrayController::probe);
    rebuildMenu();
    showState(tracker->overall());
    probe();
}

TrayController::~TrayController()
{
    delete m_menu;
}

void TrayController::probe()
{
    const bool available = QSystemTrayIcon::isSystemTrayAvailable();
    if (available) {
        m_retry->stop();
        m_icon->show();
    } else if (++m_attempts < kProbeAttempts) {
        m_retry->start();
    } else {
        m_retry->stop();
        qCInfo(lcTray) << "no system tray; RosterBridge stays a normal window";
    }
    if (available != m_available) {
        m_available = available;
        Q_EMIT availabilityChanged(available);
    }
}

QString TrayController::toolTip() const
{
    return tr("RosterBridge") + u'\n' + m_tracker->summary();
}

void TrayController::showState(AppState state)
{
    m_state = state;
    QIcon icon = AppStateText::icon(state);
#ifdef Q_OS_MACOS
    // A template image: the menu bar draws it in its own colour, light or dark, as it does the
    // other menu-bar items, instead of a coloured badge that clashes with either.
    icon.setIsMask(true);
#endif
    m_icon->setIcon(icon);
    m_icon->setToolTip(toolTip());
    if (m_status)
        m_status->setText(AppStateText::describe(state));
}

void TrayController::rebuildMenu()
{
    m_menu->clear();
    m_status = m_menu->addAction(AppStateText::describe(m_tracker->overall()));
    m_status->setEnabled(false);
    m_menu->addSeparator();
    const QList<ProfileStatus> &profiles = m_tracker->profiles();
    auto *run = m_menu->addMenu(tr("&Run now"));
    auto *preview = m_menu->addMenu(tr("&Preview (dry run)"));
    run->setEnabled(!profiles.isEmpty());
    preview->setEnabled(!profiles.isEmpty());
    for (const ProfileStatus &p : profiles) {
        const QString id = p.id;
        connect(run->addAction(p.name), &QAction::triggered, this,
                [this, id] { Q_EMIT runNowRequested(id); });
        connect(preview->addAction(p.name), &QAction::triggered, this,
                [this, id] { Q_EMIT previewRequested(id); });
    }
    const bool allPaused = m_tracker->overall() == AppState::Paused;
    connect(m_menu->addAction(allPaused ? tr("Resume &schedules") : tr("Pause &schedules")),
            &QAction::triggered, this, [this, allPaused] { Q_EMIT pauseAllRequested(!allPaused); });
    m_menu->addSeparator();
    connect(m_menu->addAction(tr("&Open RosterBridge")), &QAction::triggered, this,
            &TrayController::openRequested);
    connect(m_menu->addAction(tr("&Quit")), &QAction::triggered, this,
            &TrayController::quitRequested);
}

void TrayController::notify(const Notification &notification)
{
    if (!m_available)
        return;
    const QString body = notification.lines.join(u'\n');
    m_icon->showMessage(notification.title, body,
                        notification.status == QStringLiteral("held") ? QSystemTrayIcon::Warning
                                                                      : QSystemTrayIcon::Critical,
                        15000);
}

} // namespace rb
