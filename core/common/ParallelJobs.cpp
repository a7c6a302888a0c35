#include "ParallelJobs.h"

#include "Cancellation.h"

#include <QThread>
#include <QThreadPool>

namespace rb {

void runInParallel(const std::vector<std::function<void()>> &jobs)
{
    const int threads = qMax(1, QThread::idealThreadCount());
    if (threads == 1 || jobs.size() < 2) {
        for (const std::function<void()> &job : jobs)
            job();
        return;
    }
    const std::atomic_bool *flag = Cancellation::flag();
    QThreadPool pool;
    pool.setMaxThreadCount(threads);
    for (const std::function<void()> &job : jobs) {
        pool.start([&job, flag] {
            const Cancellation::Scope scope(flag);
            job();
        });
    }
    pool.waitForDone();
}

} // namespace rb
