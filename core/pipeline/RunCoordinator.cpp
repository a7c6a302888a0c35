#include "RunCoordinator.h"

#include "RunEngine.h"
#include "RunNotifier.h"
#include "RunSecretsReader.h"
#include "StaleAlerts.h"
#include "log/LogRedactor.h"
#include "schedule/ExportWatcher.h"
#include "schedule/ScheduleRule.h"
#include "schedule/Scheduler.h"
#include "store/HistoryDatabase.h"
#include "store/HistoryWriter.h"

#include <QFileInfo>
#include <QLoggingCategory>

namespace rb {

Q_LOGGING_CATEGORY(lcCoordinator, "rosterbridge.pipeline.coordinator", QtInfoMsg)

RunCoordinator::RunCoordinator(ProfileStore profiles, SecretStore *secrets,
                               HistoryDatabase *history, RunEngine *engine, QObject *parent)
    : QObject(parent)
    , m_profiles(std::move(profiles))
    , m_secrets(secrets)
    , m_history(history)
    , m_engine(engine)
    , m_notifier(new RunNotifier(this))
    , m_stale(new StaleAlerts(m_profiles, secrets, m_notifier, this))
{
    connect(m_engine, &RunEngine::runFinished, this, &RunCoordinator::onRunFinished);
    connect(m_engine, &RunEngine::idle, this, &RunCoordinator::checkIdle);
    connect(m_notifier, &RunNotifier::raised, this, &RunCoordinator::notificationRaised);
    connect(m_notifier, &RunNotifier::idle, this, &RunCoordinator::checkIdle);
    connect(m_stale, &StaleAlerts::idle, this, &RunCoordinator::checkIdle);
    m_stale->setBusyCheck([this](const QString &id) {
        return m_preparing.contains(id) || m_engine->isRunning(id) || m_engine->isQueued(id);
    });
}

RunCoordinator::~RunCoordinator() = default;

bool RunCoordinator::isIdle() const
{
    return m_preparing.isEmpty() && !m_engine->isBusy() && m_notifier->isIdle() &&
           m_stale->isIdle();
}

void RunCoordinator::checkIdle()
{
    if (isIdle())
        Q_EMIT idle();
}

void RunCoordinator::trigger(const QString &profileId, RunTrigger trigger, const Options &options)
{
    const bool already = m_preparing.contains(profileId);
    // Triggers that arrive while the secrets are read fold into one run, with the newest options.
    m_preparing.insert(profileId, Pending{trigger, options});
    if (!already)
        prepare(profileId);
}

void RunCoordinator::prepare(const QString &profileId)
{
    Findings findings;
    const auto profile = m_profiles.load(QUuid::fromString(profileId), &findings);
    if (!profile) {
        Profile unknown;
        unknown.id = QUuid::fromString(profileId);
        unknown.name = profileId;
        const Pending pending = m_preparing.take(profileId);
        refuse(unknown, pending.trigger,
               tr("The profile could not be read: %1").arg(findings.lines().join(u' ')));
        return;
    }
    if (const auto given = m_preparing.value(profileId).options.secrets) {
        // Queued, so that the end is never reported from inside trigger().
        QMetaObject::invokeMethod(
            this,
            [this, profileId, profile = *profile, secrets = *given] { submit(profile, secrets); },
            Qt::QueuedConnection);
        return;
    }
    auto *reader = new RunSecretsReader(m_secrets, this);
    connect(reader, &RunSecretsReader::finished, this,
            [this, reader, profileId, profile = *profile](bool ok, const RunSecrets &secrets,
                                                          const QString &error) {
                reader->deleteLater();
                if (!ok) {
                    refuse(profile, m_preparing.take(profileId).trigger, error);
                    return;
                }
                submit(profile, secrets);
            });
    reader->read(profile->id, profile->name, profile->requiredSecrets());
}

void RunCoordinator::submit(const Profile &profile, const RunSecrets &secrets)
{
    const QString profileId = profile.id.toString(QUuid::WithoutBraces);
    const Pending pending = m_preparing.take(profileId);
    RunRequest request;
    request.profile = profile;
    request.secrets = secrets;
    request.trigger = pending.trigger;
    request.mode = pending.options.mode;
    request.approve = pending.options.approve;
    request.input = pending.options.input;
    request.profilesFolder = m_profiles.folder();
    request.approveRunId = pending.options.approveRunId;
    request.approveSha256 = pending.options.approveSha256;
    request.keepRemovals = pending.options.keepRemovals;
    // Typed in for this run or read from the keychain: either way never in a log line.
    for (const QString &secret : secrets.all())
        LogRedactor::addSecret(secret);
    m_secretsOf.insert(profileId, secrets);
    m_engine->submit(std::move(request));
}

void RunCoordinator::refuse(const Profile &profile, RunTrigger trigger, const QString &message)
{
    RunResult result;
    result.profileId = profile.id.toString(QUuid::WithoutBraces);
    result.profileName = profile.name;
    result.trigger = trigger;
    result.status = RunStatus::Failed;
    result.message = message;
    // Refused before its secrets were read: the message holds none of them.
    HistoryWriter writer(*m_history, RecordingPolicy{});
    const Result<qint64> runId = writer.beginRun(result.profileId, trigger);
    result.runId = runId.valueOr(0);
    const Result<void> ended =
        runId ? writer.finishRun(result.runId, RunStatus::Failed, {}, message) : runId.failure();
    if (!ended)
        result.details.append(ended.error());
    qCWarning(lcCoordinator) << "a run of" << result.profileId << "could not start";
    Q_EMIT runFinished(result);
    m_notifier->notify(profile, {}, result);
    checkIdle();
}

void RunCoordinator::updateProfile(const RunResult &result, QStringList *problems)
{
    const bool pinSource = !result.sourceHostKeyToPin.isEmpty();
    const bool pinDestination = !result.destinationHostKeyToPin.isEmpty();
    Findings findings;
    auto profile = m_profiles.load(QUuid::fromString(result.profileId), &findings);
    if (!profile)
        return;
    // The run has said which role rules a migration changed: saving keeps the new schema, so
    // the next run does not say it again.
    bool changed = !profile->migratedRoleRules.isEmpty();
    // The profile allowed trust on first use; from now on only this key is accepted.
    if (pinSource && profile->source.sftp.hostKeyFingerprint.isEmpty()) {
        profile->source.sftp.hostKeyFingerprint = result.sourceHostKeyToPin;
        profile->source.sftp.trustOnFirstUse = false;
        changed = true;
    }
    if (pinDestination && profile->destination.sftp.hostKeyFingerprint.isEmpty()) {
        profile->destination.sftp.hostKeyFingerprint = result.destinationHostKeyToPin;
        profile->destination.sftp.trustOnFirstUse = false;
        changed = true;
    }
    if (result.delivered && profile->needsFirstRunApproval) {
        profile->needsFirstRunApproval = false;
        changed = true;
    }
    if (!changed)
        return;
    if (const Result<void> saved = m_profiles.save(*profile); !saved)
        problems->append(
            tr("The profile could not be updated after the run: %1").arg(saved.error()));
}

void RunCoordinator::onRunFinished(const RunResult &finished)
{
    RunResult result = finished;
    updateProfile(result, &result.details);
    const RunSecrets secrets = m_secretsOf.value(result.profileId);
    if (!m_engine->isRunning(result.profileId) && !m_engine->isQueued(result.profileId))
        m_secretsOf.remove(result.profileId);
    Findings findings;
    Profile profile =
        m_profiles.load(QUuid::fromString(result.profileId), &findings).value_or(Profile{});
    if (profile.name.isEmpty())
        profile.name = result.profileName;
    Q_EMIT runFinished(result);
    m_notifier->notify(profile, secrets, result);
    checkIdle();
}

void RunCoordinator::startAutomatic(Scheduler *scheduler)
{
    if (m_scheduler)
        disconnect(m_scheduler, nullptr, this, nullptr);
    m_scheduler = scheduler;
    connect(m_scheduler, &Scheduler::due, this, [this](const QString &profileId, const QString &) {
        trigger(profileId, RunTrigger::Schedule, {});
    });
    connect(m_scheduler, &Scheduler::nextDueChanged, this, &RunCoordinator::nextDueChanged);
    m_stale->watch(scheduler);
    reloadAutomatic();
}

QDateTime RunCoordinator::nextDue(const QString &profileId) const
{
    return m_scheduler ? m_scheduler->nextDue(profileId) : QDateTime();
}

void RunCoordinator::reloadAutomatic()
{
    const ProfileStore::LoadResult all = m_profiles.loadAll();
    QSet<QString> present;
    for (const Profile &p : all.profiles) {
        const QString id = p.id.toString(QUuid::WithoutBraces);
        present.insert(id);
        if (m_scheduler) {
            if (!p.schedule) {
                m_scheduler->removeProfile(id);
            } else if (!p.schedule->isValid()) {
                // A zone this computer does not know (the rule is kept as written).
                m_scheduler->removeProfile(id);
                Q_EMIT automaticProblem(
                    id, tr("The time zone \"%1\" is not known on this computer, so the schedule "
                           "does not run.")
                            .arg(p.schedule->timeZone));
            } else if (!m_scheduler->hasProfile(id) || m_scheduler->rule(id) != *p.schedule) {
                m_scheduler->setRule(id, *p.schedule);
            }
        }
        // Pausing a profile stops its watched folder too, not only its schedule.
        const bool paused = p.schedule && p.schedule->paused;
        const bool watch = p.source.kind == SourceKind::Csv && p.source.watch && !paused;
        ExportWatcher *watcher = m_watchers.value(id);
        if (!watch || !QFileInfo(p.source.path).isDir()) {
            if (watch)
                Q_EMIT automaticProblem(
                    id, tr("The watched folder %1 is not there.").arg(p.source.path));
            delete m_watchers.take(id);
            continue;
        }
        if (!watcher) {
            watcher = new ExportWatcher(this);
            m_watchers.insert(id, watcher);
            connect(watcher, &ExportWatcher::exportReady, this, [this, id](const QString &path) {
                Options options;
                options.input = path;
                trigger(id, RunTrigger::Watch, options);
            });
            watcher->start(p.source.path, m_watchQuietMs);
        }
    }
    for (const QString &id : m_watchers.keys()) {
        if (!present.contains(id))
            delete m_watchers.take(id);
    }
    if (m_scheduler) {
        for (const QString &id : m_scheduler->profileIds()) {
            if (!present.contains(id))
                m_scheduler->removeProfile(id);
        }
    }
}

} // namespace rb
