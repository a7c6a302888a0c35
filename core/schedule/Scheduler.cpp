#include "Scheduler.h"

#include <QList>
#include <QLoggingCategory>

#include <algorithm>
#include <utility>

namespace rb {

Q_LOGGING_CATEGORY(lcSchedule, "rosterbridge.schedule")

Scheduler::Scheduler(const Clock *clock, QObject *parent)
    : QObject(parent)
    , m_clock(clock ? clock : Clock::system())
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &Scheduler::tick);
}

void Scheduler::setRule(const QString &profileId, const ScheduleRule &rule)
{
    // Replacing a rule keeps what was already emitted.
    Entry &entry = m_entries[profileId];
    entry.rule = rule;
    recompute(&entry, m_clock->nowUtc());
    qCDebug(lcSchedule) << "profile" << profileId << rule.describe() << "next"
                        << entry.next.toString(Qt::ISODate);
    const QDateTime next = entry.next;
    arm();
    Q_EMIT nextDueChanged(profileId, next);
}

void Scheduler::removeProfile(const QString &profileId)
{
    if (m_entries.remove(profileId) == 0)
        return;
    arm();
    Q_EMIT nextDueChanged(profileId, QDateTime());
}

void Scheduler::clear()
{
    const QStringList ids = profileIds();
    for (const QString &id : ids)
        removeProfile(id);
}

QStringList Scheduler::profileIds() const
{
    QStringList ids = m_entries.keys();
    ids.sort();
    return ids;
}

ScheduleRule Scheduler::rule(const QString &profileId) const
{
    return m_entries.value(profileId).rule;
}

QDateTime Scheduler::nextDue(const QString &profileId) const
{
    return m_entries.value(profileId).next;
}

void Scheduler::start(int heartbeatMs)
{
    m_heartbeatMs = std::max(heartbeatMs, 1);
    m_running = true;
    arm();
}

void Scheduler::stop()
{
    m_running = false;
    m_timer.stop();
}

void Scheduler::tick()
{
    const QDateTime now = m_clock->nowUtc();
    // A clock set back would leave every next time too far ahead; count them again (the
    // last emitted instants keep anything from repeating).
    if (m_lastTick.isValid() && now < m_lastTick.addSecs(-60)) {
        qCInfo(lcSchedule) << "the clock went back from" << m_lastTick.toString(Qt::ISODate) << "to"
                           << now.toString(Qt::ISODate);
        m_lastTick = now;
        recomputeAll();
    }
    m_lastTick = now;

    // State first, signals after: a slot may change the rules while we are in this loop.
    QList<std::pair<QDateTime, QString>> fired;
    for (auto it = m_entries.begin(); it != m_entries.end(); ++it) {
        Entry &entry = it.value();
        if (!isActive(entry) || !entry.next.isValid() || entry.next > now)
            continue;
        fired.append({entry.next, it.key()});
        entry.lastFired = entry.next;
        recompute(&entry, now);
    }
    std::sort(fired.begin(), fired.end());

    for (const auto &[at, id] : std::as_const(fired)) {
        // A slot connected to due() may have removed a profile whose turn had not come yet.
        if (!m_entries.contains(id))
            continue;
        const qint64 lateSecs = at.secsTo(now);
        if (lateSecs > 2 * qint64(m_heartbeatMs) / 1000 + 60)
            qCInfo(lcSchedule) << "profile" << id << "was due at" << at.toString(Qt::ISODate)
                               << "and runs" << lateSecs / 60
                               << "min late, once (the computer slept or the clock changed)";
        else
            qCInfo(lcSchedule) << "profile" << id << "due at" << at.toString(Qt::ISODate);
        Q_EMIT due(id, scheduleTrigger());
    }
    for (const auto &[at, id] : std::as_const(fired)) {
        if (m_entries.contains(id))
            Q_EMIT nextDueChanged(id, m_entries.value(id).next);
    }
    arm();
    Q_EMIT heartbeat(now);
}

bool Scheduler::recompute(Entry *entry, const QDateTime &now) const
{
    QDateTime next;
    if (isActive(*entry)) {
        const QDateTime from =
            entry->lastFired.isValid() && entry->lastFired > now ? entry->lastFired : now;
        next = entry->rule.nextAfter(from);
    }
    if (next == entry->next && next.isValid() == entry->next.isValid())
        return false;
    entry->next = next;
    return true;
}

void Scheduler::recomputeAll()
{
    const QDateTime now = m_clock->nowUtc();
    QStringList changed;
    for (auto it = m_entries.begin(); it != m_entries.end(); ++it) {
        if (recompute(&it.value(), now))
            changed.append(it.key());
    }
    arm();
    changed.sort();
    for (const QString &id : std::as_const(changed)) {
        if (m_entries.contains(id))
            Q_EMIT nextDueChanged(id, m_entries.value(id).next);
    }
}

void Scheduler::arm()
{
    if (!m_running)
        return;
    QDateTime earliest;
    for (const Entry &entry : std::as_const(m_entries)) {
        if (isActive(entry) && entry.next.isValid() &&
            (!earliest.isValid() || entry.next < earliest))
            earliest = entry.next;
    }
    qint64 wait = m_heartbeatMs;
    if (earliest.isValid())
        wait = std::clamp(m_clock->nowUtc().msecsTo(earliest), qint64(0), wait);
    m_timer.start(int(wait));
}

} // namespace rb
