#pragma once

#include <QStringList>
#include <QTextStream>

namespace rb {

// The terminal of the headless commands: results on standard output, progress and problems on
// standard error. One stream each for the whole process, so that lines never interleave.
class Console
{
public:
    static QTextStream &out();
    static QTextStream &err();
    // One line each, to standard error.
    static void printLines(const QStringList &lines);
};

} // namespace rb
