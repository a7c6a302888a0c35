#include "history/RunPager.h"

#include "history/HistoryLog.h"
#include "store/HistoryDatabase.h"

#include <QSet>

namespace rb {

namespace {
// A search returns one row per place the text was found; a few per run is typical.
constexpr int kHitsPerRun = 4;
// An id found in more places than this is not narrowing anything down any more.
constexpr int kMaxHits = 20000;
} // namespace

RunPager::RunPager(HistoryDatabase *history)
    : m_history(history)
{
}

Result<RunPager::Page> RunPager::fetch(const HistoryFilter &filter, int offset, int count)
{
    if (offset == 0)
        m_hits.clear();
    if (!m_history || !m_history->isOpen())
        return Failure{tr("The run history is not open.")};
    Result<Page> page = filter.search.isEmpty() ? fetchRuns(filter, offset, count)
                                                : fetchHits(filter, offset, count);
    if (!page)
        qCWarning(lcHistoryUi) << "cannot read the history:" << page.error();
    return page;
}

Result<RunPager::Page> RunPager::fetchRuns(const HistoryFilter &filter, int offset, int count)
{
    RunQuery query;
    query.profileId = filter.profileId;
    query.statuses = filter.statuses;
    if (filter.from.isValid())
        query.from = filter.from.startOfDay();
    if (filter.to.isValid())
        query.to = filter.to.addDays(1).startOfDay();
    query.offset = offset;
    // One more than asked tells whether another page exists.
    query.limit = count + 1;
    Result<QList<RunRecord>> runs = m_history->runs(query);
    if (!runs)
        return runs.failure();
    Page page;
    page.runs = std::move(runs).value();
    page.more = page.runs.size() > count;
    if (page.more)
        page.runs.resize(count);
    return page;
}

Result<RunPager::Page> RunPager::fetchHits(const HistoryFilter &filter, int offset, int count)
{
    const int wanted = offset + count + 1;
    int limit = qMin(qMax(wanted * kHitsPerRun, 200), kMaxHits);
    for (;;) {
        const Result<QList<SearchHit>> hits = m_history->search(filter.search, limit);
        if (!hits)
            return hits.failure();
        QList<RunRecord> runs;
        QHash<qint64, SearchHit> where;
        for (const SearchHit &h : *hits) {
            if (!filter.matches(h.run))
                continue;
            auto it = where.find(h.run.id);
            if (it == where.end()) {
                runs.append(h.run);
                where.insert(h.run.id, h);
            } else if (it->stepId == 0 && h.stepId != 0) {
                *it = h;
            }
        }
        const bool exhausted = hits->size() < limit || limit >= kMaxHits;
        if (runs.size() >= wanted || exhausted) {
            Page page;
            page.more = runs.size() > offset + count;
            page.runs = runs.mid(offset, count);
            for (const RunRecord &r : std::as_const(page.runs))
                m_hits.insert(r.id, where.value(r.id));
            return page;
        }
        limit = qMin(limit * kHitsPerRun, kMaxHits);
    }
}

} // namespace rb
