#pragma once

#include "OneRosterSource.h"

#include <QByteArrayList>
#include <QString>
#include <QStringList>

namespace rb {

// File names, headers and manifest rows of the OneRoster CSV binding, per version.
class OneRosterFiles
{
public:
    static QByteArrayList header(const QString &fileName, OneRosterVersion version);
    // Every file.* entry the manifest of this version must list, without the "file." prefix.
    static QStringList manifestFiles(OneRosterVersion version);
    static QByteArray versionText(OneRosterVersion version);
};

} // namespace rb
