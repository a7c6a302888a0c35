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

QIcon RunStatusStyle::stepIcon(const QString &status)
{
    if (status == u"ok")
        return standard(QStyle::SP_DialogApplyButton);
    if (status == u"failed")
        return standard(QStyle::SP_MessageBoxCritical);
    if (status == u"held")
        return standard(QStyle::SP_MessageBoxWarning);
    if (status == u"cancelled")
        return standard(QStyle::SP_DialogCancelButton);
    if (status == u"running")
        return standard(QStyle::SP_BrowserReload);
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

QVariant RunStatusStyle::stepForeground(const QString &status)
{
    if (status == u"failed")
        return kFailed;
    if (status == u"held")
        return kHeld;
    return {};
}

} // namespace rb
