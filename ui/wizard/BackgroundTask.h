#pragma once

#include <QObject>
#include <QVariant>

#include <atomic>
#include <functional>

namespace rb {

// Blocking work (SFTP, reading an export) on a thread of its own, so the GUI thread never
// waits. The work must only touch what it captured by value (or shared pointers); results
// come back through those after finished(), which is emitted on the GUI thread. The task
// deletes itself after finished(); keep a QPointer to cancel it.
class BackgroundTask : public QObject
{
    Q_OBJECT
public:
    using Work = std::function<void(BackgroundTask *task)>;

    // Never with a parent: the task must outlive its thread, whoever started it.
    BackgroundTask();

    // Connect to the signals before starting.
    void start(Work work);
    void cancel() { m_cancel = true; }
    const std::atomic_bool *cancelFlag() const { return &m_cancel; }

    // From the work: reaches receivers on their own threads.
    void report(const QVariant &value) { Q_EMIT progress(value); }

Q_SIGNALS:
    void progress(const QVariant &value);
    void finished();

private:
    std::atomic_bool m_cancel{false};
};

} // namespace rb
