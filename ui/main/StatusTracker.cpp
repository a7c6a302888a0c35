#include "StatusTracker.h"

#include "common/BackgroundJob.h"
#include "common/Hashing.h"

#include "pipeline/ReviewPackage.h"
#include "pipeline/RunControl.h"
#include "pipeline/RunHost.h"
#include "schedule/ScheduleRule.h"
#include "schedule/Scheduler.h"
#include "store/AppPaths.h"
#include "store/ProfileState.h"

namespace rb {

namespace {
QString routeOf(const Profile &p)
{
    QString from;
    switch (p.source.kind) {
    case SourceKind::Rest:
        from = StatusTracker::tr("OneRoster API");
        break;
    case SourceKind::SftpCsv:
        from = StatusTracker::tr("CSV over SFTP");
        break;
    case SourceKind::Csv:
        from = p.source.watch ? StatusTracker::tr("Watched CSV folder")
                              : StatusTracker::tr("CSV export");
        break;
    }
    const QString to = p.destination.kind == DestinationKind::AsmSftp
                           ? StatusTracker::tr("Apple School Manager")
                           : StatusTracker::tr("Folder");
    return from + QStringLiteral(" → ") + to;
}
} // namespace

StatusTracker::StatusTracker(RunHost *host, Scheduler *scheduler, QObject *parent)
    : QObject(parent)
    , m_host(host)
    , m_scheduler(scheduler)
{
    RunControl *engine = host->control();
    connect(engine, &RunControl::runQueued, this,
            [this](const QString &id) { update(id, [](ProfileStatus &s) { s.queued = true; }); });
    connect(engine, &RunControl::runStarted, this, [this](const QString &id) {
        update(id, [](ProfileStatus &s) {
            s.queued = false;
            s.running = true;
            s.stepText = RunStepText::describe(RunStep::Acquire);
            s.done = 0;
            s.total = -1;
            s.runStartedAt = QDateTime::currentDateTimeUtc();
            s.stepStartedAt = s.runStartedAt;
        });
    });
    connect(engine, &RunControl::stepStarted, this,
            [this](const QString &id, qint64, RunStep step) {
                update(id, [step](ProfileStatus &s) {
                    s.stepText = RunStepText::describe(step);
                    s.stepStartedAt = QDateTime::currentDateTimeUtc();
                    s.done = 0;
                    s.total = -1;
                    s.progressUnit.clear();
                });
            });
    connect(engine, &RunControl::progress, this,
            [this](const QString &id, RunStep, qint64 done, qint64 total, const QString &unit) {
                update(id, [done, total, unit](ProfileStatus &s) {
                    s.done = done;
                    s.total = total;
                    s.progressUnit = unit;
                });
            });
    connect(engine, &RunControl::runFinished, this, &StatusTracker::onRunFinished);
    connect(engine, &RunControl::nextDueChanged, this,
            [this](const QString &id, const QDateTime &utc) {
                update(id, [utc](ProfileStatus &s) { s.nextDue = utc; });
            });
    // The service came or went: what runs and what is due is its to say again.
    connect(engine, &RunControl::connectionChanged, this, &StatusTracker::reload);
    reload();
}

int StatusTracker::indexOf(const QString &profileId) const
{
    for (int i = 0; i < m_profiles.size(); ++i) {
        if (m_profiles.at(i).id == profileId)
            return i;
    }
    return -1;
}

void StatusTracker::refreshOne(ProfileStatus *status)
{
    RunQuery query;
    query.profileId = status->id;
    query.limit = 1;
    status->lastRun.reset();
    if (const Result<QList<RunRecord>> runs = m_host->history()->runs(query);
        runs && !runs->isEmpty())
        status->lastRun = runs->first();
    // A damaged package shows as none once its check says so: the next run replaces it.
    std::optional<ReviewPackage> review = ReviewPackage::describe(m_host->heldFolder(), status->id);
    if (review) {
        if (m_checkedSha.value(status->id) != review->sha256)
            checkReview(status->id, review->zipPath, review->sha256);
        else if (!m_checkedIntact.value(status->id))
            review.reset();
    }
    status->reviewWaiting = review.has_value();
    status->reviewReason = review ? review->reason : QString();
    status->reviewMessages = review ? review->messages : QStringList();
    const std::optional<ReviewPackage> blocked =
        ReviewPackage::describe(m_host->heldFolder(), status->id, ReviewPackage::Slot::Blocked);
    status->blocked = blocked.has_value();
    status->blockedRunId = blocked ? blocked->runId : 0;
    status->blockedProblems = blocked ? blocked->problems : 0;
    // A damaged state shows as never delivered; the next run says what is wrong with it.
    const Result<ProfileState> state =
        ProfileState::read(m_host->paths().profilesFolder, status->id);
    status->lastDelivered =
        state && state->lastDelivery ? state->lastDelivery->deliveredAt : QDateTime();
    status->running = m_host->control()->isRunning(status->id);
    status->queued = m_host->control()->isQueued(status->id);
    status->nextDue = m_host->control()->nextDue(status->id);
}

void StatusTracker::checkReview(const QString &profileId, const QString &zipPath,
                                const QString &sha256)
{
    // Taken as intact until the check says otherwise, as the run that kept it said.
    m_checkedSha.insert(profileId, sha256);
    m_checkedIntact.insert(profileId, true);
    auto *job = new BackgroundJob(this, BackgroundJob::OnDestroy::Detach);
    auto actual = std::make_shared<QString>();
    connect(job, &BackgroundJob::finished, this, [this, job, actual, profileId, sha256] {
        job->deleteLater();
        if (*actual == sha256 || m_checkedSha.value(profileId) != sha256)
            return;
        m_checkedIntact.insert(profileId, false);
        update(profileId, [](ProfileStatus &s) {
            s.reviewWaiting = false;
            s.reviewReason.clear();
            s.reviewMessages.clear();
        });
    });
    job->start(
        [actual, zipPath](const BackgroundJob::Control &) { *actual = sha256OfFile(zipPath); });
}

void StatusTracker::reload()
{
    const ProfileStore::LoadResult all = m_host->profiles().loadAll();
    m_unreadable = all.unreadableFiles;
    QList<ProfileStatus> fresh;
    for (const Profile &p : all.profiles) {
        ProfileStatus s;
        s.id = p.id.toString(QUuid::WithoutBraces);
        s.name = p.name;
        s.route = routeOf(p);
        s.hasSchedule = p.schedule.has_value();
        if (p.schedule) {
            s.paused = p.schedule->paused;
            s.scheduleText = p.schedule->describe();
            s.timeZone = p.schedule->timeZone;
        } else {
            s.scheduleText = tr("By hand");
        }
        const int old = indexOf(s.id);
        if (old >= 0) {
            s.stepText = m_profiles.at(old).stepText;
            s.done = m_profiles.at(old).done;
            s.total = m_profiles.at(old).total;
            s.progressUnit = m_profiles.at(old).progressUnit;
            s.runStartedAt = m_profiles.at(old).runStartedAt;
            s.stepStartedAt = m_profiles.at(old).stepStartedAt;
        }
        refreshOne(&s);
        fresh.append(s);
    }
    m_profiles = fresh;
    Q_EMIT reset();
    const AppState now = overall();
    if (now != m_overall) {
        m_overall = now;
        Q_EMIT overallChanged(now);
    }
}

void StatusTracker::update(const QString &profileId,
                           const std::function<void(ProfileStatus &)> &change)
{
    const int row = indexOf(profileId);
    if (row < 0)
        return;
    change(m_profiles[row]);
    Q_EMIT profileChanged(row);
    const AppState now = overall();
    if (now != m_overall) {
        m_overall = now;
        Q_EMIT overallChanged(now);
    }
}

void StatusTracker::onRunFinished(const RunResult &result)
{
    update(result.profileId, [this](ProfileStatus &s) {
        s.stepText.clear();
        refreshOne(&s);
    });
}

AppState StatusTracker::overall() const
{
    AppState worst = AppState::Idle;
    bool allPaused = !m_profiles.isEmpty();
    for (const ProfileStatus &s : m_profiles) {
        const AppState st = s.state();
        if (st != AppState::Paused && st > worst)
            worst = st;
        allPaused = allPaused && (st == AppState::Paused || !s.hasSchedule);
    }
    const bool scheduling = m_scheduler || m_host->control()->isRemote();
    if (worst == AppState::Idle && allPaused && scheduling &&
        std::any_of(m_profiles.begin(), m_profiles.end(),
                    [](const ProfileStatus &s) { return s.paused; }))
        return AppState::Paused;
    return worst;
}

QString StatusTracker::summary() const
{
    QStringList lines;
    for (const ProfileStatus &s : m_profiles) {
        if (s.state() != AppState::Idle)
            lines << s.name + QStringLiteral(": ") + s.stateText();
    }
    if (lines.isEmpty())
        return m_profiles.isEmpty() ? tr("No profiles yet")
                                    : AppStateText::describe(AppState::Idle);
    return lines.join(u'\n');
}

} // namespace rb
