#pragma once

#include "RunCoordinator.h"
#include "RunResult.h"
#include "RunStep.h"
#include "notify/Notification.h"

#include <QDateTime>
#include <QObject>
#include <QString>

namespace rb {

// What the desktop app asks of whoever runs the profiles, and what it hears back: this
// process's own engine (LocalRunControl), or the service's over its socket (ServiceClient). The
// app's windows talk only to this, so they work the same either way.
class RunControl : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    // Every trigger ends in one runFinished(), also when it could not start.
    virtual void trigger(const QString &profileId, RunTrigger trigger,
                         const RunCoordinator::Options &options) = 0;
    // Cancels the profile's running run and drops its waiting one.
    virtual void cancel(const QString &profileId) = 0;
    // Re-reads the profiles after one was added, edited, paused or removed.
    virtual void reloadAutomatic() = 0;
    virtual bool isRunning(const QString &profileId) const = 0;
    virtual bool isQueued(const QString &profileId) const = 0;
    // When the profile's schedule next runs it, in UTC; invalid when it does not.
    virtual QDateTime nextDue(const QString &profileId) const = 0;
    // Runs happen in another process (the service); this one only shows them.
    virtual bool isRemote() const = 0;
    // False once the process that runs the profiles can no longer be reached.
    virtual bool isConnected() const = 0;

Q_SIGNALS:
    void runQueued(const QString &profileId);
    void runStarted(const QString &profileId);
    void stepStarted(const QString &profileId, qint64 runId, rb::RunStep step);
    void progress(const QString &profileId, rb::RunStep step, qint64 done, qint64 total,
                  const QString &text);
    void runFinished(const rb::RunResult &result);
    void notificationRaised(const rb::Notification &notification);
    void nextDueChanged(const QString &profileId, const QDateTime &utc);
    void connectionChanged(bool connected);
};

} // namespace rb
