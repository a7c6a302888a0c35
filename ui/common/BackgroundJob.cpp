#include "common/BackgroundJob.h"

#include <QThread>

namespace rb {

// Carries progress from the worker thread to the job: it lives on the owner's thread and is
// shared with the work, so a report after the job is gone reaches nobody instead of a
// destroyed object.
class BackgroundJobRelay : public QObject
{
    Q_OBJECT
Q_SIGNALS:
    void progress(const QVariant &value);
};

void BackgroundJob::Control::report(const QVariant &value) const
{
    if (m_relay)
        Q_EMIT m_relay->progress(value);
}

BackgroundJob::BackgroundJob(QObject *parent, OnDestroy onDestroy)
    : QObject(parent)
    , m_onDestroy(onDestroy)
{
}

BackgroundJob::~BackgroundJob()
{
    if (!m_thread)
        return;
    if (m_onDestroy == OnDestroy::Wait) {
        stop();
        return;
    }
    m_control.m_cancel->store(true);
    QThread *thread = m_thread;
    m_thread = nullptr;
    disconnect(thread, nullptr, this, nullptr);
    if (thread->isFinished()) {
        thread->wait();
        delete thread;
    } else {
        connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    }
}

void BackgroundJob::start(Work work)
{
    stop();
    m_control.m_cancel = std::make_shared<std::atomic_bool>(false);
    // Deleted on its own thread whichever side lets go last.
    m_control.m_relay = std::shared_ptr<BackgroundJobRelay>(
        new BackgroundJobRelay, [](BackgroundJobRelay *relay) { relay->deleteLater(); });
    connect(m_control.m_relay.get(), &BackgroundJobRelay::progress, this, &BackgroundJob::progress,
            Qt::QueuedConnection);
    m_thread = QThread::create([work = std::move(work), control = m_control] { work(control); });
    m_thread->setObjectName(QStringLiteral("rb-background-job"));
    const quint64 generation = ++m_generation;
    // Queued: the signal comes from the worker thread, and the generation check drops the end
    // of a run that stop() has already dealt with.
    connect(m_thread, &QThread::finished, this, [this, generation] {
        if (generation != m_generation || !m_thread)
            return;
        m_thread->wait();
        delete m_thread;
        m_thread = nullptr;
        Q_EMIT finished();
    });
    m_thread->start(QThread::LowPriority);
}

void BackgroundJob::cancel()
{
    if (m_thread)
        m_control.m_cancel->store(true);
}

void BackgroundJob::stop()
{
    if (!m_thread)
        return;
    ++m_generation;
    m_control.m_cancel->store(true);
    // Like finished(), no progress of a stopped run reaches the owner.
    disconnect(m_control.m_relay.get(), nullptr, this, nullptr);
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
}

} // namespace rb

#include "BackgroundJob.moc"
