#include "AsmDiff.h"

#include "AsmDiffIndex.h"

#include "asm/AsmCsvParser.h"
#include "asm/AsmPackage.h"
#include "asm/AsmReferenceIndex.h"
#include "common/Findings.h"
#include "common/Hashing.h"

#include <QHash>
#include <QIODevice>
#include <QLoggingCategory>

#include <algorithm>
#include <array>
#include <cstring>
#include <memory>
#include <vector>

Q_LOGGING_CATEGORY(lcAsmDiff, "rosterbridge.pipeline.diff", QtInfoMsg)

namespace rb {

namespace {

// The low two bits of a stored row hash are flags; the remaining 62 bits still make accidental
// equality of two different rows vanishingly unlikely.
constexpr quint64 kMatched = 1;
constexpr quint64 kVisited = 2;
constexpr quint64 kFlags = kMatched | kVisited;
// The top bits of a row hash come from the watched columns alone, so that a changed row tells
// whether a watched value changed without keeping the values; the rest hash the whole row.
constexpr quint64 kWatchedBits = 0xFFFFFF0000000000ULL;

// For students and staff, a mass change of names, addresses or schools is what the limit is
// about; in the other files every column counts.
bool watchedColumn(AsmTable table, const QByteArray &name)
{
    if (table != AsmTable::Students && table != AsmTable::Staff)
        return true;
    return name == "first_name" || name == "middle_name" || name == "last_name" ||
           name == "email_address" || name.startsWith("location_id");
}

// One side of the comparison: a parser positioned after the header, and how the header's
// columns map to the union of both sides' columns.
struct Side
{
    std::unique_ptr<QIODevice> device;
    std::unique_ptr<AsmCsvParser> parser;
    QByteArrayList header;
    QList<int> fromUnion;  // union column -> this file's column, or -1
    QList<int> keyColumns; // one column, two for rosters; -1 when missing
    bool keyless = true;
};

// A changed row in the samples, waiting for its previous values from the second pass.
struct PendingChange
{
    quint64 previousRow;
    QByteArrayList currentValues; // in union order
};

class TableComparison
{
    Q_DECLARE_TR_FUNCTIONS(AsmDiff)

public:
    TableComparison(AsmTable table, int samples, const AsmPackage *previous,
                    const AsmPackage &current, Findings *findings)
        : m_table(table)
        , m_samples(samples)
        , m_previousPackage(previous)
        , m_currentPackage(current)
        , m_findings(findings)
    {
        m_diff.table = table;
        m_keyNames = table == AsmTable::Rosters ? QByteArrayList{"class_id", "student_id"}
                                                : QByteArrayList{asmKeyColumn(table)};
    }

    AsmTableDiff run()
    {
        open(m_previousPackage, &m_previous);
        open(&m_currentPackage, &m_current);
        buildUnion();
        indexPrevious();
        scanCurrent();
        for (const AsmDiffIndex::Entry &e : m_index.entries())
            m_diff.removed += (e.row & kMatched) ? 0 : 1;
        if (m_previous.keyless)
            m_diff.removed = m_diff.previousRows;
        if (m_diff.removed > 0 || !m_pending.isEmpty())
            recoverPreviousDetails();
        return std::move(m_diff);
    }

private:
    void open(const AsmPackage *package, Side *side)
    {
        if (!package || !package->hasTable(m_table))
            return;
        QString error;
        side->device = package->openTable(m_table, &error);
        if (!side->device) {
            incomplete(error, 0);
            return;
        }
        // Syntax problems are the validator's to report; here only unreadable data matters.
        side->parser = std::make_unique<AsmCsvParser>(side->device.get(), asmFileName(m_table));
        QList<QByteArrayView> fields;
        if (side->parser->readRecord(&fields)) {
            for (QByteArrayView f : std::as_const(fields))
                side->header.append(f.toByteArray());
        }
        checkRead(*side->parser);
        side->keyless = false;
        for (const QByteArray &name : std::as_const(m_keyNames)) {
            const int column = int(side->header.indexOf(name));
            side->keyColumns.append(column);
            side->keyless = side->keyless || column < 0;
        }
    }

