#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace rb {

// `rosterbridge why ID --profile NAME [--run N]`: which rule left a person, class, course or
// enrollment out of a run's package (or changed it), with the source row; or where it was sent.
class WhyCommand
{
    Q_DECLARE_TR_FUNCTIONS(rb::WhyCommand)
public:
    static int run(const QStringList &arguments);
};

} // namespace rb
