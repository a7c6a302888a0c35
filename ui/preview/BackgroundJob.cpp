#include "preview/BackgroundJob.h"

#include <QThread>

namespace rb {

BackgroundJob::BackgroundJob(QObject *parent, bool detachOnDestroy)
    : QObject(parent)
    , m_detachOnDestroy(detachOnDestroy)
{
}

BackgroundJob::~BackgroundJob()
{
    if (!m_thread)
        return;
    if (!m_detachOnDestroy) {
        stop();
        return;
    }
    m_cancel->store(true);
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
    m_cancel = std::make_shared<std::atomic_bool>(false);
    m_thread = QThread::create([work = std::move(work), cancel = m_cancel] { work(*cancel); });
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

void BackgroundJob::stop()
{
    if (!m_thread)
        return;
    ++m_generation;
    m_cancel->store(true);
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
}

} // namespace rb
