#include "StaleAlerts.h"

#include "RunNotifier.h"
#include "RunSecretsReader.h"
#include "schedule/Scheduler.h"
#include "schedule/StaleDelivery.h"
#include "store/ProfileRunLock.h"
#include "store/ProfileState.h"

#include <QLoggingCategory>

namespace rb {

Q_LOGGING_CATEGORY(lcStale, "rosterbridge.pipeline.stale", QtInfoMsg)

StaleAlerts::StaleAlerts(ProfileStore profiles, SecretStore *secrets, RunNotifier *notifier,
                         QObject *parent)
    : QObject(parent)
    , m_profiles(std::move(profiles))
    , m_secrets(secrets)
    , m_notifier(notifier)
{
}

void StaleAlerts::watch(Scheduler *scheduler)
{
    if (m_scheduler)
        disconnect(m_scheduler, nullptr, this, nullptr);
    m_scheduler = scheduler;
    connect(m_scheduler, &Scheduler::heartbeat, this, &StaleAlerts::check);
}

void StaleAlerts::check(const QDateTime &now)
{
    if (!m_scheduler)
        return;
    for (const QString &id : m_scheduler->profileIds()) {
        if (!m_reading.contains(id))
            checkProfile(id, now);
    }
}

std::optional<ProfileState> StaleAlerts::next(const ProfileState &state, const ScheduleRule &rule,
                                              int limit, const QDateTime &now)
{
    ProfileState updated = state;
    if (!state.lastDelivery && !state.staleCountingSince.isValid()) {
        updated.staleCountingSince = now;
        return updated;
    }
    const QDateTime since =
        state.lastDelivery ? state.lastDelivery->deliveredAt : state.staleCountingSince;
    if (!StaleDelivery::alertDue(rule, limit, since, state.staleAlertAt, now))
        return std::nullopt;
    updated.staleAlertAt = now;
    return updated;
}

void StaleAlerts::checkProfile(const QString &profileId, const QDateTime &now)
{
    // A profile being prepared, queued or run delivers or says why itself, and its run must
    // find the profile's lock free.
    if (m_busy && m_busy(profileId))
        return;
    Findings findings;
    const auto profile = m_profiles.load(QUuid::fromString(profileId), &findings);
    if (!profile || profile->notifications.staleAfterDays <= 0)
        return;
    const ScheduleRule rule = m_scheduler->rule(profileId);
    const int limit = profile->notifications.staleAfterDays;
    // Read first; the lock only when there is something to write (seldom).
    const Result<ProfileState> seen = ProfileState::read(m_profiles.folder(), profileId);
    if (!seen || !next(*seen, rule, limit, now))
        return; // a damaged state is the next run's to report
    ProfileRunLock lock(m_profiles.folder(), profileId);
    if (!lock.tryLock())
        return; // another process runs it; checked on a later heartbeat
    const Result<ProfileState> read = ProfileState::read(m_profiles.folder(), profileId);
    const std::optional<ProfileState> state = read ? next(*read, rule, limit, now) : std::nullopt;
    if (!state)
        return;
    // Recorded before it is sent: a failed send is logged, and tried again the next day.
    if (const Result<void> saved = ProfileState::write(m_profiles.folder(), profileId, *state);
        !saved) {
        qCWarning(lcStale) << saved.error();
        return; // never an alert on every heartbeat
    }
    lock.unlock();
    if (state->staleAlertAt != now)
        return; // counting has begun
    const QDateTime since =
        state->lastDelivery ? state->lastDelivery->deliveredAt : state->staleCountingSince;
    const int days = StaleDelivery::dueDaysBetween(rule, since, now);
    qCInfo(lcStale) << "profile" << profileId << "has not delivered for" << days << "school days";
    send(*profile, days, state->lastDelivery ? since : QDateTime());
}

void StaleAlerts::send(const Profile &profile, int days, const QDateTime &lastDelivery)
{
    const Notification n = RunNotifier::staleNotification(profile, days, lastDelivery);
    const EmailNotification &email = profile.notifications.email;
    if (!RunNotifier::channels(profile).contains(RunNotifier::Channel::Email) ||
        email.username.isEmpty()) {
        m_notifier->alert(profile, {}, n);
        return;
    }
    const QString id = profile.id.toString(QUuid::WithoutBraces);
    m_reading.insert(id);
    auto *reader = new RunSecretsReader(m_secrets, this);
    connect(
        reader, &RunSecretsReader::finished, this,
        [this, reader, id, profile, n](bool ok, const RunSecrets &secrets, const QString &error) {
            reader->deleteLater();
            m_reading.remove(id);
            if (!ok)
                qCWarning(lcStale) << "the alert's email has no password:" << error;
            // Without its password the email fails and says so; the rest still goes.
            m_notifier->alert(profile, secrets, n);
            if (isIdle())
                Q_EMIT idle();
        });
    reader->read(profile.id, profile.name, {SecretName::SmtpPassword});
}

} // namespace rb
