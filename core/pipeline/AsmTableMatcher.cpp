#include "AsmTableMatcher.h"

#include "AsmDiffIndex.h"

#include "asm/AsmCsvParser.h"
#include "asm/AsmReferenceIndex.h"
#include "common/Hashing.h"

#include <QIODevice>

#include <algorithm>
#include <array>
#include <cstring>
#include <iterator>
#include <vector>

namespace rb {

namespace {

// The low two bits of a stored row hash are flags; the remaining 62 bits still make accidental
// equality of two different rows vanishingly unlikely.
constexpr quint64 kMatched = 1;
constexpr quint64 kFlags = 3; // kMatched and a spare bit
// For students and staff the top bits of a row hash come from the watched columns alone, so that
// a changed row tells whether a watched value changed without keeping the values: 12 bits from
// the locations, 12 from the names and email. The rest hash the whole row. A change of a
// watched value goes unseen only when its 12 bits happen to agree (1 in 4096).
constexpr quint64 kLocationBits = 0xFFF0000000000000ULL;
constexpr quint64 kNameBits = 0x000FFF0000000000ULL;
constexpr quint64 kWatchedBits = kLocationBits | kNameBits;
constexpr quint32 kNoToken = 0xFFFFFFFF;

// For students and staff, a mass change of names, addresses or schools is what the limit is
// about; in the other files every column counts.
enum class Watch : quint8 { Not, Name, Location };

bool isPeople(AsmTable table)
{
    return table == AsmTable::Students || table == AsmTable::Staff;
}

Watch watchOf(const QByteArray &name)
{
    if (name.startsWith("location_id"))
        return Watch::Location;
    if (name == "first_name" || name == "middle_name" || name == "last_name" ||
        name == "email_address")
        return Watch::Name;
    return Watch::Not;
}

// One side of the comparison: a parser positioned after the header.
struct Side
{
    std::unique_ptr<QIODevice> device;
    std::unique_ptr<AsmCsvParser> parser;
    QByteArrayList header;
    const QList<int> *fromUnion = nullptr;
    const QList<int> *keyColumns = nullptr;
    bool keyless = true;
};

} // namespace

QString AsmColumnUnion::keyText(const QList<int> &keyColumns, const QList<QByteArrayView> &fields)
{
    QStringList parts;
    for (int column : keyColumns)
        parts.append(QString::fromUtf8(AsmColumnUnion::field(fields, column)));
    return parts.join(QStringLiteral(" / "));
}

class AsmTableMatcher::Run
{
public:
    Run(AsmTable table, const std::atomic_bool *cancel, AsmRowSink &sink)
        : m_table(table)
        , m_cancel(cancel)
        , m_sink(sink)
        , m_people(isPeople(table))
    {
        m_keyNames = table == AsmTable::Rosters ? QByteArrayList{"class_id", "student_id"}
                                                : QByteArrayList{asmKeyColumn(table)};
    }

    Result run(const Opener &previous, const Opener &current)
    {
        m_previousOpener = previous;
        open(previous, &m_previous, &m_result.layout.previousKey);
        open(current, &m_current, &m_result.layout.currentKey);
        buildUnion();
        m_sink.started(m_result.layout);
        if (indexPrevious() && scanCurrent()) {
            for (const AsmDiffIndex::Entry &e : m_index.entries()) {
                if (e.row & kMatched)
                    continue;
                ++m_result.removed;
                if (m_people)
                    m_result.removedKeys.push_back(e.key);
            }
            if (m_previous.parser && m_previous.keyless)
                m_result.removed = m_result.previousRows;
            if (m_result.removed > 0 || m_pendingChanges > 0)
                findPreviousRows();
        }
        return std::move(m_result);
    }

private:
    bool cancelled(qint64 row)
    {
        if ((row & 4095) != 0 || !m_cancel || !m_cancel->load(std::memory_order_relaxed))
            return false;
        m_result.cancelled = true;
        m_result.complete = false;
        return true;
    }

    void incomplete(const QString &why, qint64 line)
    {
        if (!m_result.complete)
            return;
        m_result.complete = false;
        m_result.problem = why;
        m_result.problemLine = line;
    }

    bool checkRead(const AsmCsvParser &parser)
    {
        if (!parser.failed())
            return true;
        incomplete(parser.errorString(), parser.recordLine());
        return false;
    }

    void open(const Opener &opener, Side *side, QList<int> *keyColumns)
    {
        side->keyColumns = keyColumns;
        if (!opener)
            return;
        rb::Result<std::unique_ptr<QIODevice>> opened = opener();
        if (!opened) {
            incomplete(opened.error(), 0);
            return;
        }
        side->device = std::move(*opened);
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
            keyColumns->append(column);
            side->keyless = side->keyless || column < 0;
        }
    }

