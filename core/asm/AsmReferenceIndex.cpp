#include "AsmReferenceIndex.h"

#include "common/Hashing.h"

#include <QVarLengthArray>

#include <algorithm>
#include <bit>

namespace rb {

namespace {

// LSD radix sort, a byte per pass: several times faster than std::sort on millions of uniform
// hashes, at the cost of a temporary copy.
void radixSort(std::vector<quint64> &keys)
{
    if (keys.size() < 4096) {
        std::sort(keys.begin(), keys.end());
        return;
    }
    std::vector<quint64> buffer(keys.size());
    quint64 *from = keys.data();
    quint64 *to = buffer.data();
    const size_t n = keys.size();
    for (int shift = 0; shift < 64; shift += 8) {
        size_t offsets[257] = {};
        for (size_t i = 0; i < n; ++i)
            ++offsets[((from[i] >> shift) & 0xFF) + 1];
        for (int b = 1; b <= 256; ++b)
            offsets[b] += offsets[b - 1];
        for (size_t i = 0; i < n; ++i)
            to[offsets[(from[i] >> shift) & 0xFF]++] = from[i];
        std::swap(from, to);
    }
    // Eight passes: the sorted keys end up back in keys.
}

} // namespace

void AsmReferenceIndex::finish(bool withLookups)
{
    radixSort(m_keys);
    m_duplicates.clear();
    m_repeated = 0;
    auto out = m_keys.begin();
    for (auto it = m_keys.begin(); it != m_keys.end();) {
        auto next = it + 1;
        while (next != m_keys.end() && *next == *it)
            ++next;
        if (next - it > 1) {
            m_duplicates.push_back(*it);
            m_repeated += next - it - 1;
        }
        *out++ = *it;
        it = next;
    }
    m_keys.erase(out, m_keys.end());
    m_size = qsizetype(m_keys.size());

    std::vector<quint64>().swap(m_table);
    if (withLookups) {
        // Keys are uniform hashes, so their top bits spread them evenly over the slots.
        const size_t slotCount = std::bit_ceil(std::max<size_t>(16, m_keys.size() * 5 / 3 + 1));
        m_shift = 64 - std::countr_zero(slotCount);
        m_table.assign(slotCount, 0);
        const size_t mask = slotCount - 1;
        for (quint64 key : m_keys) {
            key = key ? key : 1;
            size_t slot = size_t(key >> m_shift);
            while (m_table[slot] != 0)
                slot = (slot + 1) & mask;
            m_table[slot] = key;
        }
    }
    std::vector<quint64>().swap(m_keys);
}

void AsmReferenceIndex::clear()
{
    std::vector<quint64>().swap(m_keys);
    std::vector<quint64>().swap(m_table);
    std::vector<quint64>().swap(m_duplicates);
    m_size = 0;
    m_repeated = 0;
}

bool AsmReferenceIndex::contains(quint64 hash) const
{
    if (m_table.empty())
        return false;
    hash = hash ? hash : 1;
    const size_t mask = m_table.size() - 1;
    for (size_t slot = size_t(hash >> m_shift);; slot = (slot + 1) & mask) {
        const quint64 stored = m_table[slot];
        if (stored == hash)
            return true;
        if (stored == 0)
            return false;
    }
}

void AsmReferenceIndex::prefetch(quint64 hash) const
{
#if defined(__GNUC__) || defined(__clang__)
    if (!m_table.empty())
        __builtin_prefetch(m_table.data() + size_t((hash ? hash : 1) >> m_shift));
#else
    Q_UNUSED(hash);
#endif
}

quint64 AsmReferenceIndex::pairHash(QByteArrayView first, QByteArrayView second)
{
    // The unit separator cannot occur in an identifier, so different pairs stay different.
    QVarLengthArray<char, 512> joined;
    joined.append(first.data(), first.size());
    joined.append('\x1f');
    joined.append(second.data(), second.size());
    return hash64(QByteArrayView(joined.constData(), joined.size()));
}

} // namespace rb
