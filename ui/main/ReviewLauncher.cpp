#include "ReviewLauncher.h"

#include "pipeline/DecisionLookup.h"
#include "pipeline/RunEngine.h"
#include "pipeline/RunHost.h"
#include "preview/PreviewDialog.h"

#include "common/Hashing.h"

#include <QFile>
#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QTemporaryDir>

namespace rb {

void ReviewLauncher::watchSlot(PreviewDialog *dialog, const QString &heldFolder,
                               const QString &profileId, ReviewPackage::Slot slot)
{
    auto *watcher = new QFileSystemWatcher({heldFolder}, dialog);
    QObject::connect(
        watcher, &QFileSystemWatcher::directoryChanged, dialog,
        [dialog, heldFolder, profileId, slot] {
            if (dialog->isReplaced())
                return;
            const auto now = ReviewPackage::describe(heldFolder, profileId, slot);
            if (now && now->runId == dialog->input().runId && now->sha256 == dialog->input().sha256)
                return;
            dialog->packageReplaced(
                now ? tr("A newer package (run %1) has replaced this one while it was open, so "
                         "this one can no longer be uploaded. Close this window and review the "
                         "new package.")
                          .arg(now->runId)
                    : tr("This package is no longer waiting for review (it was uploaded or "
                         "discarded elsewhere), so it can no longer be uploaded."));
        });
}

Result<PreviewDialog *> ReviewLauncher::create(RunHost *host, const QString &profileId,
                                               const QString &profileName, QWidget *parent,
                                               ReviewPackage::Slot slot)
{
    // The description alone here; the zip is copied and checked, and the last delivery read,
    // on a worker thread once the window is open.
    const std::optional<ReviewPackage> kept =
        ReviewPackage::describe(host->heldFolder(), profileId, slot);
    if (!kept)
        return Failure{tr("There is no package waiting for review.")};
    const ReviewPackage &package = *kept;
    auto dir = std::make_shared<QTemporaryDir>();
    if (!dir->isValid())
        return Failure{
            tr("The package waiting for review could not be read; run the profile again.")};
    PreviewInput input;
    input.runId = package.runId;
    input.sha256 = package.sha256;
    input.blocked = slot == ReviewPackage::Slot::Blocked;
    input.title = input.blocked ? tr("%1 — blocked by Apple's rules").arg(profileName)
                  : package.reason == QStringLiteral("held")
                      ? tr("%1 — held for review").arg(profileName)
                      : tr("%1 — dry run").arg(profileName);
    input.reasons = input.blocked ? QStringList{tr("Blocked by Apple's rules: %n problem(s). "
                                                   "Nothing was sent, and this package can "
                                                   "never be uploaded.",
                                                   nullptr, int(package.problems))}
                                  : package.messages;
    input.canApprove = true;
    // The dialog reads a copy, so that a newer run replacing the slot never changes what is
    // shown; the copy is checked against the slot's hash. The previous zip is written out for
    // as long as the dialog lives (the folder goes with the dialog and this work, whichever ends
    // last).
    input.prepare = [dir, history = host->history(), profileId, runId = package.runId,
                     zipPath = package.zipPath,
                     sha256 = package.sha256](const std::atomic_bool &) -> Result<PreviewFiles> {
        PreviewFiles files;
        const QString copy = dir->filePath(QFileInfo(zipPath).fileName());
        if (!QFile::copy(zipPath, copy) || sha256OfFile(copy) != sha256)
            return Failure{tr("The package waiting for review could not be read; run the "
                              "profile again.")};
        files.packagePath = copy;
        const Result<std::optional<DeliveredZip>> found = history->lastDeliveredZip(profileId);
        if (!found)
            return found.failure();
        if (const std::optional<DeliveredZip> &last = *found) {
            QFile f(dir->filePath(last->fileName));
            if (f.open(QIODevice::WriteOnly) && f.write(last->content) == last->content.size())
                files.previousPackagePath = f.fileName();
        }
        files.decisions = DecisionLookup::shared(history, runId);
        return files;
    };
    auto *dialog = new PreviewDialog(input, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    watchSlot(dialog, host->heldFolder(), profileId, slot);
    return dialog;
}

} // namespace rb
