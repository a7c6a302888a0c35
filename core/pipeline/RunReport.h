#pragma once

#include "RunResult.h"

#include <QJsonObject>

namespace rb {

class HistoryDatabase;

// The JSON report of one run, one schema for `rosterbridge run --json` and
// `rosterbridge convert --report` (docs/run-report.md): the outcome, every step with its
// timings and counts, every finding, what was read and kept, the rows written, the comparison
// with its samples, the safety verdict, the fetch with its exchanges and the delivery. Built
// from the run's result and the run's record in the history.
class RunReport
{
public:
    // Raised when a key changes meaning or goes; new keys do not raise it.
    static constexpr int kSchemaVersion = 1;

    static QJsonObject build(const RunResult &result, HistoryDatabase *history);
    // "written", "delivered", "held", "dryrun", "cancelled" or "failed".
    static QString outcome(const RunResult &result);
};

} // namespace rb
