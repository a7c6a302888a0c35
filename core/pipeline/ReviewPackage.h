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
//
// A package that breaks Apple's rules is kept too, so that the admin can see every problem in
// it, but in a slot of its own ("<profile-id>.blocked.zip"): it never replaces a package held
// for review and can never be approved.
struct ReviewPackage
{
    Q_DECLARE_TR_FUNCTIONS(rb::ReviewPackage)
public:
    enum class Slot { Review, Blocked };

    QString profileId;
    qint64 runId = 0;
    // "held" or "dryrun" in the review slot, "blocked" in the other.
    QString reason;
    QDateTime createdAt;
    QString sha256;
    // Why it was held (the safety reasons), for the admin.
    QStringList messages;
    // Errors against Apple's rules (a blocked package).
    qint64 problems = 0;
    // The zip's path in the held folder.
    QString zipPath;

    // Copies zip into the folder (through a temporary name) with its description.
    static Result<void> store(const QString &folder, const ReviewPackage &package,
                              const QString &zip, Slot slot = Slot::Review);
    // Empty when the profile has none; a failure when its files do not match (a damaged
    // package is never delivered).
    static Result<std::optional<ReviewPackage>>
    load(const QString &folder, const QString &profileId, Slot slot = Slot::Review);
    // The description alone, without reading the zip: which package is in the slot now.
    static std::optional<ReviewPackage> describe(const QString &folder, const QString &profileId,
                                                 Slot slot = Slot::Review);
    // Removing what is not there succeeds.
    static Result<void> discard(const QString &folder, const QString &profileId,
                                Slot slot = Slot::Review);
};

} // namespace rb
