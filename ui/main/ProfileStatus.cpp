#include "ProfileStatus.h"

#include <QCoreApplication>
#include <QLocale>

namespace rb {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(rb::ProfileStatus)
};
} // namespace

AppState ProfileStatus::state() const
{
    if (running || queued)
        return AppState::Running;
    if (reviewWaiting && reviewReason == QStringLiteral("held"))
        return AppState::Held;
    if (lastRun &&
        (lastRun->status == RunStatus::Failed || lastRun->status == RunStatus::Interrupted))
        return AppState::Failed;
    if (paused)
        return AppState::Paused;
    return AppState::Idle;
}

bool ProfileStatus::blockedIsLatest() const
{
    return blocked && lastRun && lastRun->id == blockedRunId;
}

QString ProfileStatus::stateText() const
{
    if (running) {
        QString text = Text::tr("Running: %1").arg(stepText);
        if (done > 0) {
            const QLocale locale;
            text += total > 0
                        ? Text::tr(" (%1 of %2 %3)")
                              .arg(locale.toString(done), locale.toString(total), progressUnit)
                        : Text::tr(" (%1 %2)").arg(locale.toString(done), progressUnit);
        }
        return text;
    }
    if (queued)
        return Text::tr("Waiting for another run to finish");
    if (blockedIsLatest())
        return Text::tr("Blocked: %n problem(s) with Apple's rules", nullptr, int(blockedProblems));
    if (lastRun && lastRun->status == RunStatus::Failed)
        return Text::tr("Failed: %1").arg(lastRun->message);
    if (reviewWaiting)
        return reviewReason == QStringLiteral("held")
                   ? Text::tr("Held for review: nothing was sent")
                   : Text::tr("Dry run ready to review");
    if (!lastRun)
        return Text::tr("Not run yet");
    switch (lastRun->status) {
    case RunStatus::Success:
        return Text::tr("Delivered");
    case RunStatus::Failed:
        return Text::tr("Failed: %1").arg(lastRun->message);
    case RunStatus::Held:
        return Text::tr("Held for review");
    case RunStatus::DryRun:
        return Text::tr("Dry run finished");
    case RunStatus::Cancelled:
        return Text::tr("Cancelled");
    case RunStatus::Interrupted:
        return Text::tr("Interrupted (the app was closed during the run)");
    case RunStatus::Running:
        break;
    }
    return Text::tr("Running");
}

} // namespace rb
