#include "history/RunChangesLauncher.h"

#include "pipeline/DecisionLookup.h"
#include "preview/PreviewDialog.h"
#include "store/HistoryDatabase.h"

#include <QDir>
#include <QFile>
#include <QLocale>
#include <QTemporaryDir>

#include <memory>

namespace rb {

namespace {
bool writeZip(const QTemporaryDir &dir, const QString &subfolder, const DeliveredZip &zip,
              QString *path)
{
    // Two runs may have delivered zips of the same name; each gets its own folder.
    const QString folder = dir.filePath(subfolder);
    if (!QDir().mkpath(folder))
        return false;
    QFile f(QDir(folder).filePath(zip.fileName));
    if (!f.open(QIODevice::WriteOnly) || f.write(zip.content) != zip.content.size())
        return false;
    *path = f.fileName();
    return true;
}
} // namespace

Result<PreviewDialog *> RunChangesLauncher::create(HistoryDatabase *history, qint64 runId,
                                                   const QString &profileName, QWidget *parent)
{
    const Result<std::optional<DeliveredZip>> zip = history->deliveredZipOf(runId);
    if (!zip)
        return zip.failure();
    if (!*zip)
        return Failure{tr("Run %1 delivered no zip, or its zip is no longer kept in the history "
                          "(Edit settings → Keep run history for says how long runs are kept).")
                           .arg(runId)};
    const Result<std::optional<DeliveredZip>> before = history->deliveredZipBefore(runId);
    if (!before)
        return before.failure();

    auto dir = std::make_unique<QTemporaryDir>();
    PreviewInput input;
    input.canApprove = false;
    input.runId = runId;
    input.sha256 = (*zip)->sha256;
    input.decisions = DecisionLookup::shared(history, runId);
    input.title =
        tr("%1 — run %2, delivered %3")
            .arg(profileName)
            .arg(runId)
            .arg(QLocale().toString((*zip)->deliveredAt.toLocalTime(), QLocale::ShortFormat));
    if (!dir->isValid() || !writeZip(*dir, QStringLiteral("run"), **zip, &input.packagePath) ||
        (*before &&
         !writeZip(*dir, QStringLiteral("before"), **before, &input.previousPackagePath)))
        return Failure{
            tr("The zips of run %1 could not be written to a temporary folder.").arg(runId)};
    auto *dialog = new PreviewDialog(input, parent);
    QObject::connect(dialog, &QObject::destroyed, QCoreApplication::instance(),
                     [owned = dir.release()] { delete owned; });
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    return dialog;
}

} // namespace rb
