#pragma once

#include <QCoreApplication>
#include <QObject>

#include <memory>

namespace rb {

class MainWindow;
class RunHost;
class Scheduler;
class SingleInstance;
class StatusTracker;
class TrayController;

// Wires the desktop app together: the run host (history, keychain, engine), the scheduler, the
// status of every profile, the main window and the tray.
class DesktopApp : public QObject
{
    Q_OBJECT
public:
    DesktopApp();
    ~DesktopApp() override;

    // Empty when a window can be shown; otherwise one line saying why not (no X11 or Wayland
    // display and no QT_QPA_PLATFORM). Asked before QApplication exists, which would abort.
    static QString missingDisplay();

    // Returns the exit code to use when the app cannot start (another instance, a locked data
    // folder); -1 when it started.
    int start(bool minimized);

private:
    std::unique_ptr<SingleInstance> m_instance;
    std::unique_ptr<RunHost> m_host;
    std::unique_ptr<Scheduler> m_scheduler;
    std::unique_ptr<StatusTracker> m_tracker;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<TrayController> m_tray;
};

} // namespace rb
