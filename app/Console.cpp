#include "Console.h"

#include <cstdio>

namespace rb {

QTextStream &Console::out()
{
    static QTextStream s(stdout);
    return s;
}

QTextStream &Console::err()
{
    static QTextStream s(stderr);
    return s;
}

void Console::printLines(const QStringList &lines)
{
    for (const QString &line : lines)
        err() << line << Qt::endl;
}

} // namespace rb
