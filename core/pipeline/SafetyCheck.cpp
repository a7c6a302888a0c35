#include "SafetyCheck.h"

#include "AsmDiffResult.h"

#include <QJsonArray>

#include <algorithm>

namespace rb {

namespace {

QString percentText(double percent)
{
    return QString::number(percent, 'f', percent > 0 && percent < 1 ? 2 : 1);
}

} // namespace

QString safetyVerdictName(SafetyVerdict verdict)
{
    switch (verdict) {
    case SafetyVerdict::Pass:
        return QStringLiteral("pass");
    case SafetyVerdict::Hold:
        return QStringLiteral("hold");
    case SafetyVerdict::Stop:
        break;
    }
    return QStringLiteral("stop");
}

QJsonObject SafetyReason::toJson() const
{
    QJsonObject o{{QStringLiteral("verdict"), safetyVerdictName(verdict)},
                  {QStringLiteral("code"), code},
                  {QStringLiteral("message"), message}};
    if (!file.isEmpty())
        o.insert(QStringLiteral("file"), file);
    o.insert(QStringLiteral("count"), count);
    if (code == u"safety.removals" || code == u"safety.tableEmptied" || code == u"safety.changes") {
        o.insert(QStringLiteral("previousRows"), previousRows);
        o.insert(QStringLiteral("percent"), percent);
    }
    if (code == u"safety.removals") {
        o.insert(QStringLiteral("maxRemovedPercent"), limit.maxRemovedPercent);
        o.insert(QStringLiteral("maxRemovedCount"), limit.maxRemovedCount);
    }
    if (code == u"safety.changes")
        o.insert(QStringLiteral("maxChangedPercent"), limit.maxChangedPercent);
    return o;
}

QStringList SafetyResult::messages() const
{
    QStringList out;
    for (const SafetyReason &r : reasons)
        out.append(r.message);
    return out;
}

void SafetyResult::add(SafetyReason reason)
{
    verdict = std::max(verdict, reason.verdict);
    // Stops first, then holds, each in the order they were found.
    const auto at = std::find_if(reasons.begin(), reasons.end(), [&reason](const SafetyReason &r) {
        return int(r.verdict) < int(reason.verdict);
    });
    reasons.insert(at, std::move(reason));
}

QJsonObject SafetyResult::toJson() const
{
    QJsonArray array;
    for (const SafetyReason &r : reasons)
        array.append(r.toJson());
    return QJsonObject{{QStringLiteral("verdict"), safetyVerdictName(verdict)},
                       {QStringLiteral("reasons"), array}};
}

SafetyResult SafetyCheck::evaluate(const AsmDiffResult &diff, const SafetyThresholds &thresholds,
                                   qint64 validationErrors,
                                   const QHash<AsmTable, qint64> &activeInExport)
{
    SafetyResult result;
    const auto add = [&result](SafetyReason reason) {
        result.add(std::move(reason));
    };

    if (validationErrors > 0) {
        SafetyReason r;
        r.verdict = SafetyVerdict::Stop;
        r.code = QStringLiteral("safety.validationErrors");
        r.count = validationErrors;
        r.message = tr("%n validation error(s): Apple would reject this upload.", nullptr,
                       int(std::min<qint64>(validationErrors, INT_MAX)));
        add(r);
    }
    for (const AsmTableDiff &t : diff.tables) {
        if (t.complete)
            continue;
        SafetyReason r;
        r.verdict = SafetyVerdict::Stop;
        r.code = QStringLiteral("safety.diffIncomplete");
        r.file = asmFileName(t.table);
        r.message =
            tr("%1 could not be compared with the last delivery: %2").arg(r.file, t.problem);
        add(r);
    }
    // One reason per emptied table: against the last delivery first, else against the export.
    std::array<bool, kAsmTables.size()> emptied{};
    for (const AsmTableDiff &t : diff.tables) {
        const bool hadRows = diff.hasPrevious && t.previousRows > 0;
        const qint64 active = activeInExport.value(t.table);
        if (t.currentRows > 0 || (!hadRows && active == 0))
            continue;
        emptied[static_cast<size_t>(t.table)] = true;
        SafetyReason r;
        r.verdict = SafetyVerdict::Stop;
        r.code = QStringLiteral("safety.tableEmptied");
        r.file = asmFileName(t.table);
        if (hadRows) {
            r.count = t.removed;
            r.previousRows = t.previousRows;
            r.percent = t.removedPercent();
            r.message = tr("%1 is empty, but the last delivery had %2 rows in it; delivering it "
                           "would remove all of them from Apple School Manager.")
                            .arg(r.file)
                            .arg(t.previousRows);
        } else {
            r.count = active;
            r.message = tr("%1 is empty, but the export holds %2 active records for it; the "
                           "filters or the school calendar left nothing, and delivering it would "
                           "empty that file in Apple School Manager.")
                            .arg(r.file)
                            .arg(active);
        }
        add(r);
    }
    const AsmTableDiff &students = diff.table(AsmTable::Students);
    if (students.currentRows == 0 && !emptied[static_cast<size_t>(AsmTable::Students)]) {
        SafetyReason r;
        r.verdict = SafetyVerdict::Stop;
        r.code = QStringLiteral("safety.noStudents");
        r.file = asmFileName(AsmTable::Students);
        r.message = tr("The upload has no students.");
        add(r);
    }

    if (!diff.hasPrevious) {
        if (thresholds.holdFirstDelivery()) {
            SafetyReason r;
            r.verdict = SafetyVerdict::Hold;
            r.code = QStringLiteral("safety.firstDelivery");
            r.message = tr("This is the first delivery; it waits for review before anything is "
                           "sent to Apple School Manager.");
            add(r);
        }
    } else {
        for (const AsmTableDiff &t : diff.tables) {
            if (emptied[static_cast<size_t>(t.table)] || t.removed <= 0)
                continue;
            const SafetyLimit limit = thresholds.limit(t.table);
            // Compared without dividing, so that exactly the limit passes.
            const bool overCount = t.removed > limit.maxRemovedCount;
            const bool overPercent = double(t.removed) * 100.0 >
                                     limit.maxRemovedPercent * double(t.previousRows) * (1 + 1e-12);
            if (!overCount && !overPercent)
                continue;
            SafetyReason r;
            r.verdict = SafetyVerdict::Hold;
            r.code = QStringLiteral("safety.removals");
            r.file = asmFileName(t.table);
            r.count = t.removed;
            r.previousRows = t.previousRows;
            r.percent = t.removedPercent();
            r.limit = limit;
            r.message = tr("%1: %2 of %3 rows removed (%4 %), over the limit of %5 rows or %6 %.")
                            .arg(r.file)
                            .arg(t.removed)
                            .arg(t.previousRows)
                            .arg(percentText(r.percent))
                            .arg(limit.maxRemovedCount)
                            .arg(QString::number(limit.maxRemovedPercent));
            add(r);
        }
        for (const AsmTableDiff &t : diff.tables) {
            const SafetyLimit limit = thresholds.limit(t.table);
            if (emptied[static_cast<size_t>(t.table)] || t.changedWatched <= 0 ||
                limit.maxChangedPercent >= 100.0 ||
                double(t.changedWatched) * 100.0 <=
                    limit.maxChangedPercent * double(t.previousRows) * (1 + 1e-12))
                continue;
            SafetyReason r;
            r.verdict = SafetyVerdict::Hold;
            r.code = QStringLiteral("safety.changes");
            r.file = asmFileName(t.table);
            r.count = t.changedWatched;
            r.previousRows = t.previousRows;
            r.percent = t.changedWatchedPercent();
            r.limit = limit;
            const bool people = t.table == AsmTable::Students || t.table == AsmTable::Staff;
            r.message = (people ? tr("%1: %2 of %3 people have a changed name, email address or "
                                     "location (%4 %), over the limit of %5 %.")
                                : tr("%1: %2 of %3 rows changed (%4 %), over the limit of %5 %."))
                            .arg(r.file)
                            .arg(t.changedWatched)
                            .arg(t.previousRows)
                            .arg(percentText(r.percent))
                            .arg(QString::number(limit.maxChangedPercent));
            add(r);
        }
    }
    return result;
}

std::optional<SafetyReason>
SafetyCheck::previousDelivery(const std::optional<ProfileState::Delivery> &profileLast,
                              const std::optional<DeliveredZip> &historyLast)
{
    if (!profileLast || (historyLast && historyLast->sha256 == profileLast->sha256))
        return std::nullopt;
    SafetyReason r;
    r.verdict = SafetyVerdict::Hold;
    const QString when = profileLast->deliveredAt.toLocalTime().toString(Qt::ISODate);
    if (!historyLast) {
        r.code = QStringLiteral("safety.previousMissing");
        r.message = tr("This profile has delivered before (run %1 at %2), but that delivery is "
                       "not in this data folder's history (it was moved or deleted, or another "
                       "data folder was used), so removals cannot be checked; it waits for "
                       "review.")
                        .arg(profileLast->runId)
                        .arg(when);
    } else {
        r.code = QStringLiteral("safety.previousNotLast");
        r.message = tr("The last delivery in this data folder's history (run %1) is not the "
                       "profile's last delivery (run %2 at %3, made with another data folder), "
                       "so removals cannot be checked against it; it waits for review.")
                        .arg(historyLast->runId)
                        .arg(profileLast->runId)
                        .arg(when);
    }
    return r;
}

} // namespace rb
