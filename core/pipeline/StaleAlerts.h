#pragma once

#include "store/ProfileStore.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QSet>

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
// The state is read and written under the profile's run lock: a run recording its delivery
// at the same time is never overwritten, and a profile that is running is checked on the
// next heartbeat instead.
class StaleAlerts : public QObject
{
    Q_OBJECT
public:
    StaleAlerts(ProfileStore profiles, SecretStore *secrets, RunNotifier *notifier,
                QObject *parent = nullptr);

    void watch(Scheduler *scheduler);
    // Checks every scheduled profile at now (UTC).
    void check(const QDateTime &now);
    // No alert is waiting for its SMTP password.
    bool isIdle() const { return m_reading.isEmpty(); }

Q_SIGNALS:
    void idle();

private:
    void checkProfile(const QString &profileId, const QDateTime &now);
    void send(const Profile &profile, int days, const QDateTime &lastDelivery);

    ProfileStore m_profiles;
    SecretStore *m_secrets;
    RunNotifier *m_notifier;
    QPointer<Scheduler> m_scheduler;
    // Profiles whose alert waits for the keychain.
    QSet<QString> m_reading;
};

} // namespace rb
