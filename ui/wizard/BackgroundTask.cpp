#include "wizard/BackgroundTask.h"

#include <QThread>

namespace rb {

BackgroundTask::BackgroundTask() = default;

void BackgroundTask::start(Work work)
{
    QThread *thread = QThread::create([this, work = std::move(work)] { work(this); });
    thread->setObjectName(QStringLiteral("rb-wizard-check"));
    // The thread's finished() is queued to this object's (the GUI) thread.
    connect(thread, &QThread::finished, this, [this, thread] {
        Q_EMIT finished();
        thread->deleteLater();
        deleteLater();
    });
    thread->start();
}

} // namespace rb
