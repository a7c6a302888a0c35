#pragma once

#include "Clock.h"
#include "ScheduleRule.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QTimer>

namespace rb {

// Says when profiles are due by their ScheduleRule. Lives on the GUI thread (the main thread
// headless) and never runs anything itself: the engine takes due() and queues or coalesces runs.
//
// Due times are wall-clock instants, and a long timer does not follow the wall clock (it stops
// while a laptop sleeps and ignores clock changes), so a short heartbeat re-reads the clock and
// compares. A profile whose due time passed, however long ago, is due once; its next time is
// then counted from now, so a machine that slept through three runs makes one on waking. A
// profile is never due twice for the same instant, even when the clock is set back.
//
// A paused rule (the profile's `paused`, set by `profile pause` and the app) drops the runs that
// fall in the pause: resuming does not make up for them.
class Scheduler : public QObject
{
    Q_OBJECT
public:
    // clock: not owned; must outlive the scheduler. Null means the machine's clock.
    explicit Scheduler(const Clock *clock = nullptr, QObject *parent = nullptr);

    // The trigger due() names for a scheduled run.
    static QString scheduleTrigger() { return QStringLiteral("schedule"); }

    // Adds a profile or replaces its rule; its next time is counted from now.
    void setRule(const QString &profileId, const ScheduleRule &rule);
    void removeProfile(const QString &profileId);
    void clear();
    bool hasProfile(const QString &profileId) const { return m_entries.contains(profileId); }
    QStringList profileIds() const;
    ScheduleRule rule(const QString &profileId) const;

    // When the profile is next due, in UTC; invalid when paused, unknown or never due.
    QDateTime nextDue(const QString &profileId) const;

    // Starts the heartbeat. The timer also wakes at the next due time when that is sooner.
    void start(int heartbeatMs = 30000);
    void stop();
    bool isRunning() const { return m_running; }
    int heartbeatMs() const { return m_heartbeatMs; }

public Q_SLOTS:
    // Reads the clock and emits due() for every profile whose time has come. The heartbeat
    // calls it; tests call it after moving the clock.
    void tick();

Q_SIGNALS:
    void due(const QString &profileId, const QString &trigger);
    // Every tick, after due(): the clock's time, for checks that follow the schedule's clock
    // (how long a profile has gone without delivering).
    void heartbeat(const QDateTime &nowUtc);
    // The next due time changed (invalid: none), for the UI.
    void nextDueChanged(const QString &profileId, const QDateTime &utc);

private:
    struct Entry
    {
        ScheduleRule rule;
        QDateTime next;
        // The due instant last emitted, so that it is never emitted again.
        QDateTime lastFired;
    };

    static bool isActive(const Entry &entry) { return !entry.rule.paused; }
    // Sets entry.next from now; true when it changed.
    bool recompute(Entry *entry, const QDateTime &now) const;
    void recomputeAll();
    void arm();

    const Clock *m_clock;
    QHash<QString, Entry> m_entries;
    // The clock at the last tick, to notice it being set back.
    QDateTime m_lastTick;
    bool m_running = false;
    int m_heartbeatMs = 30000;
    QTimer m_timer;
};

} // namespace rb