    void buildUnion()
    {
        AsmColumnUnion &layout = m_result.layout;
        for (const QByteArray &name : std::as_const(m_current.header)) {
            if (!layout.columns.contains(name))
                layout.columns.append(name);
        }
        for (const QByteArray &name : std::as_const(m_previous.header)) {
            if (!layout.columns.contains(name)) {
                layout.columns.append(name);
                if (m_current.parser)
                    layout.removedColumns.append(QString::fromUtf8(name));
            }
        }
        for (const QByteArray &name : std::as_const(m_current.header)) {
            if (m_previous.parser && !m_previous.header.contains(name) &&
                !layout.addedColumns.contains(QString::fromUtf8(name)))
                layout.addedColumns.append(QString::fromUtf8(name));
        }
        for (const QByteArray &name : std::as_const(layout.columns)) {
            layout.previousColumn.append(int(m_previous.header.indexOf(name)));
            layout.currentColumn.append(int(m_current.header.indexOf(name)));
            m_watch.append(watchOf(name));
        }
        m_previous.fromUnion = &layout.previousColumn;
        m_current.fromUnion = &layout.currentColumn;
    }

    static quint64 keyHash(const Side &side, const QList<QByteArrayView> &fields)
    {
        if (side.keyless)
            return 0;
        const QList<int> &key = *side.keyColumns;
        if (key.size() == 2)
            return AsmReferenceIndex::pairHash(AsmColumnUnion::field(fields, key.at(0)),
                                               AsmColumnUnion::field(fields, key.at(1)));
        return hash64(AsmColumnUnion::field(fields, key.at(0)));
    }

    quint64 rowHash(const Side &side, const QList<QByteArrayView> &fields)
    {
        const quint64 all = valuesHash(side, fields, nullptr);
        if (!m_people)
            return all & ~kFlags;
        const Watch names = Watch::Name;
        const Watch places = Watch::Location;
        return ((valuesHash(side, fields, &places) & kLocationBits) |
                (valuesHash(side, fields, &names) & kNameBits) | (all & ~kWatchedBits)) &
               ~kFlags;
    }

    // Length-prefixed values in union order (only the columns watched as `only`, when given):
    // a missing column hashes like an empty value.
    quint64 valuesHash(const Side &side, const QList<QByteArrayView> &fields, const Watch *only)
    {
        qsizetype needed = 0;
        for (int column : *side.fromUnion)
            needed += qsizetype(sizeof(quint32)) + AsmColumnUnion::field(fields, column).size();
        if (m_rowBytes.size() < needed)
            m_rowBytes.resize(needed * 2);
        char *const start = m_rowBytes.data();
        char *out = start;
        for (qsizetype u = 0; u < side.fromUnion->size(); ++u) {
            if (only && m_watch.at(u) != *only)
                continue;
            const QByteArrayView v = AsmColumnUnion::field(fields, side.fromUnion->at(u));
            const quint32 length = quint32(v.size());
            std::memcpy(out, &length, sizeof length);
            out += sizeof length;
            if (length > 0)
                std::memcpy(out, v.data(), size_t(length));
            out += length;
        }
        return hash64(QByteArrayView(start, out - start));
    }

    bool indexPrevious()
    {
        if (!m_previous.parser)
            return true;
        QList<QByteArrayView> fields;
        while (m_previous.parser->readRecord(&fields)) {
            if (cancelled(m_result.previousRows))
                return false;
            ++m_result.previousRows;
            if (!m_previous.keyless)
                m_index.add(keyHash(m_previous, fields), rowHash(m_previous, fields),
                            quint32(m_result.previousRows - 1));
        }
        m_index.finish();
        return checkRead(*m_previous.parser);
    }

    // Rows wait a few places in a small queue before they are matched, so that the memory
    // holding their previous entries is already being fetched while the next rows are parsed.
    struct Queued
    {
        quint64 key = 0;
        quint64 row = 0;
        quint32 index = 0;
        qint64 line = 0;
        QByteArray bytes; // the row's values, kept only while the sink wants them
        QList<qsizetype> ends;
    };
    static constexpr int kQueueDepth = 8;

