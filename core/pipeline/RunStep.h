#pragma once

#include <QCoreApplication>
#include <QString>

#include <array>

namespace rb {

// The steps of a run, in order. A run records each step it starts in the history; a step that
// fails ends the run, so the later ones are not recorded.
enum class RunStep { Acquire, Filter, Map, Validate, Compare, Package, Deliver, Record };

inline constexpr std::array kRunSteps = {RunStep::Acquire,  RunStep::Filter,  RunStep::Map,
                                         RunStep::Validate, RunStep::Compare, RunStep::Package,
                                         RunStep::Deliver,  RunStep::Record};

// "acquire", "filter"... as stored in the history.
QString runStepName(RunStep step);

struct RunStepText
{
    Q_DECLARE_TR_FUNCTIONS(rb::RunStepText)
public:
    // "Reading the SIS data", for progress lines and the UI.
    static QString describe(RunStep step);
};

} // namespace rb
