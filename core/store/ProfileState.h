#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include <optional>

namespace rb {

// What a profile has delivered, kept beside the profile as "<id>.state" rather than in its
// JSON, so that `profile export` never carries it and any data folder can see that the
// profile delivered before. A run whose history lacks that delivery cannot check removals
// against it and is held.
struct ProfileState
{
    Q_DECLARE_TR_FUNCTIONS(rb::ProfileState)
public:
    struct Delivery
    {
        qint64 runId = 0;
        QString sha256; // of the delivered zip, lower-case hex
        QDateTime deliveredAt;
    };
    std::optional<Delivery> lastDelivery;
    // The "no delivery for N school days" alert: when it was last sent since the last
    // delivery, and for a profile that never delivered, when counting began (the first check
    // that saw it). A delivery clears both.
    QDateTime staleAlertAt;
    QDateTime staleCountingSince;

    static QString filePath(const QString &profilesFolder, const QString &profileId);
    // A missing file is an empty state. A damaged one is an error: it may have said the
    // profile delivered before.
    static Result<ProfileState> read(const QString &profilesFolder, const QString &profileId);
    static Result<void> write(const QString &profilesFolder, const QString &profileId,
                              const ProfileState &state);
    // Records a delivery made now as the profile's last.
    static Result<void> recordDelivery(const QString &profilesFolder, const QString &profileId,
                                       qint64 runId, const QString &sha256);
    static Result<void> remove(const QString &profilesFolder, const QString &profileId);
};

} // namespace rb
