#include "ProfileRunLock.h"

#include <QDir>

namespace rb {

ProfileRunLock::ProfileRunLock(const QString &profilesFolder, const QString &profileId)
    : m_lock(QDir(profilesFolder).filePath(profileId + QStringLiteral(".lock")))
{
    // Stale only when the holder is gone, never because a long run took its time.
    m_lock.setStaleLockTime(0);
}

Result<void> ProfileRunLock::tryLock()
{
    if (m_lock.tryLock(0))
        return {};
    qint64 pid = 0;
    QString host;
    QString app;
    m_lock.getLockInfo(&pid, &host, &app);
    return Failure{m_lock.error() == QLockFile::LockFailedError
                       ? tr("Another RosterBridge process (%1 on %2) is working with this profile, "
                            "perhaps with another data folder; nothing was done. Wait for it to "
                            "finish, or stop it first.")
                             .arg(pid)
                             .arg(host)
                       : tr("The profile's lock file could not be written beside the profile; "
                            "nothing was done.")};
}

} // namespace rb