    void checkRead(const AsmCsvParser &parser)
    {
        if (parser.failed())
            incomplete(parser.errorString(), parser.recordLine());
    }

    void incomplete(const QString &why, qint64 line)
    {
        if (!m_diff.complete)
            return;
        m_diff.complete = false;
        m_diff.problem = why;
        if (m_findings) {
            m_findings->error(asmFileName(m_table), line, QString(),
                              tr("Cannot compare with the previous delivery: %1").arg(why),
                              QStringLiteral("diff.unreadable"));
        }
    }

    void buildUnion()
    {
        for (const QByteArray &name : std::as_const(m_current.header)) {
            if (!m_union.contains(name))
                m_union.append(name);
        }
        for (const QByteArray &name : std::as_const(m_previous.header)) {
            if (!m_union.contains(name)) {
                m_union.append(name);
                if (m_current.parser)
                    m_diff.removedColumns.append(QString::fromUtf8(name));
            }
        }
        for (const QByteArray &name : std::as_const(m_current.header)) {
            if (m_previous.parser && !m_previous.header.contains(name) &&
                !m_diff.addedColumns.contains(QString::fromUtf8(name)))
                m_diff.addedColumns.append(QString::fromUtf8(name));
        }
        for (Side *side : {&m_previous, &m_current}) {
            for (const QByteArray &name : std::as_const(m_union))
                side->fromUnion.append(int(side->header.indexOf(name)));
        }
        m_allWatched = true;
        for (const QByteArray &name : std::as_const(m_union)) {
            m_watched.append(watchedColumn(m_table, name));
            m_allWatched = m_allWatched && m_watched.last();
        }
    }

    static QByteArrayView value(const QList<QByteArrayView> &fields, int column)
    {
        return column >= 0 && column < fields.size() ? fields.at(column) : QByteArrayView();
    }

    quint64 keyHash(const Side &side, const QList<QByteArrayView> &fields) const
    {
        if (side.keyColumns.size() == 2) {
            return AsmReferenceIndex::pairHash(value(fields, side.keyColumns.at(0)),
                                               value(fields, side.keyColumns.at(1)));
        }
        return hash64(value(fields, side.keyColumns.at(0)));
    }

    QString keyText(const Side &side, const QList<QByteArrayView> &fields) const
    {
        QStringList parts;
        for (int column : side.keyColumns)
            parts.append(QString::fromUtf8(value(fields, column)));
        return parts.join(QStringLiteral(" / "));
    }

    quint64 rowHash(const Side &side, const QList<QByteArrayView> &fields)
    {
        const quint64 all = valuesHash(side, fields, false);
        const quint64 watched = m_allWatched ? all : valuesHash(side, fields, true);
        return ((watched & kWatchedBits) | (all & ~kWatchedBits)) & ~kFlags;
    }

    // Length-prefixed values in union order: a missing column hashes like an empty value.
    quint64 valuesHash(const Side &side, const QList<QByteArrayView> &fields, bool watchedOnly)
    {
        qsizetype needed = 0;
        for (int column : side.fromUnion)
            needed += qsizetype(sizeof(quint32)) + value(fields, column).size();
        if (m_rowBytes.size() < needed)
            m_rowBytes.resize(needed * 2);
        char *const start = m_rowBytes.data();
        char *out = start;
        for (qsizetype u = 0; u < side.fromUnion.size(); ++u) {
            if (watchedOnly && !m_watched.at(u))
                continue;
            const QByteArrayView v = value(fields, side.fromUnion.at(u));
            const quint32 length = quint32(v.size());
            std::memcpy(out, &length, sizeof length);
            out += sizeof length;
            if (length > 0)
                std::memcpy(out, v.data(), size_t(length));
            out += length;
        }
        return hash64(QByteArrayView(start, out - start));
    }

    QByteArrayList unionValues(const Side &side, const QList<QByteArrayView> &fields) const
    {
        QByteArrayList out;
        for (int column : side.fromUnion)
            out.append(value(fields, column).toByteArray());
        return out;
    }

