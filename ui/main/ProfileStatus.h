#pragma once

#include "AppState.h"
#include "store/RunRecord.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

#include <optional>

namespace rb {

// What the main window and the tray show for one profile.
struct ProfileStatus
{
    QString id;
    QString name;
    // "OneRoster API → Apple School Manager", for the list.
    QString route;
    QString scheduleText;
    QString timeZone; // the schedule's IANA id; empty: this computer's
    bool hasSchedule = false;
    bool paused = false;
    std::optional<RunRecord> lastRun;
    QDateTime nextDue; // UTC; invalid when nothing is scheduled
    bool running = false;
    bool queued = false;
    // The step going on and how far it is, while running.
    QString stepText;
    qint64 done = 0;
    qint64 total = -1;
    QString progressUnit;
    QDateTime runStartedAt;
    QDateTime stepStartedAt;
    // A package waits for review (held, or from a dry run).
    bool reviewWaiting = false;
    QString reviewReason;       // "held" or "dryrun"
    QStringList reviewMessages; // why it was held
    // A package Apple's rules blocked is kept to be looked at (never uploaded).
    bool blocked = false;
    qint64 blockedRunId = 0;
    qint64 blockedProblems = 0;
    // The profile's last delivery (from its state beside the profile); invalid: never.
    QDateTime lastDelivered;

    AppState state() const;
    // The last run is the one Apple's rules blocked: that is the news.
    bool blockedIsLatest() const;
    // "Delivered 2 hours ago", "Held for review", "Running: Reading the SIS data (1,200 users)".
    QString stateText() const;
};

} // namespace rb
