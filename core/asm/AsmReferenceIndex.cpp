#include "AsmReferenceIndex.h"

#include "common/Hashing.h"

#include <QVarLengthArray>

#include <algorithm>
#include <bit>

namespace rb {

void AsmReferenceIndex::finish(bool withLookups)
{
    std::sort(m_keys.begin(), m_keys.end());
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
        const size_t slots = std::bit_ceil(std::max<size_t>(16, m_keys.size() * 5 / 3 + 1));
        m_shift = 64 - std::countr_zero(slots);
        m_table.assign(slots, 0);
        const size_t mask = slots - 1;
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
