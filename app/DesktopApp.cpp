#include "DesktopApp.h"

#include "SingleInstance.h"
#include "log/LogFile.h"
#include "main/MainWindow.h"
#include "main/StatusTracker.h"
#include "main/TrayController.h"
#include "pipeline/RunControl.h"
#include "pipeline/RunHost.h"
#include "schedule/Scheduler.h"
#include "servicelink/ServiceClient.h"

#include <QApplication>
#include <QMessageBox>

namespace rb {

DesktopApp::DesktopApp() = default;

DesktopApp::~DesktopApp()
{
    m_tray.reset();
    m_window.reset();
    m_tracker.reset();
    m_scheduler.reset();
    m_host.reset();
}

QString DesktopApp::missingDisplay()
{
#if defined(Q_OS_UNIX) && !defined(Q_OS_MACOS)
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY") &&
        qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
        return tr("rosterbridge: no display to show the desktop app on (neither DISPLAY nor "
                  "WAYLAND_DISPLAY is set); run \"rosterbridge --help\" for the commands that "
                  "work without one.");
#endif
    return {};
}

int DesktopApp::start(bool minimized)
{
    m_instance = std::make_unique<SingleInstance>(SingleInstance::defaultName());
    // Only our own running instance that answered ends this launch; anything else starts.
    if (m_instance->activateRunning() == SingleInstance::Found::Activated)
        return 0;
    m_instance->listen();

    m_host = std::make_unique<RunHost>(RunHost::defaultPaths());
    // When the service runs these profiles, this app becomes its window.
    if (const Result<void> opened = ServiceClient::openOrConnect(m_host.get()); !opened) {
        QMessageBox::critical(nullptr, tr("RosterBridge"), opened.error());
        return 1;
    }
    if (!m_host->control()->isRemote()) {
        m_scheduler = std::make_unique<Scheduler>();
        m_host->coordinator()->startAutomatic(m_scheduler.get());
        m_scheduler->start();
    }
    m_tracker = std::make_unique<StatusTracker>(m_host.get(), m_scheduler.get());
    m_window = std::make_unique<MainWindow>(m_host.get(), m_scheduler.get(), m_tracker.get());
    m_tray = std::make_unique<TrayController>(m_tracker.get());

    MainWindow *window = m_window.get();
    connect(m_instance.get(), &SingleInstance::activationRequested, window,
            &MainWindow::showAndRaise);
    connect(m_tray.get(), &TrayController::openRequested, window, &MainWindow::showAndRaise);
    connect(m_tray.get(), &TrayController::runNowRequested, window, &MainWindow::runNow);
    connect(m_tray.get(), &TrayController::previewRequested, window, [window](const QString &id) {
        window->showAndRaise();
        window->preview(id);
    });
    connect(m_tray.get(), &TrayController::reviewRequested, window, [window](const QString &id) {
        window->showAndRaise();
        window->reviewPackage(id, ReviewPackage::Slot::Review);
    });
    connect(m_tray.get(), &TrayController::blockedReviewRequested, window,
            [window](const QString &id) {
                window->showAndRaise();
                window->reviewPackage(id, ReviewPackage::Slot::Blocked);
            });
    connect(m_tray.get(), &TrayController::runHistoryRequested, window,
            &MainWindow::showRunHistory);
    connect(m_tray.get(), &TrayController::pauseAllRequested, window, &MainWindow::setAllPaused);
    connect(m_tray.get(), &TrayController::quitRequested, qApp, &QCoreApplication::quit);
    connect(window, &MainWindow::debugLoggingChanged, window, &LogFile::setDebugEnabled);
    connect(m_host->control(), &RunControl::notificationRaised, m_tray.get(),
            &TrayController::notify);
    // Without a tray, closing the window quits; with one, it hides to the tray.
    const auto trayChanged = [window](bool available) {
        window->setCloseToTray(available);
        QApplication::setQuitOnLastWindowClosed(!available);
    };
    connect(m_tray.get(), &TrayController::availabilityChanged, window, trayChanged);
    trayChanged(m_tray->isAvailable());

    if (!minimized || !m_tray->isAvailable())
        window->show();
    if (m_tracker->profiles().isEmpty())
        window->newProfile();
    return -1;
}

} // namespace rb
