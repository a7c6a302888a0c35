#pragma once

#include "common/Finding.h"
#include "common/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

namespace rb {

// Findings as a spreadsheet: RFC 4180 CSV in UTF-8 with a byte order mark, so that Excel and
// Numbers open names in every script as they are. One row per finding, in the order given.
class FindingsCsv
{
    Q_DECLARE_TR_FUNCTIONS(rb::FindingsCsv)
public:
    static QByteArray build(const QList<Finding> &findings);
    // Through a temporary file, so a full disk never leaves half a file.
    static Result<void> write(const QList<Finding> &findings, const QString &path);
};

} // namespace rb
