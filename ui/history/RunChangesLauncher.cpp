#include "history/RunChangesLauncher.h"

#include "pipeline/DecisionLookup.h"
#include "preview/PreviewDialog.h"
#include "store/HistoryDatabase.h"
#include "store/RunRecord.h"

#include <QDir>
#include <QFile>
#include <QLocale>
#include <QTemporaryDir>

#include <memory>

namespace rb {

namespace {
Result<QString> writeZip(const QTemporaryDir &dir, const QString &subfolder,
                         const DeliveredZip &zip)
{
    // Two runs may have delivered zips of the same name; each gets its own folder.
    const QString folder = dir.filePath(subfolder);
    QFile f(QDir(folder).filePath(zip.fileName));
    if (!QDir().mkpath(folder) || !f.open(QIODevice::WriteOnly) ||
        f.write(zip.content) != zip.content.size())
        return Failure{RunChangesLauncher::tr("The zips of run %1 could not be written to a "
                                              "temporary folder.")
                           .arg(zip.runId)};
    return f.fileName();
}
} // namespace

Result<PreviewDialog *> RunChangesLauncher::create(HistoryDatabase *history, const RunRecord &run,
                                                   const QString &profileName, QWidget *parent)
{
    auto dir = std::make_shared<QTemporaryDir>();
    if (!dir->isValid())
        return Failure{
            tr("The zips of run %1 could not be written to a temporary folder.").arg(run.id)};
    PreviewInput input;
    input.canApprove = false;
    input.runId = run.id;
    input.title = tr("%1 — run %2, delivered %3")
                      .arg(profileName)
                      .arg(run.id)
                      .arg(QLocale().toString(run.endedAt.toLocalTime(), QLocale::ShortFormat));
    // The zips come out of the history, and the trail is read, off the window's thread: for a
    // large district that is tens of megabytes and a hundred thousand decisions. The folder
    // lives as long as the window or this work, whichever ends last.
    input.prepare = [dir, history,
                     runId = run.id](const std::atomic_bool &) -> Result<PreviewFiles> {
        const Result<std::optional<DeliveredZip>> zip = history->deliveredZipOf(runId);
        if (!zip)
            return zip.failure();
        if (!*zip)
            return Failure{tr("Run %1 delivered no zip, or its zip is no longer kept in the "
                              "history (Edit settings → Keep run history for says how long runs "
                              "are kept).")
                               .arg(runId)};
        const Result<std::optional<DeliveredZip>> before = history->deliveredZipBefore(runId);
        if (!before)
            return before.failure();
        PreviewFiles files;
        const Result<QString> written = writeZip(*dir, QStringLiteral("run"), **zip);
        if (!written)
            return written.failure();
        files.packagePath = *written;
        if (*before) {
            const Result<QString> previous = writeZip(*dir, QStringLiteral("before"), **before);
            if (!previous)
                return previous.failure();
            files.previousPackagePath = *previous;
        }
        files.decisions = DecisionLookup::shared(history, runId);
        return files;
    };
    auto *dialog = new PreviewDialog(input, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    return dialog;
}

} // namespace rb
