#pragma once

#include "GeneratorOptions.h"
#include "common/Result.h"

#include <QList>
#include <QPair>
#include <QString>

namespace rb::gen {

// The one entry to the district generator: the sample district of the app and rb-gendistrict
// both write through it. The rest of core/sample is its implementation.
class SyntheticDistrict
{
public:
    // (file name, data rows without the header) in the order written.
    using Counts = QList<QPair<QString, qint64>>;

    // Writes the OneRoster CSV set to options.zipPath, or else to options.folderPath.
    static Result<Counts> write(const GeneratorOptions &options);
};

} // namespace rb::gen
