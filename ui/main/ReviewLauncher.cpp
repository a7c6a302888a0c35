#include "ReviewLauncher.h"

#include "pipeline/ReviewPackage.h"
#include "pipeline/RunEngine.h"
#include "pipeline/RunHost.h"
#include "preview/PreviewDialog.h"

#include <QFile>
#include <QTemporaryDir>

namespace rb {

PreviewDialog *ReviewLauncher::create(RunHost *host, const QString &profileId,
                                      const QString &profileName, QWidget *parent, QString *error)
{
    const auto package = ReviewPackage::load(host->engine()->heldFolder(), profileId, error);
    if (!package) {
        if (error->isEmpty())
            *error = tr("There is no package waiting for review.");
        return nullptr;
    }
    std::optional<DeliveredZip> last;
    if (!host->history()->lastDeliveredZip(profileId, &last)) {
        *error = host->history()->lastError();
        return nullptr;
    }
    PreviewInput input;
    input.packagePath = package->zipPath;
    input.title = package->reason == QStringLiteral("held")
                      ? tr("%1 — held for review").arg(profileName)
                      : tr("%1 — dry run").arg(profileName);
    input.reasons = package->messages;
    input.canApprove = true;
    // The previous zip is written out for as long as the dialog lives.
    auto *dir = new QTemporaryDir;
    if (last && dir->isValid()) {
        QFile f(dir->filePath(last->fileName));
        if (f.open(QIODevice::WriteOnly) && f.write(last->content) == last->content.size())
            input.previousPackagePath = f.fileName();
    }
    auto *dialog = new PreviewDialog(input, parent);
    QObject::connect(dialog, &QObject::destroyed, QCoreApplication::instance(),
                     [dir] { delete dir; });
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    return dialog;
}

} // namespace rb
