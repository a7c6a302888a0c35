#pragma once

#include "sample/GeneratorOptions.h"

#include <QCoreApplication>
#include <QStringList>

namespace rb::gen {

struct ParsedCommandLine
{
    enum class Outcome { Run, ShowHelp, UsageError };
    Outcome outcome = Outcome::UsageError;
    GeneratorOptions options;
    QString message; // the help text, or what was wrong
};

// Reads the rb-gendistrict command line without exiting, so that usage errors get exit code 2.
class GeneratorCommandLine
{
    Q_DECLARE_TR_FUNCTIONS(GenDistrict)

public:
    static ParsedCommandLine parse(const QStringList &arguments);
};

} // namespace rb::gen
