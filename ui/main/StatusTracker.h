#pragma once

#include "ProfileStatus.h"
#include "pipeline/RunResult.h"
#include "pipeline/RunStep.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QStringList>

namespace rb {

class RunHost;
class Scheduler;

// The state of every profile for the main window and the tray, kept current from the engine's
// signals (started, step, progress, finished), the scheduler's next due times, the history and
// the packages waiting for review. Lives on the GUI thread; reads only small things (one run per
// profile, file existence, a package's description), so it never blocks: a waiting package's
// zip is checked against its hash on a worker thread, and a damaged one then shows as none.
class StatusTracker : public QObject
{
    Q_OBJECT
public:
    StatusTracker(RunHost *host, Scheduler *scheduler, QObject *parent = nullptr);

    const QList<ProfileStatus> &profiles() const { return m_profiles; }
    int indexOf(const QString &profileId) const;
    AppState overall() const;
    // One line per profile that needs attention, or "Up to date", for the tray's tooltip.
    QString summary() const;
    // Profile files that could not be read, by name.
    QStringList unreadableFiles() const { return m_unreadable; }

public Q_SLOTS:
    // Re-reads the profiles, their last runs and waiting packages.
    void reload();

Q_SIGNALS:
    void reset();
    void profileChanged(int row);
    void overallChanged(rb::AppState state);

private:
    void refreshOne(ProfileStatus *status);
    void update(const QString &profileId, const std::function<void(ProfileStatus &)> &change);
    void onRunFinished(const rb::RunResult &result);
    // Hashes the waiting package's zip on a worker thread, once per package.
    void checkReview(const QString &profileId, const QString &zipPath, const QString &sha256);

    RunHost *m_host;
    Scheduler *m_scheduler;
    QList<ProfileStatus> m_profiles;
    QStringList m_unreadable;
    AppState m_overall = AppState::Idle;
    // By profile: the sha256 of the package last checked, and whether its zip matched.
    QHash<QString, QString> m_checkedSha;
    QHash<QString, bool> m_checkedIntact;
};

} // namespace rb
