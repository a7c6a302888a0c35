#pragma once

#include <QHash>

#include "EarlyPackager.h"
#include "RunRecorder.h"
#include "RunRequest.h"
#include "RunResult.h"
#include "RunStep.h"
#include "SafetyCheck.h"
#include "common/Findings.h"
#include "store/RunRecord.h"

#include <QObject>
#include <QPointer>
#include <QTemporaryDir>

#include <atomic>
#include <memory>
#include <optional>

namespace rb {

class AsmPackage;
class ProfileRunLock;
class RosterConverter;
class RunPackageSlots;
class RunSource;

// One run of one profile, on the worker thread, step by step: acquire, filter, map, validate,
// compare, package, deliver, record. Each step is written to the history as it starts and ends;
// the first failure ends the run. A dry run stops before delivering and keeps the package for
// review, as does a run the safety check holds. Approving delivers the kept package as it was
// reviewed; re-sending delivers the last delivered zip again.
//
// finished() is emitted exactly once, after start(), never from inside it.
class RunPipeline : public QObject
{
    Q_OBJECT
public:
    RunPipeline(RunRequest request, HistoryDatabase *history, QString heldFolder,
                std::shared_ptr<std::atomic_bool> cancel, QObject *parent = nullptr);
    ~RunPipeline() override;

    void start();
    // Also set the shared flag: the blocking steps read it between calls.
    void cancel();

    // A name for the remote zip: "rosterbridge-20261129-060000123.zip" (UTC, to the millisecond).
    static QString deliveryFileName(const QDateTime &utc);

Q_SIGNALS:
    void stepStarted(const QString &profileId, qint64 runId, rb::RunStep step);
    void stepFinished(const QString &profileId, const rb::StepRecord &step);
    // total is -1 when unknown; text names what is counted ("users", "bytes").
    void progress(const QString &profileId, rb::RunStep step, qint64 done, qint64 total,
                  const QString &text);
    void finished(const rb::RunResult &result);

private:
    void begin();
    void acquire();
    void acquired(bool ok);
    void afterAcquire();
    RunPackageSlots packageSlots() const;
    bool loadReviewPackage();
    // ApproveHeld with keepRemovals: the package to deliver becomes the held one without its
    // removals.
    bool keepRemovals();
    bool loadLastDelivered();
    bool filter();
    void keepDecisionTrail();
    bool map();
    bool validate();
    bool compare();
    bool package();
    bool keepForReview(const QString &reason);
    void keepBlocked();
    bool deliver();
    bool record();

    bool startStep(RunStep step);
    // Ends the step with the findings it added; false (after ending the run) when it failed.
    bool endStep(bool ok, const QJsonObject &counts, const QString &okMessage = {},
                 const QList<ExchangeRecord> &exchanges = {});
    bool cancelled();
    void finish(RunStatus status, const QString &message);
    QStringList stepFindingLines() const;

    RunRequest m_request;
    QString m_profileId;
    HistoryDatabase *m_history;
    QString m_heldFolder;
    std::shared_ptr<std::atomic_bool> m_cancel;
    RunRecorder m_recorder;
    QTemporaryDir m_work;
    Findings m_findings;
    qsizetype m_stepFindingsFrom = 0;
    RunResult m_result;
    QJsonObject m_counts;
    QPointer<RunSource> m_source;
    std::unique_ptr<RosterConverter> m_converter;
    QHash<AsmTable, qint64> m_activeInExport;
    std::unique_ptr<AsmPackage> m_package;
    QString m_staging;
    QString m_zip;
    SafetyResult m_safety;
    std::unique_ptr<ProfileRunLock> m_profileLock;
    // ApproveHeld: the reviewed package's hash, checked again just before the upload.
    QString m_approvedSha256;
    qint64 m_keptRemovals = 0;
    // The package broke Apple's rules: it is packaged and kept, never delivered.
    bool m_blocked = false;
    bool m_finished = false;
    // After m_work: the zip being written there stops before the folder goes.
    EarlyPackager m_earlyZip;
};

} // namespace rb
