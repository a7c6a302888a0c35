#include "AsmDiffIndex.h"

#include "common/BucketSort.h"

#include <algorithm>
#include <bit>

namespace rb {

void AsmDiffIndex::finish()
{
    // By key, rows of one key in file order.
    bucketSort(
        m_entries, std::size_t(1) << 10, [](const Entry &e) { return e.key >> 54; },
        [](const Entry &a, const Entry &b) {
            return a.key != b.key ? a.key < b.key : a.index < b.index;
        });
    const int bits = std::max(1, int(std::bit_width(m_entries.size() / 8)));
    m_shift = 64 - bits;
    m_buckets.assign((size_t(1) << bits) + 1, 0);
    for (const Entry &e : m_entries)
        ++m_buckets[size_t(e.key >> m_shift) + 1];
    for (size_t i = 1; i < m_buckets.size(); ++i)
        m_buckets[i] += m_buckets[i - 1];
}

std::pair<AsmDiffIndex::Entry *, AsmDiffIndex::Entry *> AsmDiffIndex::range(quint64 key)
{
    if (m_buckets.empty())
        return {nullptr, nullptr};
    const size_t bucket = size_t(key >> m_shift);
    Entry *first = m_entries.data() + m_buckets[bucket];
    Entry *last = m_entries.data() + m_buckets[bucket + 1];
    while (first != last && first->key < key)
        ++first;
    Entry *end = first;
    while (end != last && end->key == key)
        ++end;
    return {first, end};
}

void AsmDiffIndex::prefetchBucket(quint64 key) const
{
#if defined(__GNUC__) || defined(__clang__)
    if (!m_buckets.empty())
        __builtin_prefetch(m_buckets.data() + size_t(key >> m_shift));
#else
    Q_UNUSED(key);
#endif
}

void AsmDiffIndex::prefetchEntries(quint64 key) const
{
#if defined(__GNUC__) || defined(__clang__)
    if (!m_buckets.empty())
        __builtin_prefetch(m_entries.data() + m_buckets[size_t(key >> m_shift)]);
#else
    Q_UNUSED(key);
#endif
}

} // namespace rb
