#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace rb {

// `rosterbridge convert`: a one-off run built from flags instead of a saved profile. The
// flags become a profile for this run (source, filters, destination), the secrets come from
// the environment, and the run goes through the same pipeline, steps and report as a
// profile's run. It is written to the history of --data-dir only with --record.
class ConvertCommand
{
    Q_DECLARE_TR_FUNCTIONS(rb::ConvertCommand)
public:
    static int run(const QStringList &arguments);
};

} // namespace rb
