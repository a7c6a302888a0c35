#pragma once

#include "RunRequest.h"
#include "RunResult.h"
#include "notify/Notification.h"
#include "store/ProfileStore.h"

#include <QHash>
#include <QObject>
#include <QPointer>

#include <optional>

namespace rb {

class ExportWatcher;
class HistoryDatabase;
class RunEngine;
class RunNotifier;
class Scheduler;
class SecretStore;
class StaleAlerts;

// Turns triggers into runs, on the GUI thread: reads the profile from disk and its secrets from
// the keychain, queues the run on the engine, and when it ends pins host keys accepted on
// first use, clears the first-run approval after a real delivery, and notifies on failure or
// hold. Every trigger ends in exactly one runFinished(), also when the run could not start
// (an unreadable profile, a missing secret); such a refusal is recorded as a failed run.
//
// With a scheduler, profiles run on their schedule; a CSV profile with a watched folder runs
// when a new export settles there.
class RunCoordinator : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        RunMode mode = RunMode::Normal;
        bool approve = false;
        QString input;
        // ApproveHeld: the run id and sha256 of the package the admin reviewed.
        qint64 approveRunId = 0;
        QString approveSha256;
        // ApproveHeld: deliver the additions and updates, keep the removals held.
        bool keepRemovals = false;
        // Secrets the admin typed in for this run ("ask at each run" when there is no
        // keychain); when set, the keychain is not asked.
        std::optional<RunSecrets> secrets;
    };

    RunCoordinator(ProfileStore profiles, SecretStore *secrets, HistoryDatabase *history,
                   RunEngine *engine, QObject *parent = nullptr);
    ~RunCoordinator() override;

    void trigger(const QString &profileId, RunTrigger trigger, const Options &options);

    // Starts scheduling every profile (its "schedule"), watching the drop folders, and
    // alerting when a scheduled profile goes without delivering for too many school days.
    void startAutomatic(Scheduler *scheduler);
    // Re-reads the profiles after one was added, edited or removed.
    void reloadAutomatic();
    // When the scheduler runs the profile next, in UTC; invalid when it does not.
    QDateTime nextDue(const QString &profileId) const;
    // How long a drop folder must stay unchanged before its export counts as complete.
    void setWatchQuietMs(int ms) { m_watchQuietMs = ms; }

    // No trigger is being prepared, nothing runs or waits, and no notification is being sent.
    bool isIdle() const;
    RunNotifier *notifier() const { return m_notifier; }
    StaleAlerts *staleAlerts() const { return m_stale; }
    const ProfileStore &profiles() const { return m_profiles; }

Q_SIGNALS:
    void runFinished(const rb::RunResult &result);
    void notificationRaised(const rb::Notification &notification);
    // The profile could not be loaded for scheduling or watching.
    void automaticProblem(const QString &profileId, const QString &message);
    // The scheduler's next due time for a profile changed (invalid: none).
    void nextDueChanged(const QString &profileId, const QDateTime &utc);
    void idle();

private:
    struct Pending
    {
        RunTrigger trigger;
        Options options;
    };
    void prepare(const QString &profileId);
    void submit(const Profile &profile, const RunSecrets &secrets);
    void refuse(const Profile &profile, RunTrigger trigger, const QString &message);
    void onRunFinished(const rb::RunResult &finished);
    void updateProfile(const RunResult &result, QStringList *problems);
    void checkIdle();

    ProfileStore m_profiles;
    SecretStore *m_secrets;
    HistoryDatabase *m_history;
    RunEngine *m_engine;
    RunNotifier *m_notifier;
    StaleAlerts *m_stale;
    QPointer<Scheduler> m_scheduler;
    // Triggers whose secrets are being read, newest options kept.
    QHash<QString, Pending> m_preparing;
    // The secrets of queued and running runs, for their notifications.
    QHash<QString, RunSecrets> m_secretsOf;
    QHash<QString, ExportWatcher *> m_watchers;
    int m_watchQuietMs = 10000;
};

} // namespace rb
