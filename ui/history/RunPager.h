#pragma once

#include "common/Result.h"
#include "history/HistoryFilter.h"
#include "store/RunRecord.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>

namespace rb {

class HistoryDatabase;

// Reads the runs the history panel lists, one page at a time: from the runs table, or with a
// search text from the runs that mention it. The history can hold years of runs, so it never
// reads more than the pages asked for.
class RunPager
{
    Q_DECLARE_TR_FUNCTIONS(rb::RunPager)
public:
    static constexpr int kPageSize = 50;

    explicit RunPager(HistoryDatabase *history);

    struct Page
    {
        QList<RunRecord> runs;
        bool more = false; // whether any follow
    };

    // Runs [offset, offset + count) of those that match, newest first.
    Result<Page> fetch(const HistoryFilter &filter, int offset, int count);
    // After a search: where the text was found in each run listed so far, preferring a hit in
    // a step or an exchange over one in the run's own message.
    SearchHit hit(qint64 runId) const { return m_hits.value(runId); }

private:
    Result<Page> fetchRuns(const HistoryFilter &filter, int offset, int count);
    Result<Page> fetchHits(const HistoryFilter &filter, int offset, int count);

    HistoryDatabase *m_history;
    QHash<qint64, SearchHit> m_hits;
};

} // namespace rb
