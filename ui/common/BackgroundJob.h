#pragma once

#include <QObject>
#include <QVariant>

#include <atomic>
#include <functional>
#include <memory>

class QThread;

namespace rb {

class BackgroundJobRelay;

// Runs one function on a thread of its own so that the window stays responsive: reading a
// package, comparing, searching, an SFTP test or download. The function gets a Control: a flag
// it should poll and a way to report progress. finished() and progress() arrive on the owner's
// thread; finished() once the function has returned, never for a run that was stopped.
//
// The work must touch only what it captured by value or by shared pointer: results come back
// through those after finished().
class BackgroundJob : public QObject
{
    Q_OBJECT

public:
    class Control
    {
    public:
        const std::atomic_bool &cancelled() const { return *m_cancel; }
        const std::atomic_bool *cancelFlag() const { return m_cancel.get(); }
        // Reaches progress() on the owner's thread while the job is alive; dropped after.
        void report(const QVariant &value) const;

    private:
        friend class BackgroundJob;
        std::shared_ptr<std::atomic_bool> m_cancel;
        std::shared_ptr<BackgroundJobRelay> m_relay;
    };
    using Work = std::function<void(const Control &job)>;

    // What destroying a job whose work still runs does: Wait stops it and waits; Detach raises
    // the flag and lets the thread run to its end on its own (for work that cannot be
    // interrupted at once, such as a blocking network call).
    enum class OnDestroy { Wait, Detach };

    explicit BackgroundJob(QObject *parent, OnDestroy onDestroy = OnDestroy::Wait);
    ~BackgroundJob() override;

    // Stops a run still going, then starts work.
    void start(Work work);
    // Raises the flag without waiting; finished() still comes when the work returns.
    void cancel();
    // Raises the flag and waits; no finished() for that run.
    void stop();
    bool isRunning() const { return m_thread != nullptr; }

Q_SIGNALS:
    void progress(const QVariant &value);
    void finished();

private:
    QThread *m_thread = nullptr;
    Control m_control;
    quint64 m_generation = 0;
    OnDestroy m_onDestroy;
};

} // namespace rb
