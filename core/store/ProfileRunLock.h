#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QLockFile>
#include <QString>

namespace rb {

// A lock beside the profile ("<id>.lock" in the profiles folder), held for the whole of a run
// or a change to its held package. The data folder's own lock keeps one process per history;
// this one keeps one process per profile even when two processes use different data folders,
// which would otherwise each compare with their own last delivery.
class ProfileRunLock
{
    Q_DECLARE_TR_FUNCTIONS(rb::ProfileRunLock)
public:
    ProfileRunLock(const QString &profilesFolder, const QString &profileId);

    // Never waits. A failure names the process holding it, for the admin.
    Result<void> tryLock();
    void unlock() { m_lock.unlock(); }

private:
    QLockFile m_lock;
};

} // namespace rb
