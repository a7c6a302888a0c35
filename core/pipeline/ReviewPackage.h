#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QStringList>

#include <optional>

namespace rb {

// The package a profile has waiting for review: the zip a held run or a dry run made, kept
// (one per profile, the newest replacing the older) so that what the admin approves is exactly
// what was shown. Stored as "<profile-id>.zip" with a "<profile-id>.json" beside it in the held
// folder.
struct ReviewPackage
{
    Q_DECLARE_TR_FUNCTIONS(rb::ReviewPackage)
public:
    QString profileId;
    qint64 runId = 0;
    // "held" or "dryrun".
    QString reason;
    QDateTime createdAt;
    QString sha256;
    // Why it was held (the safety reasons), for the admin.
    QStringList messages;
    // The zip's path in the held folder.
    QString zipPath;

    // Copies zip into the folder (through a temporary name) with its description.
    static Result<void> store(const QString &folder, const ReviewPackage &package,
                              const QString &zip);
    // Empty when the profile has none; a failure when its files do not match (a damaged
    // package is never delivered).
    static Result<std::optional<ReviewPackage>> load(const QString &folder,
                                                     const QString &profileId);
    // The description alone, without reading the zip: which package is in the slot now.
    static std::optional<ReviewPackage> describe(const QString &folder, const QString &profileId);
    // Removing what is not there succeeds.
    static Result<void> discard(const QString &folder, const QString &profileId);
};

} // namespace rb
