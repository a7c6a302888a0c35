#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QString>

namespace rb {

// Builds the zip that is delivered to Apple School Manager.
class AsmPackager
{
    Q_DECLARE_TR_FUNCTIONS(AsmPackager)

public:
    // Packs the six CSV files of folderWithSixCsvFiles into zipPath: exactly those six entries,
    // at the root, deflated, in Apple's template order, with a fixed timestamp and permissions
    // so that the same six files always give the same bytes. Other files in the folder are not
    // packed. The zip is written under a temporary name and only then moved to zipPath, so a
    // failure never leaves a partial zip there (nor replaces an existing one).
    // threads: how many deflate at once, 0 for one per core.
    static Result<void> writeZip(const QString &folderWithSixCsvFiles, const QString &zipPath,
                                 int threads = 0);
    // Copies a written zip to zipPath the same way: whole, or not at all.
    static Result<void> copyZip(const QString &from, const QString &zipPath);
};

} // namespace rb
