#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QString>

class QWidget;

namespace rb {

class HistoryDatabase;
class PreviewDialog;
struct RunRecord;

// "What did that run change?": opens a delivered run's zip, read-only, against the zip its
// profile delivered before it. The window opens at once; both zips are written from the
// history to a temporary folder, and the run's decision trail read, on a worker thread.
class RunChangesLauncher
{
    Q_DECLARE_TR_FUNCTIONS(rb::RunChangesLauncher)
public:
    // Fails when no temporary folder can be made; a run whose zip is gone shows that in the
    // window.
    static Result<PreviewDialog *> create(HistoryDatabase *history, const RunRecord &run,
                                          const QString &profileName, QWidget *parent);
};

} // namespace rb
