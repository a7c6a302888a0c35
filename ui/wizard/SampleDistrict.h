#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QString>

namespace rb {

// "Try with a sample district": a tiny synthetic district written as a OneRoster CSV export,
// so an admin can see a whole run without any outside account.
class SampleDistrict
{
    Q_DECLARE_TR_FUNCTIONS(rb::SampleDistrict)
public:
    static QString exportFolder(const QString &dataFolder);
    static QString deliveryFolder(const QString &dataFolder);

    // Blocks: call it on a worker thread. Writes the export into `folder` (created if needed),
    // replacing an earlier sample.
    static Result<void> generate(const QString &folder);
};

} // namespace rb