    bool scanCurrent()
    {
        if (!m_current.parser)
            return true;
        const bool matchable = !m_current.keyless && !m_previous.keyless && m_previous.parser;
        std::array<Queued, kQueueDepth> queue;
        int head = 0;
        int queued = 0;
        QList<QByteArrayView> fields;
        for (quint32 row = 0; m_current.parser->readRecord(&fields); ++row) {
            if (cancelled(row))
                return false;
            ++m_result.currentRows;
            const qint64 line = m_current.parser->recordLine();
            if (!matchable) {
                addedRow(row, line, keyHash(m_current, fields),
                         m_sink.wantsCurrentValues() ? fields : QList<QByteArrayView>());
                continue;
            }
            Queued &q = queue[(head + queued) % kQueueDepth];
            q.key = keyHash(m_current, fields);
            q.row = rowHash(m_current, fields);
            q.index = row;
            q.line = line;
            q.bytes.resize(0);
            q.ends.resize(0);
            if (m_sink.wantsCurrentValues()) {
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
        return checkRead(*m_current.parser);
    }

    static QList<QByteArrayView> fieldsOf(const Queued &q)
    {
        QList<QByteArrayView> out;
        qsizetype from = 0;
        for (qsizetype end : q.ends) {
            out.append(QByteArrayView(q.bytes.constData() + from, end - from));
            from = end;
        }
        return out;
    }

    void addedRow(quint32 row, qint64 line, quint64 key, const QList<QByteArrayView> &fields)
    {
        ++m_result.added;
        if (m_people && !m_current.keyless)
            m_result.addedKeys.push_back(key);
        m_sink.added(row, line, fields);
    }

    void match(const Queued &q)
    {
        // Prefer an identical previous row, so that repeated keys pair up sensibly.
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
            return addedRow(q.index, q.line, q.key, fieldsOf(q));
        found->row |= kMatched;
        if ((found->row & ~kFlags) == q.row) {
            ++m_result.unchanged;
            return;
        }
        const quint32 token = quint32(m_result.changed);
        ++m_result.changed;
        const quint64 differ = found->row ^ q.row;
        if (!m_people || (differ & kWatchedBits))
            ++m_result.changedWatched;
        if (m_people && (differ & kLocationBits))
            ++m_result.changedLocation;
        if (!m_sink.changed(q.index, q.line, fieldsOf(q), token))
            return;
        if (m_tokenOf.empty())
            m_tokenOf.assign(m_index.entries().size(), kNoToken);
        m_tokenOf[size_t(found - m_index.entries().data())] = token;
        ++m_pendingChanges;
    }

    // Second pass over the previous file: the rows no current row matched, and the previous
    // rows of the changed ones the sink asked for. The index knows their places in the file, so
    // the other rows are passed over unread.
    void findPreviousRows()
    {
        rb::Result<std::unique_ptr<QIODevice>> opened = m_previousOpener();
        if (!opened)
            return incomplete(opened.error(), 0);
        const std::unique_ptr<QIODevice> device = std::move(*opened);
        AsmCsvParser parser(device.get(), asmFileName(m_table));
        QList<QByteArrayView> fields;
        if (!parser.readRecord(&fields)) {
            checkRead(parser);
            return;
        }
        if (m_previous.keyless) {
            for (quint32 row = 0; m_sink.wantsRemovedRows() && parser.readRecord(&fields); ++row) {
                if (cancelled(row))
                    return;
                m_sink.removed(row, parser.recordLine(), fields);
            }
            checkRead(parser);
            return;
        }
        // (row in the file, entry in the index), in file order.
        std::vector<std::pair<quint32, quint32>> wanted;
        const std::vector<AsmDiffIndex::Entry> &entries = m_index.entries();
        const bool removedWanted = m_sink.wantsRemovedRows();
        for (size_t i = 0; i < entries.size(); ++i) {
            const bool removed = !(entries[i].row & kMatched);
            const bool changed = !m_tokenOf.empty() && m_tokenOf[i] != kNoToken;
            if ((removed && removedWanted) || changed)
                wanted.emplace_back(entries[i].index, quint32(i));
        }
        std::sort(wanted.begin(), wanted.end());
        size_t next = 0;
        for (quint32 row = 0; next < wanted.size(); ++row) {
            if (cancelled(row))
                return;
            // A sink with enough removed rows and no change waiting needs nothing more.
            if (m_pendingChanges == 0 && !m_sink.wantsRemovedRows())
                break;
            if (wanted[next].first != row) {
                if (!parser.skipRecord())
                    break;
                continue;
            }
            if (!parser.readRecord(&fields))
                break;
            const quint32 entry = wanted[next++].second;
            const qint64 line = parser.recordLine();
            if (!(entries[entry].row & kMatched)) {
                if (m_sink.wantsRemovedRows())
                    m_sink.removed(row, line, fields);
            } else {
                m_sink.changedPrevious(m_tokenOf[entry], row, line, fields);
                --m_pendingChanges;
            }
        }
        checkRead(parser);
    }

    AsmTable m_table;
    const std::atomic_bool *m_cancel;
    AsmRowSink &m_sink;
    Opener m_previousOpener;
    Result m_result;
    QByteArrayList m_keyNames;
    QList<Watch> m_watch; // per union column
    bool m_people;
    Side m_previous;
    Side m_current;
    AsmDiffIndex m_index;
    std::vector<quint32> m_tokenOf; // index entry -> token of its changed row
    qint64 m_pendingChanges = 0;
    QByteArray m_rowBytes;
};

AsmTableMatcher::AsmTableMatcher(AsmTable table, Opener previous, Opener current,
                                 const std::atomic_bool *cancel)
    : m_table(table)
    , m_previous(std::move(previous))
    , m_current(std::move(current))
    , m_cancel(cancel)
{
}

AsmTableMatcher::~AsmTableMatcher() = default;

AsmTableMatcher::Result AsmTableMatcher::run(AsmRowSink &sink)
{
    return Run(m_table, m_cancel, sink).run(m_previous, m_current);
}

qint64 AsmTableMatcher::keysInBoth(std::vector<quint64> added, std::vector<quint64> removed)
{
    std::sort(added.begin(), added.end());
    std::sort(removed.begin(), removed.end());
    std::vector<quint64> both;
    std::set_intersection(added.begin(), added.end(), removed.begin(), removed.end(),
                          std::back_inserter(both));
    return qint64(both.size());
}

} // namespace rb
