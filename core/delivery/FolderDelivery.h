#pragma once

#include "TransferResult.h"

#include <QCoreApplication>
#include <QString>

#include <atomic>

namespace rb {

// The other delivery target: a local or mounted folder another tool picks up from. The file is
// written under a temporary name in the target folder and renamed into place, so a reader never
// sees half a zip. Records the same operations as an SFTP upload.
class FolderDelivery
{
    Q_DECLARE_TR_FUNCTIONS(rb::FolderDelivery)
public:
    void setCancelFlag(const std::atomic_bool *cancel) { m_cancel = cancel; }
    void setProgress(TransferProgress progress) { m_progress = std::move(progress); }

    // name defaults to the local file's name. The folder must exist.
    TransferResult deliver(const QString &localFile, const QString &folder,
                           const QString &name = {});

private:
    const std::atomic_bool *m_cancel = nullptr;
    TransferProgress m_progress;
};

} // namespace rb
