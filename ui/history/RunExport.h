#pragma once

#include "common/Result.h"
#include "store/RunRecord.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

namespace rb {

class HistoryDatabase;

// One run with its steps and their exchanges as a JSON file, for a support ticket or an audit.
// The shape is the one `rosterbridge history --run ID --json` prints: UTC times, bodies as
// text, null when they were not kept. Everything in it was redacted when it was recorded.
class RunExport
{
    Q_DECLARE_TR_FUNCTIONS(rb::RunExport)
public:
    // profileName: empty for a deleted profile.
    static Result<QJsonObject> build(HistoryDatabase *history, qint64 runId,
                                     const QString &profileName);
    // Through a temporary file, so a full disk never leaves half an export.
    static Result<void> write(const QJsonObject &json, const QString &path);
    // "rosterbridge-run-12-2026-11-24.json"
    static QString suggestedFileName(const RunRecord &run);

    // The run's decision trail (an approval's: the approved run's) as CSV with a byte order
    // mark, so that spreadsheet programs read every script. -1 entries: the run kept none.
    static qint64 decisionEntries(HistoryDatabase *history, const RunRecord &run);
    static Result<void> writeDecisions(HistoryDatabase *history, const RunRecord &run,
                                       const QString &path);
    // "rosterbridge-run-12-2026-11-24-decisions.csv"
    static QString suggestedDecisionsFileName(const RunRecord &run);

    static QJsonObject runJson(const RunRecord &run, const QString &profileName);
};

} // namespace rb
