#pragma once

#include "RunRequest.h"
#include "common/Findings.h"
#include "common/Result.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

namespace rb {

class HistoryDatabase;

// The packages a run takes or leaves instead of converting or delivering one: the package held
// for review (approved), the last delivered zip (sent again), and the packages a run keeps for
// review or because Apple's rules block them. Problems become findings of the run.
class RunPackageSlots
{
    Q_DECLARE_TR_FUNCTIONS(rb::RunPackageSlots)
public:
    RunPackageSlots(HistoryDatabase *history, QString heldFolder, QString profileId);

    struct Approval
    {
        qint64 runId = 0;
        QString sha256;
        QString heldZip; // in the review slot
    };
    // Copies the package waiting for review to zip, when it is the one the request reviewed
    // and no delivery made after it would be undone.
    std::optional<Approval> takeReviewed(const RunRequest &request, const QString &zip,
                                         Findings *findings) const;
    // Writes the last delivered zip to zip; gives the run that delivered it.
    std::optional<qint64> takeLastDelivered(const QString &zip, Findings *findings) const;
    // The zip in the review slot ("held" or "dryrun"); its path there.
    Result<QString> keepForReview(qint64 runId, const QString &reason, const QStringList &messages,
                                  const QString &zip) const;
    // The zip in the blocked slot, with the first errors; its path there.
    Result<QString> keepBlocked(qint64 runId, const Findings &findings, const QString &zip) const;

private:
    HistoryDatabase *m_history;
    QString m_heldFolder;
    QString m_profileId;
};

} // namespace rb
