#pragma once

#include "RunControl.h"

namespace rb {

class RunEngine;

// The profiles run in this process: requests go to the coordinator and the engine, their
// signals come back unchanged.
class LocalRunControl : public RunControl
{
    Q_OBJECT
public:
    LocalRunControl(RunCoordinator *coordinator, RunEngine *engine, QObject *parent = nullptr);

    void trigger(const QString &profileId, RunTrigger trigger,
                 const RunCoordinator::Options &options) override;
    void cancel(const QString &profileId) override;
    void reloadAutomatic() override;
    bool isRunning(const QString &profileId) const override;
    bool isQueued(const QString &profileId) const override;
    QDateTime nextDue(const QString &profileId) const override;
    bool isRemote() const override { return false; }
    bool isConnected() const override { return true; }

private:
    RunCoordinator *m_coordinator;
    RunEngine *m_engine;
};

} // namespace rb
