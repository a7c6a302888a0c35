#include "WhyQuery.h"

#include "ReviewPackage.h"
#include "asm/AsmCsvParser.h"
#include "asm/AsmPackage.h"
#include "common/Findings.h"
#include "store/HistoryDatabase.h"

#include <QFile>
#include <QIODevice>
#include <QTemporaryDir>

namespace rb {

namespace {

constexpr int kSummaryColumns = 6;

// The id as a package holds it when "replace characters ASM refuses" rewrote it.
QByteArray repairedId(const QByteArray &id)
{
    QByteArray out = id;
    for (char &c : out) {
        if (!isAsmIdCharacter(c))
            c = '-';
    }
    return out;
}

Result<QString> writeZip(const QTemporaryDir &dir, const QString &name, const QByteArray &content)
{
    QFile f(dir.filePath(name));
    if (!f.open(QIODevice::WriteOnly) || f.write(content) != content.size())
        return Failure{
            WhyQuery::tr("The zip %1 could not be written: %2").arg(f.fileName(), f.errorString())};
    return f.fileName();
}

QString capitalized(QString sentence)
{
    if (!sentence.isEmpty())
        sentence[0] = sentence[0].toUpper();
    return sentence;
}

} // namespace

Result<WhyQuery::Sources> WhyQuery::forRun(HistoryDatabase *history, const QString &heldFolder,
                                           qint64 runId, const QTemporaryDir &dir)
{
    const Result<std::optional<RunRecord>> run = history->run(runId);
    if (!run)
        return run.failure();
    if (!*run)
        return Failure{tr("Run %1 is not in the history.").arg(runId)};
    Sources s;
    s.runId = runId;
    Result<std::optional<DecisionLookup>> trail = DecisionLookup::load(history, runId);
    if (!trail)
        return trail.failure();
    if (*trail)
        s.trail = std::make_shared<const DecisionLookup>(std::move(**trail));

    const Result<std::optional<DeliveredZip>> zip = history->deliveredZipOf(runId);
    if (!zip)
        return zip.failure();
    if (*zip) {
        const Result<QString> path = writeZip(dir, QStringLiteral("run.zip"), (*zip)->content);
        if (!path)
            return path.failure();
        s.packagePath = *path;
    } else {
        for (ReviewPackage::Slot slot :
             {ReviewPackage::Slot::Review, ReviewPackage::Slot::Blocked}) {
            const std::optional<ReviewPackage> kept =
                ReviewPackage::describe(heldFolder, (*run)->profileId, slot);
            if (kept && kept->runId == runId) {
                s.packagePath = kept->zipPath;
                break;
            }
        }
    }
    const Result<std::optional<DeliveredZip>> before = history->deliveredZipBefore(runId);
    if (!before)
        return before.failure();
    if (*before) {
        const Result<QString> path =
            writeZip(dir, QStringLiteral("before.zip"), (*before)->content);
        if (!path)
            return path.failure();
        s.previousPath = *path;
    }
    return s;
}

Result<qint64> WhyQuery::latestRun(HistoryDatabase *history, const QString &profileId)
{
    RunQuery query;
    query.profileId = profileId;
    query.limit = 50;
    const Result<QList<RunRecord>> runs = history->runs(query);
    if (!runs)
        return runs.failure();
    for (const RunRecord &run : *runs) {
        const qint64 decidedBy = run.counts.value(QStringLiteral("approvedRun")).toInteger(run.id);
        const Result<std::optional<QByteArray>> trail = history->decisionTrail(decidedBy);
        if (!trail)
            return trail.failure();
        if (*trail)
            return run.id;
    }
    return qint64(0);
}

Result<std::optional<WhyQuery::Found>> WhyQuery::find(const QString &packagePath,
                                                      const QByteArray &id)
{
    Findings findings;
    const std::unique_ptr<AsmPackage> package = AsmPackage::open(packagePath, &findings);
    if (!package)
        return Failure{tr("The package %1 cannot be read.").arg(packagePath)};
    const QByteArray repaired = repairedId(id);
    for (AsmTable table : kAsmTables) {
        Result<std::unique_ptr<QIODevice>> device = package->openTable(table);
        if (!device)
            continue;
        AsmCsvParser parser(device->get(), asmFileName(table));
        QByteArrayList header;
        if (!parser.readRecord(&header))
            continue;
        const QByteArray keyName =
            table == AsmTable::Rosters ? QByteArrayLiteral("roster_id") : asmKeyColumn(table);
        const qsizetype key = header.indexOf(keyName);
        if (key < 0)
            continue;
        QList<QByteArrayView> fields;
        while (parser.readRecord(&fields)) {
            const QByteArrayView value = fields.value(key);
            if (value != id && value != repaired)
                continue;
            Found found{table, parser.recordLine(), {}, {}, {}};
            QStringList parts;
            for (qsizetype i = 0; i < fields.size() && parts.size() < kSummaryColumns; ++i) {
                if (!fields.at(i).isEmpty())
                    parts << QString::fromUtf8(header.value(i)) + QLatin1Char('=') +
                                 QString::fromUtf8(fields.at(i));
            }
            found.summary = parts.join(QStringLiteral("; "));
            if (table == AsmTable::Rosters) {
                found.classId = fields.value(header.indexOf("class_id")).toByteArray();
                found.studentId = fields.value(header.indexOf("student_id")).toByteArray();
            }
            return std::optional<Found>(found);
        }
        if (parser.failed())
            return Failure{tr("%1 in %2 cannot be read: %3")
                               .arg(asmFileName(table), packagePath, parser.errorString())};
    }
    return std::optional<Found>();
}

WhyQuery::Answer WhyQuery::ask(const QString &idText, const Sources &s)
{
    const QByteArray id = idText.trimmed().toUtf8();
    Answer a;
    const QList<Decision> decisions = s.trail ? s.trail->about(id) : QList<Decision>();
    const std::optional<Decision> leftOut =
        s.trail ? s.trail->leftOut(id) : std::optional<Decision>();
    auto source = [&a](const Decision &d) {
        a.lines << tr("  Source: %1 line %2: %3").arg(d.file).arg(d.line).arg(d.source);
    };

    if (!s.trail)
        a.lines << tr("Run %1 kept no decision trail (it stopped before its filters ran, or "
                      "it was made by an older version).")
                       .arg(s.runId);
    std::optional<Found> sent;
    if (!s.packagePath.isEmpty()) {
        const Result<std::optional<Found>> found = find(s.packagePath, id);
        if (!found) {
            a.lines << found.failure().message;
            return a;
        }
        sent = *found;
    }
    if (sent) {
        a.verdict = Verdict::Sent;
        a.lines << tr("%1 is sent in run %2: %3 line %4 (%5).")
                       .arg(idText)
                       .arg(s.runId)
                       .arg(asmFileName(sent->table))
                       .arg(sent->line)
                       .arg(sent->summary);
        for (const Decision &d : decisions) {
            a.lines << tr("  Changed by a rule: %1: %2")
                           .arg(DecisionLookup::causeTitle(d), DecisionLookup::causeSentence(d));
            source(d);
        }
        return a;
    }
    if (leftOut) {
        a.verdict = Verdict::NotSent;
        a.lines << tr("%1 is not sent in run %2: %3")
                       .arg(idText)
                       .arg(s.runId)
                       .arg(DecisionLookup::causeSentence(*leftOut));
        a.lines << tr("  Rule: %1").arg(DecisionLookup::causeTitle(*leftOut));
        source(*leftOut);
        return a;
    }
    if (s.packagePath.isEmpty()) {
        a.lines << tr("No rule of run %1 left %2 out, but the run's package is no longer kept, "
                      "so whether it was sent cannot be told.")
                       .arg(s.runId)
                       .arg(idText);
        return a;
    }
    if (!s.previousPath.isEmpty()) {
        const Result<std::optional<Found>> before = find(s.previousPath, id);
        if (!before) {
            a.lines << before.failure().message;
            return a;
        }
        if (*before) {
            const Found &b = **before;
            const DecisionLookup::Cause cause =
                (s.trail ? *s.trail : DecisionLookup()).removalCause(id, b.classId, b.studentId);
            a.verdict = Verdict::NotSent;
            a.lines << tr("%1 is not sent in run %2. The delivery before it had it in %3 line "
                          "%4 (%5).")
                           .arg(idText)
                           .arg(s.runId)
                           .arg(asmFileName(b.table))
                           .arg(b.line)
                           .arg(b.summary);
            a.lines << tr("  Rule: %1").arg(cause.title);
            a.lines << QStringLiteral("  ") + capitalized(cause.sentence);
            return a;
        }
    }
    a.lines << tr("%1 is nowhere in run %2's data: not in its package, not left out by its "
                  "filters, and not in the delivery before it. Check the id; an enrollment "
                  "whose class or person is not sent is answered by asking about the class or "
                  "the person.")
                   .arg(idText)
                   .arg(s.runId);
    return a;
}

} // namespace rb
