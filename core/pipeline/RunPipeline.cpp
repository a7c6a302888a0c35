#include "RunPipeline.h"

#include "AsmDiff.h"
#include "KeptRemovalsPackage.h"
#include "PreviousDelivery.h"
#include "ReviewPackage.h"
#include "RosterConverter.h"
#include "RunDelivery.h"
#include "RunPackageSlots.h"
#include "RunSource.h"
#include "asm/AsmPackage.h"
#include "asm/AsmPackager.h"
#include "asm/AsmValidator.h"
#include "common/Cancellation.h"
#include "common/Hashing.h"
#include "store/ProfileRunLock.h"
#include "store/ProfileState.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QLoggingCategory>
#include <QTimer>

namespace rb {

Q_LOGGING_CATEGORY(lcRun, "rosterbridge.pipeline.run", QtInfoMsg)

RunPipeline::RunPipeline(RunRequest request, HistoryDatabase *history, QString heldFolder,
                         std::shared_ptr<std::atomic_bool> cancel, QObject *parent)
    : QObject(parent)
    , m_request(std::move(request))
    , m_profileId(m_request.profile.id.toString(QUuid::WithoutBraces))
    , m_history(history)
    , m_heldFolder(std::move(heldFolder))
    , m_cancel(std::move(cancel))
    , m_recorder(history)
{
    m_result.profileId = m_profileId;
    m_result.profileName = m_request.profile.name;
    m_result.trigger = m_request.trigger;
}

RunPipeline::~RunPipeline() = default;

RunPackageSlots RunPipeline::packageSlots() const
{
    return RunPackageSlots(m_history, m_heldFolder, m_profileId);
}

QString RunPipeline::deliveryFileName(const QDateTime &utc)
{
    return QStringLiteral("rosterbridge-") +
           utc.toUTC().toString(QStringLiteral("yyyyMMdd-HHmmsszzz")) + QStringLiteral(".zip");
}

void RunPipeline::start()
{
    QTimer::singleShot(0, this, &RunPipeline::begin);
}

void RunPipeline::cancel()
{
    m_cancel->store(true);
    if (m_source)
        m_source->cancel();
}

void RunPipeline::begin()
{
    RecordingPolicy policy;
    policy.saveBodies = m_request.profile.saveExchangeData;
    for (const QString &secret : m_request.secrets.all())
        policy.redactor.addSecret(secret.toUtf8());
    if (const Result<void> begun = m_recorder.begin(m_profileId, m_request.trigger, policy);
        !begun) {
        finish(RunStatus::Failed, begun.error());
        return;
    }
    m_result.runId = m_recorder.runId();
    m_counts.insert(QStringLiteral("mode"), runModeName(m_request.mode));
    qCInfo(lcRun) << "run" << m_result.runId << "of profile" << m_profileId << "started,"
                  << runModeName(m_request.mode);
    if (!m_request.profilesFolder.isEmpty()) {
        m_profileLock = std::make_unique<ProfileRunLock>(m_request.profilesFolder, m_profileId);
        if (const Result<void> locked = m_profileLock->tryLock(); !locked) {
            finish(RunStatus::Failed, locked.error());
            return;
        }
    }
    if (!m_work.isValid()) {
        finish(RunStatus::Failed,
               tr("No temporary folder could be made for the run: %1").arg(m_work.errorString()));
        return;
    }
    acquire();
}

bool RunPipeline::startStep(RunStep step)
{
    if (cancelled())
        return false;
    m_stepFindingsFrom = m_findings.kept().size();
    if (const Result<void> started = m_recorder.startStep(step); !started) {
        finish(RunStatus::Failed, started.error());
        return false;
    }
    Q_EMIT stepStarted(m_profileId, m_result.runId, step);
    return true;
}

QStringList RunPipeline::stepFindingLines() const
{
    QStringList lines;
    const QList<Finding> &kept = m_findings.kept();
    for (qsizetype i = m_stepFindingsFrom; i < kept.size() && lines.size() < 50; ++i)
        lines.append(kept.at(i).toString());
    return lines;
}

bool RunPipeline::endStep(bool ok, const QJsonObject &counts, const QString &okMessage,
                          const QList<ExchangeRecord> &exchanges)
{
    const QStringList lines = stepFindingLines();
    QJsonObject c = counts;
    if (!lines.isEmpty())
        c.insert(QStringLiteral("findings"), QJsonArray::fromStringList(lines));
    const bool wasCancelled = !ok && m_cancel->load();
    QString message = okMessage;
    if (!ok) {
        message = wasCancelled ? tr("Cancelled.") : tr("The step failed.");
        const QList<Finding> &kept = m_findings.kept();
        for (qsizetype i = m_stepFindingsFrom; !wasCancelled && i < kept.size(); ++i) {
            if (kept.at(i).severity == Severity::Error) {
                message = kept.at(i).toString();
                break;
            }
        }
    }
    const StepStatus status =
        ok ? StepStatus::Ok : (wasCancelled ? StepStatus::Cancelled : StepStatus::Failed);
    const RunStep step = m_recorder.currentStep();
    if (const Result<void> ended = m_recorder.finishStep(status, c, message, exchanges); !ended) {
        finish(RunStatus::Failed, ended.error());
        return false;
    }
    Q_EMIT stepFinished(m_profileId, m_recorder.lastStep());
    if (ok)
        return true;
    // A blocked run goes on to keep its package (keepBlocked), which ends it.
    if (m_blocked && step == RunStep::Validate && !wasCancelled)
        return false;
    if (wasCancelled)
        finish(RunStatus::Cancelled, tr("The run was cancelled; nothing was delivered."));
    else
        finish(RunStatus::Failed, tr("%1 failed: %2").arg(RunStepText::describe(step), message));
    return false;
}

bool RunPipeline::cancelled()
{
    if (!m_cancel->load())
        return false;
    // The run ends as cancelled either way; finish() reports a history that cannot record it.
    if (m_recorder.hasStep())
        (void)m_recorder.finishStep(StepStatus::Cancelled, {}, tr("Cancelled."));
    finish(RunStatus::Cancelled, tr("The run was cancelled; nothing was delivered."));
    return true;
}

void RunPipeline::acquire()
{
    if (!startStep(RunStep::Acquire))
        return;
    switch (m_request.mode) {
    case RunMode::ApproveHeld:
        acquired(loadReviewPackage());
        return;
    case RunMode::ResendLast:
        acquired(loadLastDelivered());
        return;
    case RunMode::Normal:
    case RunMode::DryRun:
        break;
    }
    m_source = new RunSource(m_request, m_cancel.get(), this);
    connect(m_source, &RunSource::progress, this,
            [this](qint64 done, qint64 total, const QString &text) {
                Q_EMIT progress(m_profileId, RunStep::Acquire, done, total, text);
            });
    connect(m_source, &RunSource::finished, this, &RunPipeline::acquired);
    m_source->start(m_work.path());
}

bool RunPipeline::loadReviewPackage()
{
    m_zip = QDir(m_work.path()).filePath(deliveryFileName(QDateTime::currentDateTimeUtc()));
    const std::optional<RunPackageSlots::Approval> approved =
        packageSlots().takeReviewed(m_request, m_zip, &m_findings);
    if (!approved)
        return false;
    m_approvedSha256 = approved->sha256;
    if (m_request.keepRemovals)
        m_result.reviewPackage = approved->heldZip;
    m_counts.insert(QStringLiteral("approvedRun"), approved->runId);
    m_counts.insert(QStringLiteral("approvedSha256"), approved->sha256);
    return true;
}

bool RunPipeline::loadLastDelivered()
{
    m_zip = QDir(m_work.path()).filePath(deliveryFileName(QDateTime::currentDateTimeUtc()));
    const std::optional<qint64> resent = packageSlots().takeLastDelivered(m_zip, &m_findings);
    if (resent)
        m_counts.insert(QStringLiteral("resentRun"), *resent);
    return resent.has_value();
}

void RunPipeline::acquired(bool ok)
{
    const Cancellation::Scope scope(m_cancel.get());
    QJsonObject counts;
    QList<ExchangeRecord> exchanges;
    if (m_source) {
        m_findings.append(m_source->findings());
        counts = m_source->counts();
        exchanges = m_source->exchanges();
        m_result.sourceHostKeyToPin = m_source->hostKeyToPin();
        if (ok && !m_cancel->load()) {
            MappingOptions mapping = m_request.profile.conversion.mapping;
            if (mapping.pseudonymizeStudentNames)
                mapping.pseudonymKey = m_request.secrets.value(SecretName::PseudonymKey).toUtf8();
            m_converter = std::make_unique<RosterConverter>(m_request.profile.conversion.filters,
                                                            std::move(mapping));
            ok = m_converter->read(m_source->input(), &m_findings);
            counts.insert(QStringLiteral("oneRosterVersion"), m_converter->oneRosterVersion());
            counts.insert(QStringLiteral("read"), m_converter->readCounts());
        }
    }
    if (!endStep(ok && !m_cancel->load(), counts, {}, exchanges))
        return;
    afterAcquire();
}

void RunPipeline::afterAcquire()
{
    const Cancellation::Scope scope(m_cancel.get());
    switch (m_request.mode) {
    case RunMode::ResendLast:
        if (deliver() && record())
            finish(RunStatus::Success,
                   tr("The last delivered zip was sent again to %1.").arg(m_result.deliveredTo));
        return;
    case RunMode::ApproveHeld:
        if ((!m_request.keepRemovals || keepRemovals()) && validate() && compare() && deliver() &&
            record())
            finish(RunStatus::Success,
                   m_request.keepRemovals
                       ? tr("Additions and updates were delivered to %1; %n removal(s) stay held "
                            "for review.",
                            nullptr, int(m_keptRemovals))
                             .arg(m_result.deliveredTo)
                       : tr("The package held for review was approved and delivered to %1.")
                             .arg(m_result.deliveredTo));
        return;
    case RunMode::Normal:
    case RunMode::DryRun:
        break;
    }
    if (!filter() || !map() || !validate() || !compare() || !package())
        return;
    const QStringList reasons = m_safety.messages();
    if (m_request.mode == RunMode::DryRun) {
        if (keepForReview(QStringLiteral("dryrun")))
            finish(RunStatus::DryRun,
                   m_safety.verdict == SafetyVerdict::Hold
                       ? tr("Dry run: nothing was delivered. A real run would be held for "
                            "review: %1")
                             .arg(reasons.join(u' '))
                       : tr("Dry run: everything was checked and nothing was delivered; the "
                            "package is kept for review."));
        return;
    }
    if (m_safety.verdict == SafetyVerdict::Hold && !m_request.approve) {
        if (keepForReview(QStringLiteral("held")))
            finish(RunStatus::Held,
                   tr("Held for review; nothing was delivered. %1").arg(reasons.join(u' ')));
        return;
    }
    if (!m_request.deliver)
        finish(RunStatus::Success, tr("Wrote %1.").arg(m_result.writtenTo));
    else if (deliver() && record())
        finish(RunStatus::Success, tr("Delivered to %1.").arg(m_result.deliveredTo));
}

bool RunPipeline::keepRemovals()
{
    if (!startStep(RunStep::Map))
        return false;
    const Result<std::optional<DeliveredZip>> last = m_history->lastDeliveredZip(m_profileId);
    const QString zip =
        QDir(m_work.path()).filePath(QStringLiteral("kept/") + QFileInfo(m_zip).fileName());
    const Result<KeptRemovals> kept =
        last ? KeptRemovalsPackage::writeZip(m_zip, *last, m_work.path(), zip, m_cancel.get())
             : Result<KeptRemovals>(last.failure());
    if (!kept) {
        m_findings.error({}, 0, {}, kept.error(), QStringLiteral("review.keepRemovals"));
        return endStep(false, {});
    }
    // What is validated and compared now is what goes out.
    m_zip = zip;
    m_approvedSha256 = sha256OfFile(zip);
    m_keptRemovals = kept->total();
    m_counts.insert(QStringLiteral("keptRemovals"), kept->toJson());
    return endStep(true, QJsonObject{{QStringLiteral("keptRemovals"), kept->toJson()}},
                   tr("%n row(s) that the package would remove are kept as last delivered.",
                      nullptr, int(m_keptRemovals)));
}

bool RunPipeline::filter()
{
    if (!startStep(RunStep::Filter))
        return false;
    const QStringList migrated = m_request.profile.migratedRoleRules;
    if (!migrated.isEmpty())
        m_findings.warning(QStringLiteral("profile"), 0, QStringLiteral("roleRules"),
                           tr("this version sends every staff-type role to staff.csv by default; "
                              "the profile's rules for %1 were at the old default (leave out) "
                              "and now send them as staff. Choose Leave out in the profile's "
                              "roles to keep any of them out.")
                               .arg(migrated.join(QStringLiteral(", "))),
                           QStringLiteral("settings.roleRules.migrated"));
    const bool ok = m_converter->filter(&m_findings);
    // A filter that stopped half-way has no trail worth answering from.
    if (ok)
        keepDecisionTrail();
    // Enrollments are counted as they stream through the filters, so "read" is whole only now.
    return endStep(ok, QJsonObject{{QStringLiteral("read"), m_converter->readCounts()},
                                   {QStringLiteral("kept"), m_converter->keptCounts()},
                                   {QStringLiteral("decisions"), m_converter->decisions()}});
}

void RunPipeline::keepDecisionTrail()
{
    HistoryWriter *writer = m_recorder.writer();
    if (!writer || m_result.runId == 0)
        return;
    const QByteArray trail = m_converter->decisionTrail();
    if (trail.isEmpty())
        return;
    // Only "why" reads it, so a trail that cannot be kept costs an answer, not the run.
    const Result<void> kept =
        writer->storeDecisionTrail(m_result.runId, m_converter->decisions(), trail);
    if (!kept)
        m_findings.warning(QStringLiteral("history"), 0, {}, kept.failure().message,
                           QStringLiteral("history.trail"));
}

bool RunPipeline::map()
{
    if (!startStep(RunStep::Map))
        return false;
    m_staging = QDir(m_work.path()).filePath(QStringLiteral("asm"));
    const bool ok = QDir().mkpath(m_staging) && m_converter->map(m_staging, &m_findings);
    QJsonObject rows;
    for (AsmTable t : kAsmTables)
        rows.insert(asmFileName(t), m_converter->rows(t));
    // The roster model is the largest thing a run holds; it is not needed past this point.
    m_activeInExport = m_converter->activeInExport();
    m_converter.reset();
    if (ok) {
        m_zip = QDir(m_work.path()).filePath(deliveryFileName(QDateTime::currentDateTimeUtc()));
        m_earlyZip.start(m_staging, m_zip, m_cancel);
    }
    return endStep(ok, QJsonObject{{QStringLiteral("rows"), rows}});
}

bool RunPipeline::validate()
{
    if (!startStep(RunStep::Validate))
        return false;
    m_package = AsmPackage::open(m_staging.isEmpty() ? m_zip : m_staging, &m_findings);
    bool ok = m_package != nullptr;
    QJsonObject counts;
    if (m_package) {
        AsmValidator validator(&m_findings);
        ok = validator.validate(*m_package) && !m_findings.hasErrors();
        counts.insert(QStringLiteral("rows"), validator.rowCountsJson());
        m_counts.insert(QStringLiteral("rows"), validator.rowCountsJson());
    }
    counts.insert(QStringLiteral("errors"), m_findings.errorCount());
    counts.insert(QStringLiteral("warnings"), m_findings.warningCount());
    // Only a converted package is kept when blocked: an approved or resent one is already kept.
    m_blocked = !ok && m_package && !m_staging.isEmpty() && !m_cancel->load();
    const bool ended = endStep(
        ok, counts,
        tr("Apple's rules are met (%n warning(s)).", nullptr, int(m_findings.warningCount())));
    if (m_blocked) {
        keepBlocked();
    } else if (ended && !m_staging.isEmpty()) {
        // The problems a blocked package had are gone: it no longer says anything.
        if (const Result<void> discarded =
                ReviewPackage::discard(m_heldFolder, m_profileId, ReviewPackage::Slot::Blocked);
            !discarded)
            m_findings.warning({}, 0, {}, discarded.error(), QStringLiteral("review.discard"));
    }
    return ended;
}

bool RunPipeline::compare()
{
    if (!startStep(RunStep::Compare))
        return false;
    PreviousDelivery previous;
    if (!previous.load(m_request, m_history, m_work.path(), &m_findings))
        return endStep(false, {});
    const AsmDiffResult diff = AsmDiff().compare(previous.package(), *m_package, &m_findings);
    SafetyThresholds thresholds = m_request.profile.conversion.safety;
    thresholds.setHoldFirstDelivery(m_request.profile.needsFirstRunApproval &&
                                    thresholds.holdFirstDelivery());
    m_safety = SafetyCheck::evaluate(diff, thresholds, m_findings.errorCount(), m_activeInExport);
    if (previous.hold())
        m_safety.add(*previous.hold());
    for (const SafetyReason &r : m_safety.reasons) {
        m_findings.add(r.verdict == SafetyVerdict::Stop ? Severity::Error : Severity::Warning,
                       r.file, 0, {}, r.message, r.code);
    }
    // An approved package was already judged; only a hard stop still counts.
    if (m_request.mode == RunMode::ApproveHeld && m_safety.verdict == SafetyVerdict::Hold)
        m_safety.verdict = SafetyVerdict::Pass;
    const QJsonObject summary = diff.summaryJson();
    m_counts.insert(QStringLiteral("diff"), summary);
    m_result.diff = diff.toJson();
    m_counts.insert(QStringLiteral("safety"), m_safety.toJson());
    QJsonObject counts = summary;
    counts.insert(QStringLiteral("safety"), m_safety.toJson());
    m_package.reset();
    return endStep(
        m_safety.verdict != SafetyVerdict::Stop, counts,
        m_safety.verdict == SafetyVerdict::Hold
            ? m_safety.messages().join(u' ')
            : (!previous.package() ? tr("There is no earlier delivery to compare with.")
               : previous.runId() != 0
                   ? tr("Compared with the delivery of run %1.").arg(previous.runId())
                   : tr("Compared with %1.").arg(QFileInfo(m_request.previousZip).fileName())));
}

bool RunPipeline::package()
{
    if (!startStep(RunStep::Package))
        return false;
    // The zip is normally already under way since the map step.
    if (!m_earlyZip.started()) {
        m_zip = QDir(m_work.path()).filePath(deliveryFileName(QDateTime::currentDateTimeUtc()));
        m_earlyZip.start(m_staging, m_zip, m_cancel);
    }
    const Result<void> written = m_earlyZip.result();
    bool ok = written.ok();
    if (!ok)
        m_findings.error(QFileInfo(m_zip).fileName(), 0, {}, written.error(),
                         QStringLiteral("output.write"));
    QJsonObject counts{{QStringLiteral("file"), QFileInfo(m_zip).fileName()},
                       {QStringLiteral("bytes"), QFileInfo(m_zip).size()}};
    // convert's -o: only a package the safety check lets through, or one approved.
    const QString &output = m_request.outputZip;
    if (ok && !output.isEmpty() && m_request.mode == RunMode::Normal && !m_blocked &&
        (m_safety.verdict == SafetyVerdict::Pass || m_request.approve)) {
        const Result<void> copied = AsmPackager::copyZip(m_zip, output);
        ok = copied.ok();
        if (ok)
            m_result.writtenTo = output;
        else
            m_findings.error(QFileInfo(output).fileName(), 0, {}, copied.error(),
                             QStringLiteral("output.write"));
        counts.insert(QStringLiteral("output"), output);
    }
    return endStep(ok, counts);
}

void RunPipeline::keepBlocked()
{
    m_package.reset();
    const qint64 problems = m_findings.errorCount();
    if (!package())
        return;
    QString message = tr("Blocked by Apple's rules: %n problem(s); nothing was delivered.", nullptr,
                         int(problems));
    if (const Result<QString> kept =
            packageSlots().keepBlocked(m_result.runId, m_findings, m_zip)) {
        m_result.blockedPackage = *kept;
        message += u' ' + tr("The package is kept so that every problem can be reviewed: %1")
                              .arg(QDir::toNativeSeparators(m_result.blockedPackage));
    } else {
        message += u' ' + kept.error();
    }
    finish(RunStatus::Failed, message);
}

bool RunPipeline::keepForReview(const QString &reason)
{
    if (!startStep(RunStep::Deliver))
        return false;
    const Result<QString> kept =
        packageSlots().keepForReview(m_result.runId, reason, m_safety.messages(), m_zip);
    if (!kept) {
        m_findings.error({}, 0, {}, kept.error(), QStringLiteral("review.store"));
        return endStep(false, {});
    }
    m_result.reviewPackage = *kept;
    const QString message = reason == QStringLiteral("dryrun")
                                ? tr("Dry run: nothing was delivered.")
                                : tr("Held for review: nothing was delivered.");
    if (const Result<void> ended = m_recorder.finishStep(
            StepStatus::Skipped, QJsonObject{{QStringLiteral("review"), reason}}, message);
        !ended) {
        finish(RunStatus::Failed, ended.error());
        return false;
    }
    Q_EMIT stepFinished(m_profileId, m_recorder.lastStep());
    return true;
}

bool RunPipeline::deliver()
{
    if (!startStep(RunStep::Deliver))
        return false;
    if (!m_approvedSha256.isEmpty() && sha256OfFile(m_zip) != m_approvedSha256) {
        m_findings.error(QFileInfo(m_zip).fileName(), 0, {},
                         tr("the approved package changed before it could be sent; nothing was "
                            "sent"),
                         QStringLiteral("review.changed"));
        return endStep(false, {});
    }
    const ProfileDestination &destination = m_request.profile.destination;
    const TransferResult r = RunDelivery::deliver(
        destination, m_request.secrets, m_zip, m_cancel.get(),
        [this](qint64 done, qint64 total) {
            Q_EMIT progress(m_profileId, RunStep::Deliver, done, total, tr("bytes"));
        },
        m_request.uploadJournal);
    QList<ExchangeRecord> exchanges;
    for (const SftpOperation &op : r.operations)
        exchanges.append(ExchangeRecord::fromSftp(op, RunDelivery::exchangeKind(destination)));
    if (r.ok) {
        m_result.deliveredTo = r.target;
        m_result.delivered = true;
        if (r.hostKeyTrustedOnFirstUse)
            m_result.destinationHostKeyToPin = r.hostKeyFingerprint;
    } else {
        m_findings.error(RunDelivery::where(destination), 0, {}, r.message,
                         QStringLiteral("deliver.") + transferErrorName(r.error));
    }
    QJsonObject counts = r.toJson();
    counts.remove(QStringLiteral("operations"));
    return endStep(r.ok, counts, tr("Sent %1 bytes to %2.").arg(r.bytes).arg(r.target), exchanges);
}

bool RunPipeline::record()
{
    if (!startStep(RunStep::Record))
        return false;
    QFile zip(m_zip);
    const QByteArray content = zip.open(QIODevice::ReadOnly) ? zip.readAll() : QByteArray();
    Result<void> kept =
        content.isEmpty()
            ? Failure{tr("The file %1 cannot be read: %2.").arg(m_zip, zip.errorString())}
            : m_recorder.writer()->storeDeliveredZip(m_result.runId, QFileInfo(m_zip).fileName(),
                                                     content);
    const Result<int> pruned =
        kept ? m_history->prune(m_profileId, m_request.profile.retentionDays) : Result<int>(0);
    if (!pruned)
        kept = pruned.failure();
    const bool ok = kept.ok();
    if (!ok)
        m_findings.error(
            {}, 0, {},
            tr("the zip was delivered, but the history could not keep it: %1").arg(kept.error()),
            QStringLiteral("history.write"));
    if (ok && !m_request.profilesFolder.isEmpty()) {
        if (const Result<void> recorded = ProfileState::recordDelivery(
                m_request.profilesFolder, m_profileId, m_result.runId, sha256Hex(content));
            !recorded)
            m_findings.warning({}, 0, {}, recorded.error(), QStringLiteral("state.write"));
    }
    if (ok && m_request.mode == RunMode::ApproveHeld && !m_request.keepRemovals) {
        if (const Result<void> discarded = ReviewPackage::discard(m_heldFolder, m_profileId);
            !discarded)
            m_findings.warning({}, 0, {}, discarded.error(), QStringLiteral("review.discard"));
    }
    return endStep(ok,
                   QJsonObject{{QStringLiteral("bytes"), qint64(content.size())},
                               {QStringLiteral("prunedRuns"), pruned.valueOr(0)}},
                   tr("The delivered zip is kept for the next comparison."));
}

void RunPipeline::finish(RunStatus status, const QString &message)
{
    if (m_finished)
        return;
    m_finished = true;
    m_result.status = status;
    m_result.message = message;
    for (const QString &line : m_findings.lines()) {
        if (m_result.details.size() >= 20)
            break;
        m_result.details.append(line);
    }
    m_counts.insert(QStringLiteral("errors"), m_findings.errorCount());
    m_counts.insert(QStringLiteral("warnings"), m_findings.warningCount());
    m_result.counts = m_counts;
    m_result.findings = m_findings;
    if (m_result.runId != 0) {
        if (const Result<void> ended = m_recorder.finishRun(status, m_counts, message); !ended) {
            m_result.status = RunStatus::Failed;
            m_result.message = message + u' ' + ended.error();
        }
    }
    qCInfo(lcRun) << "run" << m_result.runId << "of profile" << m_profileId
                  << "ended:" << runStatusName(m_result.status);
    m_profileLock.reset();
    Q_EMIT finished(m_result);
}

} // namespace rb
