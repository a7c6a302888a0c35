#pragma once

#include "store/RunRecord.h"

#include <QCoreApplication>
#include <QString>

namespace rb {

// The detail pane's text for what is selected: a run's summary, a step with its counts and
// findings, or an exchange as a request and its answer. Plain text, so that Copy gives the
// admin exactly what they see to paste into a support ticket.
class HistoryDetailText
{
    Q_DECLARE_TR_FUNCTIONS(rb::HistoryDetailText)
public:
    static QString run(const RunRecord &run, const QString &profileName);
    static QString step(const StepRecord &step);
    static QString exchange(const ExchangeRecord &exchange);

    // JSON indented for reading; anything else (or a cut-off JSON body) as UTF-8 text.
    static QString bodyText(const QByteArray &body);
};

} // namespace rb
