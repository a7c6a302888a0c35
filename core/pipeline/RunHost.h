#pragma once

#include "ReviewPackage.h"
#include "store/HistoryDatabase.h"
#include "store/ProfileStore.h"

#include <QCoreApplication>
#include <QLockFile>
#include <QString>

#include <memory>

namespace rb {

class RunControl;
class RunCoordinator;
class RunEngine;
class SecretStore;

// Everything a process needs to run profiles, set up in one place for the desktop app and the
// headless commands: the history database, the keychain, the engine and its coordinator.
//
// Only one process runs profiles at a time (a lock file in the data folder), so a run is never
// started twice for one profile by two processes, and a run the history shows as going can be
// marked interrupted safely: whoever holds the lock knows no one else is running it.
//
// A desktop app that finds the service holding the lock becomes its window instead
// (openAsWindow): it reads the same history and held packages, and its requests go to the
// service.
class RunHost
{
    Q_DECLARE_TR_FUNCTIONS(rb::RunHost)
public:
    struct Paths
    {
        QString configFolder;   // the secrets index
        QString profilesFolder; // the profile files
        QString dataFolder;     // history, held packages, the lock
    };
    // The standard folders.
    static Paths defaultPaths();

    explicit RunHost(Paths paths);
    ~RunHost();

    // Takes the lock, opens the history and marks runs a killed process left going as
    // interrupted.
    Result<void> open();
    // After open() failed: another process holds the lock (rather than a broken folder).
    bool lockedElsewhere() const { return m_lockedElsewhere; }
    // Shows the runs of the process holding the lock, through remote: the history is opened
    // read-only, and there is no engine or coordinator.
    Result<void> openAsWindow(std::unique_ptr<RunControl> remote);
    // Drops the package a profile has waiting for review; refused while a run of the profile
    // (here or in the service) may be storing a newer one.
    Result<void> discardReview(const QString &profileId,
                               ReviewPackage::Slot slot = ReviewPackage::Slot::Review) const;

    const Paths &paths() const { return m_paths; }
    HistoryDatabase *history() { return &m_history; }
    SecretStore *secrets() const { return m_secrets.get(); }
    RunEngine *engine() const { return m_engine.get(); }
    // Null in a window of the service.
    RunCoordinator *coordinator() const { return m_coordinator.get(); }
    // Where runs are asked for and heard of, here or in the service.
    RunControl *control() const { return m_control.get(); }
    ProfileStore profiles() const { return ProfileStore(m_paths.profilesFolder); }
    QString heldFolder() const;
    int interruptedRuns() const { return m_interrupted; }

private:
    Paths m_paths;
    QLockFile m_lock;
    HistoryDatabase m_history;
    std::unique_ptr<SecretStore> m_secrets;
    std::unique_ptr<RunEngine> m_engine;
    std::unique_ptr<RunCoordinator> m_coordinator;
    std::unique_ptr<RunControl> m_control;
    int m_interrupted = 0;
    bool m_lockedElsewhere = false;
};

} // namespace rb