    AsmDiffSample sample(const Side &side, const QList<QByteArrayView> &fields) const
    {
        AsmDiffSample s;
        s.key = keyText(side, fields);
        for (qsizetype u = 0; u < m_union.size(); ++u) {
            if (side.fromUnion.at(u) >= 0) {
                s.values.append({QString::fromUtf8(m_union.at(u)),
                                 QString::fromUtf8(value(fields, side.fromUnion.at(u)))});
            }
        }
        return s;
    }

    void indexPrevious()
    {
        if (!m_previous.parser)
            return;
        QList<QByteArrayView> fields;
        while (m_previous.parser->readRecord(&fields)) {
            ++m_diff.previousRows;
            if (!m_previous.keyless)
                m_index.add(keyHash(m_previous, fields), rowHash(m_previous, fields));
        }
        checkRead(*m_previous.parser);
        m_index.finish();
        qCDebug(lcAsmDiff) << asmFileName(m_table) << "previous rows" << m_diff.previousRows;
    }

    // Rows wait a few places in a small queue before they are matched, so that the memory
    // holding their previous entries is already being fetched while the next rows are parsed.
    struct Queued
    {
        quint64 key = 0;
        quint64 row = 0;
        qint64 line = 0;
        QByteArray bytes; // the row's values, kept only while samples may still be needed
        QList<qsizetype> ends;
    };
    static constexpr int kQueueDepth = 8;

    void scanCurrent()
    {
        if (!m_current.parser)
            return;
        const bool matchable = !m_current.keyless && !m_previous.keyless;
        std::array<Queued, kQueueDepth> queue;
        int head = 0;
        int queued = 0;
        QList<QByteArrayView> fields;
        while (m_current.parser->readRecord(&fields)) {
            ++m_diff.currentRows;
            const qint64 line = m_current.parser->recordLine();
            if (!matchable) {
                addedRow(fields, line);
                continue;
            }
            Queued &q = queue[(head + queued) % kQueueDepth];
            q.key = keyHash(m_current, fields);
            q.row = rowHash(m_current, fields);
            q.line = line;
            q.bytes.resize(0);
            q.ends.resize(0);
            if (m_diff.addedSamples.size() < m_samples ||
                m_diff.changedSamples.size() < m_samples) {
                for (QByteArrayView f : std::as_const(fields)) {
                    q.bytes.append(f);
                    q.ends.append(q.bytes.size());
                }
            }
            m_index.prefetchBucket(q.key);
            if (queued >= kQueueDepth / 2)
                m_index.prefetchEntries(queue[(head + queued - kQueueDepth / 2) % kQueueDepth].key);
            if (++queued == kQueueDepth) {
                match(queue[head]);
                head = (head + 1) % kQueueDepth;
                --queued;
            }
        }
        for (; queued > 0; --queued, head = (head + 1) % kQueueDepth)
            match(queue[head]);
        checkRead(*m_current.parser);
    }

    void addedRow(const QList<QByteArrayView> &fields, qint64 line)
    {
        ++m_diff.added;
        if (m_diff.addedSamples.size() < m_samples) {
            AsmDiffSample s = sample(m_current, fields);
            s.currentLine = line;
            m_diff.addedSamples.append(s);
        }
    }

