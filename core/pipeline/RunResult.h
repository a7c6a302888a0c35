#pragma once

#include "common/Findings.h"
#include "store/RunRecord.h"

#include <QJsonObject>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace rb {

// How a run ended, as the GUI thread receives it.
struct RunResult
{
    QString profileId;
    QString profileName;
    qint64 runId = 0; // 0 when the history could not record the run at all
    RunTrigger trigger = RunTrigger::Manual;
    RunStatus status = RunStatus::Failed;
    // One or two sentences for the admin.
    QString message;
    // The reasons behind a failure or a hold, one per line (findings, safety reasons).
    QStringList details;
    QJsonObject counts;
    // A package waiting for review (held, or from a dry run); empty otherwise.
    QString reviewPackage;
    // A package blocked by Apple's rules, kept so that its problems can be reviewed.
    QString blockedPackage;
    // Where the zip went, when delivered.
    QString deliveredTo;
    // Where the zip was written (RunRequest::outputZip), when it was.
    QString writtenTo;
    // Host keys accepted on first use (the profile allows it); the profile pins them now.
    QString sourceHostKeyToPin;
    QString destinationHostKeyToPin;
    // A real delivery happened: the profile's first-run approval is done.
    bool delivered = false;
    // Every finding kept, and the whole comparison with its samples, for the report
    // (RunReport); the history keeps the counts only.
    Findings findings = Findings();
    QJsonObject diff;
};

} // namespace rb

Q_DECLARE_METATYPE(rb::RunResult)
