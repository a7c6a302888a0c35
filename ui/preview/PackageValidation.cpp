#include "preview/PackageValidation.h"

#include "asm/AsmPackage.h"
#include "asm/AsmValidator.h"
#include "common/Findings.h"
#include "preview/PreviewLog.h"

#include <QElapsedTimer>

namespace rb {

PackageValidation PackageValidation::run(const QString &zipPath)
{
    QElapsedTimer timer;
    timer.start();
    PackageValidation out;
    Findings findings;
    const std::unique_ptr<AsmPackage> package = AsmPackage::open(zipPath, &findings);
    if (package) {
        out.opened = true;
        AsmValidator validator(&findings);
        validator.validate(*package);
        for (AsmTable t : kAsmTables)
            out.rows[size_t(t)] = validator.rowCount(t);
    }
    out.findings = findings.report();
    out.errors = findings.errorCount();
    out.warnings = findings.warningCount();
    out.notes = findings.infoCount();
    qCDebug(lcPreview) << "validated" << zipPath << "in" << timer.elapsed() << "ms:" << out.errors
                       << "errors," << out.warnings << "warnings";
    return out;
}

} // namespace rb
