#include "RunDelivery.h"

#include "RunRequest.h"
#include "delivery/FolderDelivery.h"
#include "delivery/SftpUploader.h"

namespace rb {

TransferResult RunDelivery::deliver(const ProfileDestination &destination,
                                    const RunSecrets &secrets, const QString &zip,
                                    const std::atomic_bool *cancel,
                                    const TransferProgress &progress, const QString &uploadJournal)
{
    switch (destination.kind) {
    case DestinationKind::AsmSftp: {
        SftpUploader uploader(destination.sftp,
                              SftpSecrets{secrets.value(SecretName::AsmPassword),
                                          secrets.value(SecretName::AsmKeyPassphrase)});
        uploader.setCancelFlag(cancel);
        uploader.setJournalFile(uploadJournal);
        uploader.setProgress(progress);
        return uploader.upload(zip);
    }
    case DestinationKind::Folder:
        break;
    }
    FolderDelivery delivery;
    delivery.setCancelFlag(cancel);
    delivery.setProgress(progress);
    if (destination.folder.isEmpty()) {
        TransferResult result;
        result.error = TransferError::Settings;
        result.message = tr("The profile names no folder to deliver to.");
        return result;
    }
    return delivery.deliver(zip, destination.folder);
}

ExchangeKind RunDelivery::exchangeKind(const ProfileDestination &destination)
{
    return destination.kind == DestinationKind::AsmSftp ? ExchangeKind::Sftp : ExchangeKind::File;
}

QString RunDelivery::where(const ProfileDestination &destination)
{
    return destination.kind == DestinationKind::AsmSftp ? destination.sftp.displayHost()
                                                        : destination.folder;
}

} // namespace rb