    void match(const Queued &q)
    {
        const auto fields = [&q] {
            QList<QByteArrayView> out;
            qsizetype from = 0;
            for (qsizetype end : q.ends) {
                out.append(QByteArrayView(q.bytes.constData() + from, end - from));
                from = end;
            }
            return out;
        };
        // Prefer an identical previous row, so that duplicate keys pair up sensibly.
        AsmDiffIndex::Entry *found = nullptr;
        AsmDiffIndex::Entry *firstFree = nullptr;
        for (auto [it, end] = m_index.range(q.key); it != end; ++it) {
            if (it->row & kMatched)
                continue;
            if ((it->row & ~kFlags) == q.row) {
                found = it;
                break;
            }
            if (!firstFree)
                firstFree = it;
        }
        if (!found)
            found = firstFree;
        if (!found)
            return addedRow(fields(), q.line);
        found->row |= kMatched;
        if ((found->row & ~kFlags) == q.row) {
            ++m_diff.unchanged;
            return;
        }
        ++m_diff.changed;
        if ((found->row ^ q.row) & kWatchedBits)
            ++m_diff.changedWatched;
        if (m_diff.changedSamples.size() < m_samples) {
            const QList<QByteArrayView> values = fields();
            AsmDiffSample s;
            s.key = keyText(m_current, values);
            s.currentLine = q.line;
            m_pendingByKey.insert(q.key, int(m_diff.changedSamples.size()));
            m_pending.append({found->row & ~kFlags, unionValues(m_current, values)});
            m_diff.changedSamples.append(s);
        }
    }

    // Second, targeted pass over the previous file: lines and values of the sampled rows.
    void recoverPreviousDetails()
    {
        QString error;
        const std::unique_ptr<QIODevice> device = m_previousPackage->openTable(m_table, &error);
        if (!device)
            return incomplete(error, 0);
        AsmCsvParser parser(device.get(), asmFileName(m_table));
        QList<QByteArrayView> fields;
        if (!parser.readRecord(&fields))
            return checkRead(parser);
        const qsizetype wantedRemoved = std::min<qint64>(m_diff.removed, m_samples);
        qsizetype pendingLeft = m_pending.size();
        while ((m_diff.removedSamples.size() < wantedRemoved || pendingLeft > 0) &&
               parser.readRecord(&fields)) {
            bool removed = m_previous.keyless;
            quint64 key = 0;
            quint64 row = 0;
            if (!m_previous.keyless) {
                key = keyHash(m_previous, fields);
                row = rowHash(m_previous, fields);
                for (auto [it, end] = m_index.range(key); it != end; ++it) {
                    if (!(it->row & kVisited) && (it->row & ~kFlags) == row) {
                        it->row |= kVisited;
                        removed = !(it->row & kMatched);
                        break;
                    }
                }
            }
            if (removed && m_diff.removedSamples.size() < wantedRemoved) {
                AsmDiffSample s = sample(m_previous, fields);
                s.previousLine = parser.recordLine();
                m_diff.removedSamples.append(s);
            }
            if (removed || pendingLeft == 0)
                continue;
            for (auto it = m_pendingByKey.find(key); it != m_pendingByKey.end() && it.key() == key;
                 ++it) {
                AsmDiffSample &s = m_diff.changedSamples[it.value()];
                const PendingChange &pending = m_pending.at(it.value());
                if (s.previousLine != 0 || pending.previousRow != row)
                    continue;
                s.previousLine = parser.recordLine();
                for (qsizetype u = 0; u < m_union.size(); ++u) {
                    const QByteArrayView before = value(fields, m_previous.fromUnion.at(u));
                    const QByteArray &after = pending.currentValues.at(u);
                    if (before != after) {
                        s.changes.append({QString::fromUtf8(m_union.at(u)),
                                          QString::fromUtf8(before), QString::fromUtf8(after)});
                    }
                }
                --pendingLeft;
                break;
            }
        }
        checkRead(parser);
    }

    AsmTable m_table;
    int m_samples;
    const AsmPackage *m_previousPackage;
    const AsmPackage &m_currentPackage;
    Findings *m_findings;
    AsmTableDiff m_diff;
    QByteArrayList m_keyNames;
    QByteArrayList m_union;
    QList<bool> m_watched; // per union column
    bool m_allWatched = true;
    Side m_previous;
    Side m_current;
    AsmDiffIndex m_index;
    QByteArray m_rowBytes;
    QMultiHash<quint64, int> m_pendingByKey;
    QList<PendingChange> m_pending;
};

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
    for (AsmTable table : kAsmTables)
        result.table(table) = TableComparison(table, m_samples, previous, current, findings).run();
    return result;
}

} // namespace rb
