#include "RunPackageSlots.h"

#include "KeptRemovalsPackage.h"
#include "ReviewPackage.h"
#include "common/Hashing.h"
#include "store/HistoryDatabase.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace rb {

RunPackageSlots::RunPackageSlots(HistoryDatabase *history, QString heldFolder, QString profileId)
    : m_history(history)
    , m_heldFolder(std::move(heldFolder))
    , m_profileId(std::move(profileId))
{
}

std::optional<RunPackageSlots::Approval> RunPackageSlots::takeReviewed(const RunRequest &request,
                                                                       const QString &zip,
                                                                       Findings *findings) const
{
    const Result<std::optional<ReviewPackage>> found =
        ReviewPackage::load(m_heldFolder, m_profileId);
    if (!found || !*found) {
        findings->error({}, 0, {},
                        found ? tr("there is no package waiting for review") : found.error(),
                        QStringLiteral("review.missing"));
        return std::nullopt;
    }
    const ReviewPackage &held = **found;
    // Approving a package made before the last delivery would undo that delivery.
    const Result<std::optional<DeliveredZip>> last = m_history->lastDeliveredZip(m_profileId);
    if (!last) {
        findings->error({}, 0, {}, last.error(), QStringLiteral("history.read"));
        return std::nullopt;
    }
    // A delivery of this package's additions and updates leaves its removals to be decided.
    if (*last && (*last)->deliveredAt > held.createdAt &&
        !KeptRemovalsPackage::deliveredWithoutRemovals(m_history, (*last)->runId, held)) {
        findings->error(QFileInfo(held.zipPath).fileName(), 0, {},
                        tr("a newer delivery was made after this package was held (run %1); "
                           "run the profile again and review the new result")
                            .arg((*last)->runId),
                        QStringLiteral("review.stale"));
        return std::nullopt;
    }
    // What the admin looked at, not whatever is in the slot now.
    if ((request.approveRunId != 0 && held.runId != request.approveRunId) ||
        (!request.approveSha256.isEmpty() && held.sha256 != request.approveSha256)) {
        findings->error(QFileInfo(held.zipPath).fileName(), 0, {},
                        tr("the package waiting for review is not the one that was reviewed "
                           "(run %1, sha256 %2): run %3 (sha256 %4) has replaced it. Review "
                           "the new package before approving it.")
                            .arg(request.approveRunId)
                            .arg(request.approveSha256.left(16), QString::number(held.runId),
                                 held.sha256.left(16)),
                        QStringLiteral("review.changed"));
        return std::nullopt;
    }
    if (!QFile::copy(held.zipPath, zip) || sha256OfFile(zip) != held.sha256) {
        findings->error(held.zipPath, 0, {},
                        tr("could not be copied for delivery as it was reviewed"),
                        QStringLiteral("review.copy"));
        return std::nullopt;
    }
    return Approval{held.runId, held.sha256, held.zipPath};
}

std::optional<qint64> RunPackageSlots::takeLastDelivered(const QString &zip,
                                                         Findings *findings) const
{
    const Result<std::optional<DeliveredZip>> found = m_history->lastDeliveredZip(m_profileId);
    if (!found) {
        findings->error({}, 0, {}, found.error(), QStringLiteral("history.read"));
        return std::nullopt;
    }
    const std::optional<DeliveredZip> &last = *found;
    if (!last) {
        findings->error({}, 0, {}, tr("this profile has not delivered anything yet"),
                        QStringLiteral("resend.none"));
        return std::nullopt;
    }
    QFile out(zip);
    if (!out.open(QIODevice::WriteOnly) || out.write(last->content) != last->content.size()) {
        findings->error(zip, 0, {}, out.errorString(), QStringLiteral("resend.write"));
        return std::nullopt;
    }
    return last->runId;
}

Result<QString> RunPackageSlots::keepForReview(qint64 runId, const QString &reason,
                                               const QStringList &messages,
                                               const QString &zip) const
{
    ReviewPackage held;
    held.profileId = m_profileId;
    held.runId = runId;
    held.reason = reason;
    held.createdAt = QDateTime::currentDateTimeUtc();
    held.messages = messages;
    if (const Result<void> stored = ReviewPackage::store(m_heldFolder, held, zip); !stored)
        return stored.failure();
    return ReviewPackage::load(m_heldFolder, m_profileId)
        .valueOr(std::nullopt)
        .value_or(ReviewPackage{})
        .zipPath;
}

Result<QString> RunPackageSlots::keepBlocked(qint64 runId, const Findings &findings,
                                             const QString &zip) const
{
    ReviewPackage blocked;
    blocked.profileId = m_profileId;
    blocked.runId = runId;
    blocked.reason = QStringLiteral("blocked");
    blocked.createdAt = QDateTime::currentDateTimeUtc();
    blocked.problems = findings.errorCount();
    for (const Finding &f : findings.kept()) {
        if (f.severity == Severity::Error && blocked.messages.size() < 5)
            blocked.messages.append(f.toString());
    }
    const ReviewPackage::Slot slot = ReviewPackage::Slot::Blocked;
    if (const Result<void> stored = ReviewPackage::store(m_heldFolder, blocked, zip, slot); !stored)
        return stored.failure();
    return ReviewPackage::describe(m_heldFolder, m_profileId, slot)
        .value_or(ReviewPackage{})
        .zipPath;
}

} // namespace rb
