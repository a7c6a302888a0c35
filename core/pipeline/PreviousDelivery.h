#pragma once

#include "SafetyCheck.h"
#include "common/Findings.h"

#include <QCoreApplication>
#include <QString>

#include <memory>
#include <optional>

namespace rb {

class AsmPackage;
class HistoryDatabase;
struct RunRequest;

// What a run's package is compared with: the zip the run names (convert's --previous), or the
// profile's last delivery as the history kept it. A profile whose state file says it delivered
// something this history does not hold is held (SafetyCheck::previousDelivery), so a moved or
// deleted history never silently drops the removal check.
class PreviousDelivery
{
    Q_DECLARE_TR_FUNCTIONS(rb::PreviousDelivery)
public:
    PreviousDelivery();
    ~PreviousDelivery();

    // False, with an error finding, when what should be compared with cannot be read.
    bool load(const RunRequest &request, HistoryDatabase *history, const QString &workFolder,
              Findings *findings);

    // Null when there is nothing to compare with.
    const AsmPackage *package() const { return m_package.get(); }
    // The run that delivered it; 0 for a zip named on the command line.
    qint64 runId() const { return m_runId; }
    // Set when the history does not hold the profile's last delivery.
    const std::optional<SafetyReason> &hold() const { return m_hold; }

private:
    std::unique_ptr<AsmPackage> m_package;
    qint64 m_runId = 0;
    std::optional<SafetyReason> m_hold;
};

} // namespace rb
