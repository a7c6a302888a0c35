#include "ConvertJob.h"

#include "AsmDiff.h"
#include "RosterConverter.h"
#include "SafetyCheck.h"
#include "asm/AsmPackage.h"
#include "asm/AsmPackager.h"
#include "asm/AsmValidator.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QLoggingCategory>
#include <QTemporaryDir>

namespace rb {

Q_LOGGING_CATEGORY(lcConvert, "rosterbridge.pipeline.convert")

ConvertJob::ConvertJob(Request request)
    : m_request(std::move(request))
{
}

QString ConvertJob::outcomeName(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Written:
        return QStringLiteral("written");
    case Outcome::Held:
        return QStringLiteral("held");
    case Outcome::Failed:
        break;
    }
    return QStringLiteral("failed");
}

void ConvertJob::step(const QString &name, qint64 ms, bool ok)
{
    m_steps.append(QJsonObject{
        {QStringLiteral("name"), name},
        {QStringLiteral("status"), ok ? QStringLiteral("ok") : QStringLiteral("failed")},
        {QStringLiteral("durationMs"), ms}});
    qCInfo(lcConvert) << name << (ok ? "ok" : "failed") << ms << "ms";
}

ConvertJob::Outcome ConvertJob::finish(Outcome outcome)
{
    m_report.insert(QStringLiteral("outcome"), outcomeName(outcome));
    m_report.insert(QStringLiteral("input"), m_request.input);
    m_report.insert(QStringLiteral("output"),
                    outcome == Outcome::Written ? m_request.output : QString());
    m_report.insert(QStringLiteral("steps"), m_steps);
    m_report.insert(QStringLiteral("findings"), m_findings.toJson());
    m_report.insert(QStringLiteral("errors"), m_findings.errorCount());
    m_report.insert(QStringLiteral("warnings"), m_findings.warningCount());
    return outcome;
}

ConvertJob::Outcome ConvertJob::run()
{
    QElapsedTimer timer;
    // The six files are staged next to nothing the user owns; a failed run leaves no trace.
    QTemporaryDir staging;
    if (!staging.isValid()) {
        m_findings.error({}, 0, {},
                         tr("no temporary folder could be made: %1").arg(staging.errorString()),
                         QStringLiteral("output.staging"));
        return finish(Outcome::Failed);
    }

    timer.start();
    RosterConverter converter(m_request.settings.filters, m_request.settings.mapping);
    const bool converted = converter.convert(m_request.input, staging.path(), &m_findings);
    step(QStringLiteral("convert"), timer.restart(), converted);
    m_report.insert(QStringLiteral("source"), converter.stats());
    m_activeInExport = converter.activeInExport();
    if (!converted)
        return finish(Outcome::Failed);

    auto current = AsmPackage::open(staging.path(), &m_findings);
    bool valid = current != nullptr;
    if (current) {
        AsmValidator validator(&m_findings);
        valid = validator.validate(*current) && !m_findings.hasErrors();
        QJsonObject rows;
        for (AsmTable t : kAsmTables)
            rows.insert(asmFileName(t), validator.rowCount(t));
        m_report.insert(QStringLiteral("rows"), rows);
    }
    step(QStringLiteral("validate"), timer.restart(), valid);
    if (!valid)
        return finish(Outcome::Failed);

    std::unique_ptr<AsmPackage> previous;
    if (!m_request.previous.isEmpty()) {
        previous = AsmPackage::open(m_request.previous, &m_findings);
        if (!previous || m_findings.hasErrors()) {
            m_findings.error(QFileInfo(m_request.previous).fileName(), 0, {},
                             tr("the previous delivery could not be read, so removals cannot "
                                "be checked"),
                             QStringLiteral("previous.unreadable"));
            step(QStringLiteral("compare"), timer.restart(), false);
            return finish(Outcome::Failed);
        }
    }
    const AsmDiffResult diff = AsmDiff().compare(previous.get(), *current, &m_findings);
    // Without a previous delivery there is nothing to compare; the first-delivery hold is for
    // runs that upload, not for a local conversion.
    SafetyThresholds thresholds = m_request.settings.safety;
    if (!previous)
        thresholds.setHoldFirstDelivery(m_request.delivers);
    const SafetyResult safety =
        SafetyCheck::evaluate(diff, thresholds, m_findings.errorCount(), m_activeInExport);
    step(QStringLiteral("compare"), timer.restart(), safety.verdict != SafetyVerdict::Stop);
    m_report.insert(QStringLiteral("diff"), diff.toJson());
    m_report.insert(QStringLiteral("safety"), safety.toJson());
    m_safetyMessages = safety.messages();
    for (const SafetyReason &r : safety.reasons) {
        m_findings.add(r.verdict == SafetyVerdict::Stop ? Severity::Error : Severity::Warning,
                       r.file, 0, {}, r.message, r.code);
    }
    if (safety.verdict == SafetyVerdict::Stop)
        return finish(Outcome::Failed);
    if (safety.verdict == SafetyVerdict::Hold && !m_request.approve)
        return finish(Outcome::Held);

    QString error;
    const bool written = AsmPackager::writeZip(staging.path(), m_request.output, &error);
    step(QStringLiteral("package"), timer.restart(), written);
    if (!written) {
        m_findings.error(QFileInfo(m_request.output).fileName(), 0, {}, error,
                         QStringLiteral("output.write"));
        return finish(Outcome::Failed);
    }
    return finish(Outcome::Written);
}

} // namespace rb
