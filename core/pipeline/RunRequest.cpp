#include "RunRequest.h"

namespace rb {

QString runModeName(RunMode mode)
{
    switch (mode) {
    case RunMode::DryRun:
        return QStringLiteral("dryrun");
    case RunMode::ApproveHeld:
        return QStringLiteral("approve");
    case RunMode::ResendLast:
        return QStringLiteral("resend");
    case RunMode::Normal:
        break;
    }
    return QStringLiteral("normal");
}

} // namespace rb
