#include "TrayController.h"

#include "ProfileTableModel.h"
#include "StatusTracker.h"

#include <QFontMetrics>
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
        // Progress changes a profile often; the menu only when what needs attention does.
        if (attentionKey() != m_attention)
            rebuildMenu();
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
    QStringList lines{tr("RosterBridge"), m_tracker->summary()};
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QList<ProfileStatus> &profiles = m_tracker->profiles();
    for (const ProfileStatus &p : profiles) {
        const QString when = p.lastDelivered.isValid()
                                 ? ProfileTableModel::whenText(p.lastDelivered, now)
                                 : tr("never");
        lines << (profiles.size() == 1 ? tr("Last delivered: %1").arg(when)
                                       : tr("%1: last delivered %2").arg(p.name, when));
    }
    return lines.join(u'\n');
}

QString TrayController::attentionKey() const
{
    QString key;
    for (const ProfileStatus &p : m_tracker->profiles()) {
        if (p.blockedIsLatest())
            key += p.id + QStringLiteral(":blocked:") + QString::number(p.blockedRunId) + u'\n';
        if (p.reviewWaiting && p.reviewReason == QStringLiteral("held"))
            key += p.id + QStringLiteral(":held:") + p.reviewMessages.value(0) + u'\n';
        else if (p.state() == AppState::Failed && p.lastRun && !p.blockedIsLatest())
            key += p.id + QStringLiteral(":failed:") + QString::number(p.lastRun->id) + u'\n';
    }
    return key;
}

bool TrayController::addAttentionItems()
{
    // A menu item is one line; the review and the history say the rest.
    auto oneLine = [this](const QString &text) {
        const QString first = text.section(u'\n', 0, 0).simplified();
        return m_menu->fontMetrics().elidedText(first, Qt::ElideRight, 420);
    };
    bool any = false;
    for (const ProfileStatus &p : m_tracker->profiles()) {
        const QString id = p.id;
        if (p.blockedIsLatest()) {
            QAction *item =
                m_menu->addAction(AppStateText::icon(AppState::Failed),
                                  oneLine(tr("Review %1: blocked, %n problem(s) with Apple's rules",
                                             nullptr, int(p.blockedProblems))
                                              .arg(p.name)));
            connect(item, &QAction::triggered, this,
                    [this, id] { Q_EMIT blockedReviewRequested(id); });
            any = true;
        }
        // A package held for review stays reachable while a later run is blocked.
        if (p.reviewWaiting && p.reviewReason == QStringLiteral("held")) {
            const QString why =
                p.reviewMessages.isEmpty() ? tr("held for review") : p.reviewMessages.first();
            QAction *item = m_menu->addAction(AppStateText::icon(AppState::Held),
                                              oneLine(tr("Review %1: %2").arg(p.name, why)));
            item->setToolTip(p.reviewMessages.join(u'\n'));
            connect(item, &QAction::triggered, this, [this, id] { Q_EMIT reviewRequested(id); });
            any = true;
        } else if (p.state() == AppState::Failed && p.lastRun && !p.blockedIsLatest()) {
            const qint64 runId = p.lastRun->id;
            QAction *item =
                m_menu->addAction(AppStateText::icon(AppState::Failed),
                                  oneLine(tr("%1 failed: %2").arg(p.name, p.lastRun->message)));
            item->setToolTip(p.lastRun->message);
            connect(item, &QAction::triggered, this,
                    [this, runId] { Q_EMIT runHistoryRequested(runId); });
            any = true;
        }
    }
    return any;
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
    m_attention = attentionKey();
    if (addAttentionItems())
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
