#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QString>

class QWidget;

namespace rb {

class HistoryDatabase;
class PreviewDialog;

// "What did that run change?": opens a delivered run's zip, read-only, against the zip its
// profile delivered before it, both written from the history to a temporary folder the dialog
// owns.
class RunChangesLauncher
{
    Q_DECLARE_TR_FUNCTIONS(rb::RunChangesLauncher)
public:
    // Fails when the run delivered nothing, or its zip is no longer kept.
    static Result<PreviewDialog *> create(HistoryDatabase *history, qint64 runId,
                                          const QString &profileName, QWidget *parent);
};

} // namespace rb
