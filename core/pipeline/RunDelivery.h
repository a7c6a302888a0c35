#pragma once

#include "delivery/TransferResult.h"
#include "store/Profile.h"
#include "store/RunRecord.h"

#include <QCoreApplication>

#include <atomic>

namespace rb {

struct RunSecrets;

// The deliver step's transfer: the zip to Apple School Manager's SFTP server or into a
// folder, whichever the profile names. Blocks: runs on the worker thread.
class RunDelivery
{
    Q_DECLARE_TR_FUNCTIONS(rb::RunDelivery)
public:
    static TransferResult deliver(const ProfileDestination &destination, const RunSecrets &secrets,
                                  const QString &zip, const std::atomic_bool *cancel,
                                  const TransferProgress &progress,
                                  const QString &uploadJournal = {});
    // How the exchanges of a delivery to this destination are recorded.
    static ExchangeKind exchangeKind(const ProfileDestination &destination);
    // "sftp.example.com" or the folder, for messages.
    static QString where(const ProfileDestination &destination);
};

} // namespace rb
