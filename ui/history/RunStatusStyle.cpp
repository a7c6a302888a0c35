#include "history/RunStatusStyle.h"

#include <QApplication>
#include <QStyle>

namespace rb {

namespace {
QIcon standard(QStyle::StandardPixmap pixmap)
{
    // Models may be used without widgets (tests, a headless tool); they get no icon then.
    if (!qobject_cast<QApplication *>(QCoreApplication::instance()))
        return {};
    return QApplication::style()->standardIcon(pixmap);
}

const QColor kFailed(0xb0, 0x1c, 0x1c);
const QColor kHeld(0xa0, 0x5a, 0x00);
} // namespace

QIcon RunStatusStyle::icon(RunStatus status)
{
    switch (status) {
    case RunStatus::Success:
        return standard(QStyle::SP_DialogApplyButton);
    case RunStatus::Failed:
        return standard(QStyle::SP_MessageBoxCritical);
    case RunStatus::Held:
        return standard(QStyle::SP_MessageBoxWarning);
    case RunStatus::DryRun:
        return standard(QStyle::SP_MessageBoxInformation);
    case RunStatus::Cancelled:
        return standard(QStyle::SP_DialogCancelButton);
    case RunStatus::Interrupted:
        return standard(QStyle::SP_BrowserStop);
    case RunStatus::Running:
        break;
    }
    return standard(QStyle::SP_BrowserReload);
}

QIcon RunStatusStyle::stepIcon(StepStatus status)
{
    switch (status) {
    case StepStatus::Ok:
        return standard(QStyle::SP_DialogApplyButton);
    case StepStatus::Failed:
    case StepStatus::Interrupted:
        return standard(QStyle::SP_MessageBoxCritical);
    case StepStatus::Held:
        return standard(QStyle::SP_MessageBoxWarning);
    case StepStatus::Cancelled:
        return standard(QStyle::SP_DialogCancelButton);
    case StepStatus::Running:
        return standard(QStyle::SP_BrowserReload);
    case StepStatus::Skipped:
        break;
    }
    return {};
}

QIcon RunStatusStyle::exchangeIcon(bool ok)
{
    return standard(ok ? QStyle::SP_DialogApplyButton : QStyle::SP_MessageBoxCritical);
}

QVariant RunStatusStyle::foreground(RunStatus status)
{
    switch (status) {
    case RunStatus::Failed:
    case RunStatus::Interrupted:
        return kFailed;
    case RunStatus::Held:
        return kHeld;
    default:
        return {};
    }
}

QVariant RunStatusStyle::stepForeground(StepStatus status)
{
    switch (status) {
    case StepStatus::Failed:
    case StepStatus::Interrupted:
        return kFailed;
    case StepStatus::Held:
        return kHeld;
    default:
        return {};
    }
}

} // namespace rb
