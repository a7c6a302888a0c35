#pragma once

#include "store/HistoryDatabase.h"

#include <QCoreApplication>
#include <QLockFile>
#include <QString>

#include <memory>

namespace rb {

class RunCoordinator;
class RunEngine;
class SecretStore;

// Everything a process needs to run profiles, set up in one place for the desktop app and the
// headless commands: the history database, the keychain, the engine and its coordinator.
//
// Only one process runs profiles at a time (a lock file in the data folder), so a run is never
// started twice for one profile by two processes, and a run the history shows as going can be
// marked interrupted safely: whoever holds the lock knows no one else is running it.
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

    const Paths &paths() const { return m_paths; }
    HistoryDatabase *history() { return &m_history; }
    SecretStore *secrets() const { return m_secrets.get(); }
    RunEngine *engine() const { return m_engine.get(); }
    RunCoordinator *coordinator() const { return m_coordinator.get(); }
    int interruptedRuns() const { return m_interrupted; }

private:
    Paths m_paths;
    QLockFile m_lock;
    HistoryDatabase m_history;
    std::unique_ptr<SecretStore> m_secrets;
    std::unique_ptr<RunEngine> m_engine;
    std::unique_ptr<RunCoordinator> m_coordinator;
    int m_interrupted = 0;
};

} // namespace rb
