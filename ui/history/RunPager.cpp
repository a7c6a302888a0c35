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

bool RunPager::fetch(const HistoryFilter &filter, int offset, int count, QList<RunRecord> *out,
                     bool *more)
{
    out->clear();
    *more = false;
    m_error.clear();
    if (offset == 0)
        m_hits.clear();
    if (!m_history || !m_history->isOpen()) {
        m_error = tr("The run history is not open.");
        return false;
    }
    const bool ok = filter.search.isEmpty() ? fetchRuns(filter, offset, count, out, more)
                                            : fetchHits(filter, offset, count, out, more);
    if (!ok) {
        m_error = m_history->lastError();
        qCWarning(lcHistoryUi) << "cannot read the history:" << m_error;
    }
    return ok;
}

bool RunPager::fetchRuns(const HistoryFilter &filter, int offset, int count, QList<RunRecord> *out,
                         bool *more)
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
    if (!m_history->runs(query, out))
        return false;
    *more = out->size() > count;
    if (*more)
        out->resize(count);
    return true;
}

bool RunPager::fetchHits(const HistoryFilter &filter, int offset, int count, QList<RunRecord> *out,
                         bool *more)
{
    const int wanted = offset + count + 1;
    int limit = qMin(qMax(wanted * kHitsPerRun, 200), kMaxHits);
    for (;;) {
        QList<SearchHit> hits;
        if (!m_history->search(filter.search, &hits, limit))
            return false;
        QList<RunRecord> runs;
        QHash<qint64, SearchHit> where;
        for (const SearchHit &h : std::as_const(hits)) {
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
        const bool exhausted = hits.size() < limit || limit >= kMaxHits;
        if (runs.size() >= wanted || exhausted) {
            *more = runs.size() > offset + count;
            *out = runs.mid(offset, count);
            for (const RunRecord &r : std::as_const(*out))
                m_hits.insert(r.id, where.value(r.id));
            return true;
        }
        limit = qMin(limit * kHitsPerRun, kMaxHits);
    }
}

} // namespace rb
