#include "RunStep.h"

namespace rb {

QString runStepName(RunStep step)
{
    switch (step) {
    case RunStep::Acquire:
        return QStringLiteral("acquire");
    case RunStep::Filter:
        return QStringLiteral("filter");
    case RunStep::Map:
        return QStringLiteral("map");
    case RunStep::Validate:
        return QStringLiteral("validate");
    case RunStep::Compare:
        return QStringLiteral("compare");
    case RunStep::Package:
        return QStringLiteral("package");
    case RunStep::Deliver:
        return QStringLiteral("deliver");
    case RunStep::Record:
        break;
    }
    return QStringLiteral("record");
}

QString RunStepText::describe(RunStep step)
{
    switch (step) {
    case RunStep::Acquire:
        return tr("Reading the SIS data");
    case RunStep::Filter:
        return tr("Applying the filters");
    case RunStep::Map:
        return tr("Writing Apple School Manager's files");
    case RunStep::Validate:
        return tr("Checking Apple's rules");
    case RunStep::Compare:
        return tr("Comparing with the last delivery");
    case RunStep::Package:
        return tr("Packaging the zip");
    case RunStep::Deliver:
        return tr("Delivering");
    case RunStep::Record:
        break;
    }
    return tr("Recording the run");
}

} // namespace rb
