#pragma once

#include "asm/AsmSchema.h"
#include "common/Finding.h"

#include <QCoreApplication>
#include <QList>

#include <array>

namespace rb {

// AsmValidator's verdict on a package, in the form the preview shows it.
struct PackageValidation
{
    Q_DECLARE_TR_FUNCTIONS(rb::PackageValidation)

public:
    bool opened = false;
    // Kept findings plus one summary per kind that overflowed, errors first.
    QList<Finding> findings;
    qint64 errors = 0;
    qint64 warnings = 0;
    qint64 notes = 0;
    std::array<qint64, kAsmTables.size()> rows{};

    // Blocking: reads every table of the zip once.
    static PackageValidation run(const QString &zipPath);
};

} // namespace rb
