#include "LocalRunControl.h"

#include "RunEngine.h"

namespace rb {

LocalRunControl::LocalRunControl(RunCoordinator *coordinator, RunEngine *engine, QObject *parent)
    : RunControl(parent)
    , m_coordinator(coordinator)
    , m_engine(engine)
{
    connect(engine, &RunEngine::runQueued, this, &RunControl::runQueued);
    connect(engine, &RunEngine::runStarted, this, &RunControl::runStarted);
    connect(engine, &RunEngine::stepStarted, this, &RunControl::stepStarted);
    connect(engine, &RunEngine::progress, this, &RunControl::progress);
    connect(coordinator, &RunCoordinator::runFinished, this, &RunControl::runFinished);
    connect(coordinator, &RunCoordinator::notificationRaised, this,
            &RunControl::notificationRaised);
    connect(coordinator, &RunCoordinator::nextDueChanged, this, &RunControl::nextDueChanged);
}

void LocalRunControl::trigger(const QString &profileId, RunTrigger trigger,
                              const RunCoordinator::Options &options)
{
    m_coordinator->trigger(profileId, trigger, options);
}

void LocalRunControl::cancel(const QString &profileId)
{
    m_engine->cancel(profileId);
}

void LocalRunControl::reloadAutomatic()
{
    m_coordinator->reloadAutomatic();
}

bool LocalRunControl::isRunning(const QString &profileId) const
{
    return m_engine->isRunning(profileId);
}

bool LocalRunControl::isQueued(const QString &profileId) const
{
    return m_engine->isQueued(profileId);
}

QDateTime LocalRunControl::nextDue(const QString &profileId) const
{
    return m_coordinator->nextDue(profileId);
}

} // namespace rb
