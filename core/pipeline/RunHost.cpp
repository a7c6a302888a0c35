#include "RunHost.h"

#include "LocalRunControl.h"
#include "ReviewPackage.h"
#include "RunCoordinator.h"
#include "RunEngine.h"
#include "common/PrivateFiles.h"
#include "store/AppPaths.h"
#include "store/ProfileRunLock.h"
#include "store/SecretStore.h"

#include <QDir>

namespace rb {

RunHost::Paths RunHost::defaultPaths()
{
    return Paths{AppPaths::configFolder(), AppPaths::profilesFolder(), AppPaths::dataFolder()};
}

RunHost::RunHost(Paths paths)
    : m_paths(std::move(paths))
    , m_lock(QDir(m_paths.dataFolder).filePath(QStringLiteral("runs.lock")))
{
    // Stale only when the holder is gone, never because a long run took its time.
    m_lock.setStaleLockTime(0);
}

RunHost::~RunHost()
{
    // The coordinator talks to the engine, the engine's worker to the history.
    m_control.reset();
    m_coordinator.reset();
    m_engine.reset();
    m_secrets.reset();
    m_history.close();
}

QString RunHost::heldFolder() const
{
    return AppPaths::heldFolder(m_paths.dataFolder);
}

Result<void> RunHost::open()
{
    m_lockedElsewhere = false;
    if (!PrivateFiles::makeFolder(m_paths.dataFolder)) {
        return Failure{tr("The data folder %1 could not be created.").arg(m_paths.dataFolder)};
    }
    // Owner-only from the start, and also where an older version left them readable. Only
    // RosterBridge's own files: --config-dir and --profiles-dir may name a folder with others.
    PrivateFiles::restrictFolder(AppPaths::heldFolder(m_paths.dataFolder));
    PrivateFiles::restrictFolder(m_paths.profilesFolder,
                                 {QStringLiteral("*.json"), QStringLiteral("*.state")});
    PrivateFiles::makeFolder(m_paths.configFolder);
    PrivateFiles::restrictFile(AppPaths::settingsFile(m_paths.configFolder));
    if (!m_lock.tryLock(0)) {
        qint64 pid = 0;
        QString host, app;
        m_lock.getLockInfo(&pid, &host, &app);
        m_lockedElsewhere = m_lock.error() == QLockFile::LockFailedError;
        return Failure{
            m_lock.error() == QLockFile::LockFailedError
                ? tr("Another RosterBridge (process %1) is already running profiles with "
                     "this data folder; use it, or stop it first.")
                      .arg(pid)
                : tr("RosterBridge cannot write to its data folder %1 (read-only, full, or "
                     "not permitted), so no run can be recorded; nothing was run.")
                      .arg(m_paths.dataFolder)};
    }
    // QLockFile creates its file with the umask's mode.
    PrivateFiles::restrictFile(m_lock.fileName());
    if (Result<void> opened = m_history.open(AppPaths::historyDatabase(m_paths.dataFolder));
        !opened)
        return opened;
    const Result<int> interrupted = m_history.markInterrupted();
    if (!interrupted)
        return interrupted.failure();
    m_interrupted = *interrupted;
    m_secrets = std::make_unique<SecretStore>(AppPaths::secretsIndexFolder(m_paths.configFolder));
    PrivateFiles::restrictFile(m_secrets->indexPath());
    m_engine = std::make_unique<RunEngine>(&m_history, AppPaths::heldFolder(m_paths.dataFolder));
    m_engine->setUploadJournal(AppPaths::uploadJournal(m_paths.dataFolder));
    m_coordinator = std::make_unique<RunCoordinator>(ProfileStore(m_paths.profilesFolder),
                                                     m_secrets.get(), &m_history, m_engine.get());
    m_control = std::make_unique<LocalRunControl>(m_coordinator.get(), m_engine.get());
    return {};
}

Result<void> RunHost::openAsWindow(std::unique_ptr<RunControl> remote)
{
    if (Result<void> opened = m_history.open(AppPaths::historyDatabase(m_paths.dataFolder),
                                             HistoryDatabase::OpenMode::ReadOnly);
        !opened)
        return opened;
    m_secrets = std::make_unique<SecretStore>(AppPaths::secretsIndexFolder(m_paths.configFolder));
    m_control = std::move(remote);
    return {};
}

Result<void> RunHost::discardReview(const QString &profileId, ReviewPackage::Slot slot) const
{
    // The run lock is a file, so it also keeps out the service's runs.
    ProfileRunLock lock(m_paths.profilesFolder, profileId);
    if (Result<void> locked = lock.tryLock(); !locked)
        return locked;
    return ReviewPackage::discard(heldFolder(), profileId, slot);
}

} // namespace rb
