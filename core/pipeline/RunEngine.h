#pragma once

#include "RunRequest.h"
#include "RunResult.h"
#include "RunStep.h"

#include <QList>
#include <QObject>
#include <QString>
#include <QThread>

#include <atomic>
#include <memory>

namespace rb {

class HistoryDatabase;

// Runs profiles on one long-lived worker thread. Lives on the GUI thread (the main thread
// headless) and never waits on the worker: requests go in as queued calls, steps, progress and
// results come out as queued signals.
//
// Runs go one at a time, in the order they were asked for. A profile has at most one run going
// and at most one waiting: asking again while one waits replaces the waiting request (the
// newest settings and mode win), so a burst of triggers makes one extra run, not many.
class RunEngine : public QObject
{
    Q_OBJECT
public:
    enum class Submitted { Started, Queued, Coalesced };

    // history: shared with the worker (it opens its own connection there); must outlive the
    // engine. heldFolder: where packages for review are kept.
    RunEngine(HistoryDatabase *history, QString heldFolder, QObject *parent = nullptr);
    // Cancels what runs and waits for the worker to stop (only at shutdown).
    ~RunEngine() override;

    Submitted submit(RunRequest request);
    // Cancels the profile's running run and drops its waiting one. False when neither exists.
    bool cancel(const QString &profileId);

    bool isRunning(const QString &profileId) const { return m_running == profileId; }
    bool isQueued(const QString &profileId) const;
    bool isBusy() const { return !m_running.isEmpty() || !m_queue.isEmpty(); }
    QString heldFolder() const { return m_heldFolder; }
    // The upload journal every run uses (AppPaths::uploadJournal); empty: in memory only.
    void setUploadJournal(const QString &file) { m_uploadJournal = file; }

Q_SIGNALS:
    void runQueued(const QString &profileId);
    void runStarted(const QString &profileId);
    void stepStarted(const QString &profileId, qint64 runId, rb::RunStep step);
    void stepFinished(const QString &profileId, const rb::StepRecord &step);
    void progress(const QString &profileId, rb::RunStep step, qint64 done, qint64 total,
                  const QString &text);
    void runFinished(const rb::RunResult &result);
    // Nothing runs and nothing waits.
    void idle();

private:
    void startNext();
    void onFinished(const rb::RunResult &result);

    HistoryDatabase *m_history;
    QString m_heldFolder;
    QString m_uploadJournal;
    QThread m_thread;
    // Lives on the worker thread; pipelines are its children.
    QObject *m_context;
    QList<RunRequest> m_queue;
    QString m_running;
    std::shared_ptr<std::atomic_bool> m_cancel;
};

} // namespace rb
