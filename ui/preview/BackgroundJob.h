#pragma once

#include <QObject>

#include <atomic>
#include <functional>
#include <memory>

class QThread;

namespace rb {

// Runs one function on a thread of its own so that the window stays responsive. The function
// receives a flag it should poll; stop() raises it and waits. finished() arrives on the
// owner's thread once the function has returned, never for a run that was stopped.
class BackgroundJob : public QObject
{
    Q_OBJECT

public:
    using Work = std::function<void(const std::atomic_bool &cancelled)>;

    // When detach is set, destroying the job does not wait: the thread runs to its end on its
    // own (for work that cannot be interrupted and owns everything it touches).
    explicit BackgroundJob(QObject *parent = nullptr, bool detachOnDestroy = false);
    ~BackgroundJob() override;

    // Stops a run still going, then starts work.
    void start(Work work);
    void stop();
    bool isRunning() const { return m_thread != nullptr; }

Q_SIGNALS:
    void finished();

private:
    QThread *m_thread = nullptr;
    std::shared_ptr<std::atomic_bool> m_cancel;
    quint64 m_generation = 0;
    bool m_detachOnDestroy;
};

} // namespace rb
