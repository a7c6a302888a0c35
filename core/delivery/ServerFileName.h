#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QString>

namespace rb {

// A file name a server listed, checked before it names a local file. A hostile or broken
// server could list "../x.csv", "..\x.csv", "C:x.csv" or a name with a NUL; any of them could
// write outside the download folder (on Windows a backslash, a drive letter or a device name
// like CON is enough). Such names are refused, not cleaned up: a server sending them is not to
// be trusted with the rest of the export either.
class ServerFileName
{
    Q_DECLARE_TR_FUNCTIONS(rb::ServerFileName)
public:
    // Why the name cannot be a local file name, or "" when it can.
    static QString problem(const QString &name);
    // The name with control characters written as \uXXXX, for messages.
    static QString printable(const QString &name);
    // folder/name when, with every link resolved, it is a direct child of the folder and not a
    // link itself; else a failure that says what is wrong. The folder must exist.
    static Result<QString> localPath(const QString &folder, const QString &name);
};

} // namespace rb
