#pragma once

#include "schedule/ScheduleRule.h"
#include "store/ProfileState.h"
#include "store/ProfileStore.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QSet>

#include <functional>
#include <optional>

namespace rb {

class RunNotifier;
class Scheduler;
class SecretStore;

// Sends the "no delivery for N school days" alert: on each heartbeat of the scheduler, for
// every scheduled profile, it compares the school days since the last delivery with the
// profile's limit (StaleDelivery), raises the alert and sends it through the profile's
// channels, then records when it did in the profile's state, so that it comes once when the
// limit passes and then once a day. A profile that never delivered counts from the first
// check that saw it.
//
// The state is written under the profile's run lock, taken only when there is something to
// write: a run recording its delivery at the same time is never overwritten. A profile this
// process is preparing, queueing or running is not checked at all, so that its run always
// finds the lock free.
class StaleAlerts : public QObject
{
    Q_OBJECT
public:
    StaleAlerts(ProfileStore profiles, SecretStore *secrets, RunNotifier *notifier,
                QObject *parent = nullptr);

    void watch(Scheduler *scheduler);
    // Tells whether this process is preparing, queueing or running the profile: such a profile
    // is not checked (its run takes the profile's lock).
    void setBusyCheck(std::function<bool(const QString &profileId)> busy)
    {
        m_busy = std::move(busy);
    }
    // Checks every scheduled profile at now (UTC).
    void check(const QDateTime &now);
    // No alert is waiting for its SMTP password.
    bool isIdle() const { return m_reading.isEmpty(); }

Q_SIGNALS:
    void idle();

private:
    // The state to write now (counting begins, or an alert is due), or none.
    static std::optional<ProfileState> next(const ProfileState &state, const ScheduleRule &rule,
                                            int limit, const QDateTime &now);
    void checkProfile(const QString &profileId, const QDateTime &now);
    void send(const Profile &profile, int days, const QDateTime &lastDelivery);

    ProfileStore m_profiles;
    SecretStore *m_secrets;
    RunNotifier *m_notifier;
    QPointer<Scheduler> m_scheduler;
    std::function<bool(const QString &)> m_busy;
    // Profiles whose alert waits for the keychain.
    QSet<QString> m_reading;
};

} // namespace rb
