#include "AsmDiff.h"

#include "AsmTableMatcher.h"

#include "asm/AsmPackage.h"
#include "common/Findings.h"
#include "common/ParallelJobs.h"

#include <QHash>
#include <QIODevice>
#include <QLoggingCategory>

#include <algorithm>
#include <array>
#include <functional>

Q_LOGGING_CATEGORY(lcAsmDiff, "rosterbridge.pipeline.diff", QtInfoMsg)

namespace rb {

namespace {

// Keeps the first few rows of each kind, with their values, for the report and the review.
class SampleSink : public AsmRowSink
{
public:
    SampleSink(AsmTableDiff *diff, int samples)
        : m_diff(diff)
        , m_samples(samples)
    {
    }

    void started(const AsmColumnUnion &layout) override { m_layout = layout; }
    bool wantsCurrentValues() const override
    {
        return m_diff->addedSamples.size() < m_samples || m_diff->changedSamples.size() < m_samples;
    }
    bool wantsRemovedRows() const override { return m_diff->removedSamples.size() < m_samples; }

    void added(quint32, qint64 line, const QList<QByteArrayView> &fields) override
    {
        if (m_diff->addedSamples.size() >= m_samples)
            return;
        AsmDiffSample s = sample(m_layout.currentColumn, m_layout.currentKey, fields);
        s.currentLine = line;
        m_diff->addedSamples.append(s);
    }

    bool changed(quint32, qint64 line, const QList<QByteArrayView> &fields, quint32 token) override
    {
        if (m_diff->changedSamples.size() >= m_samples)
            return false;
        AsmDiffSample s;
        s.key = AsmColumnUnion::keyText(m_layout.currentKey, fields);
        s.currentLine = line;
        QByteArrayList values;
        for (int column : std::as_const(m_layout.currentColumn))
            values.append(AsmColumnUnion::field(fields, column).toByteArray());
        m_pending.insert(token, {int(m_diff->changedSamples.size()), values});
        m_diff->changedSamples.append(s);
        return true;
    }

    void changedPrevious(quint32 token, quint32, qint64 line,
                         const QList<QByteArrayView> &fields) override
    {
        const Pending pending = m_pending.take(token);
        AsmDiffSample &s = m_diff->changedSamples[pending.sample];
        s.previousLine = line;
        for (qsizetype u = 0; u < m_layout.columns.size(); ++u) {
            const QByteArrayView before =
                AsmColumnUnion::field(fields, m_layout.previousColumn.at(u));
            const QByteArray &after = pending.currentValues.at(u);
            if (before != after) {
                s.changes.append({QString::fromUtf8(m_layout.columns.at(u)),
                                  QString::fromUtf8(before), QString::fromUtf8(after)});
            }
        }
    }

    void removed(quint32, qint64 line, const QList<QByteArrayView> &fields) override
    {
        if (m_diff->removedSamples.size() >= m_samples)
            return;
        AsmDiffSample s = sample(m_layout.previousColumn, m_layout.previousKey, fields);
        s.previousLine = line;
        m_diff->removedSamples.append(s);
    }

private:
    struct Pending
    {
        int sample = 0;
        QByteArrayList currentValues; // in union order
    };

    AsmDiffSample sample(const QList<int> &fromUnion, const QList<int> &key,
                         const QList<QByteArrayView> &fields) const
    {
        AsmDiffSample s;
        s.key = AsmColumnUnion::keyText(key, fields);
        for (qsizetype u = 0; u < m_layout.columns.size(); ++u) {
            if (fromUnion.at(u) >= 0) {
                s.values.append(
                    {QString::fromUtf8(m_layout.columns.at(u)),
                     QString::fromUtf8(AsmColumnUnion::field(fields, fromUnion.at(u)))});
            }
        }
        return s;
    }

    AsmTableDiff *m_diff;
    int m_samples;
    AsmColumnUnion m_layout;
    QHash<quint32, Pending> m_pending;
};

AsmTableMatcher::Opener opener(const AsmPackage *package, AsmTable table)
{
    if (!package || !package->hasTable(table))
        return {};
    return [package, table] {
        return package->openTable(table);
    };
}

} // namespace

AsmDiff::AsmDiff(int samplesPerCategory)
    : m_samples(std::max(0, samplesPerCategory))
{
}

AsmDiffResult AsmDiff::compare(const AsmPackage *previous, const AsmPackage &current,
                               Findings *findings) const
{
    AsmDiffResult result;
    result.hasPrevious = previous != nullptr;
    // The tables are compared side by side, rosters (the largest) first.
    std::array<AsmTableMatcher::Result, kAsmTables.size()> matched;
    std::vector<std::function<void()>> jobs;
    for (AsmTable table : {AsmTable::Rosters, AsmTable::Students, AsmTable::Classes,
                           AsmTable::Staff, AsmTable::Courses, AsmTable::Locations}) {
        jobs.emplace_back([this, &result, &matched, previous, &current, table] {
            AsmTableDiff &diff = result.table(table);
            diff.table = table;
            SampleSink sink(&diff, m_samples);
            matched[size_t(table)] =
                AsmTableMatcher(table, opener(previous, table), opener(&current, table)).run(sink);
        });
    }
    runInParallel(jobs);

    std::vector<quint64> addedPeople;
    std::vector<quint64> removedPeople;
    for (AsmTable table : kAsmTables) {
        AsmTableDiff &diff = result.table(table);
        AsmTableMatcher::Result &r = matched[size_t(table)];
        if (previous) {
            addedPeople.insert(addedPeople.end(), r.addedKeys.begin(), r.addedKeys.end());
            removedPeople.insert(removedPeople.end(), r.removedKeys.begin(), r.removedKeys.end());
        }
        static_cast<AsmRowCounts &>(diff) = r;
        diff.addedColumns = r.layout.addedColumns;
        diff.removedColumns = r.layout.removedColumns;
        diff.complete = r.complete;
        diff.problem = r.problem;
        if (!r.complete && findings) {
            findings->error(asmFileName(table), r.problemLine, QString(),
                            tr("Cannot compare with the previous delivery: %1").arg(r.problem),
                            QStringLiteral("diff.unreadable"));
        }
        qCDebug(lcAsmDiff) << asmFileName(table) << "previous rows" << diff.previousRows;
    }
    result.peopleMoved =
        AsmTableMatcher::keysInBoth(std::move(addedPeople), std::move(removedPeople));
    return result;
}

} // namespace rb
