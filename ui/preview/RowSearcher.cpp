#include "preview/RowSearcher.h"

#include "common/BackgroundJob.h"
#include "preview/CsvTableIndex.h"
#include "preview/RowFinder.h"

namespace rb {

RowSearcher::RowSearcher(QObject *parent)
    : QObject(parent)
    , m_job(new BackgroundJob(this))
{
    connect(m_job, &BackgroundJob::finished, this, [this] {
        const qsizetype row = m_result ? *m_result : -1;
        if (row >= 0)
            Q_EMIT found(row);
        else
            Q_EMIT notFound(m_text);
    });
}

RowSearcher::~RowSearcher()
{
    m_job->stop();
}

void RowSearcher::setTable(std::shared_ptr<const CsvTableIndex> index)
{
    m_job->stop();
    m_index = std::move(index);
}

void RowSearcher::find(const QString &text, qsizetype from)
{
    m_job->stop();
    m_text = text;
    if (!m_index) {
        m_result.reset();
        Q_EMIT notFound(text);
        return;
    }
    // Each search writes its own result: a stopped one cannot overwrite the next.
    m_result = std::make_shared<qsizetype>(-1);
    m_job->start(
        [index = m_index, result = m_result, text, from](const BackgroundJob::Control &job) {
            *result = RowFinder(*index, text).find(from, job.cancelled());
        });
}

void RowSearcher::cancel()
{
    m_job->stop();
}

bool RowSearcher::isSearching() const
{
    return m_job->isRunning();
}

} // namespace rb
