#include "IdHashSet.h"

namespace rb {

bool IdHashSet::contains(quint64 hash) const
{
    if (m_slots.empty())
        return false;
    const quint64 k = key(hash);
    const size_t mask = m_slots.size() - 1;
    for (size_t i = size_t(k) & mask;; i = (i + 1) & mask) {
        if (m_slots[i] == 0)
            return false;
        if (m_slots[i] == k)
            return true;
    }
}

bool IdHashSet::insert(quint64 hash)
{
    // Keep the load at most one half so that probes stay short.
    if (size_t(m_count + 1) * 2 > m_slots.size())
        grow();
    const quint64 k = key(hash);
    const size_t mask = m_slots.size() - 1;
    for (size_t i = size_t(k) & mask;; i = (i + 1) & mask) {
        if (m_slots[i] == k)
            return false;
        if (m_slots[i] == 0) {
            m_slots[i] = k;
            ++m_count;
            return true;
        }
    }
}

void IdHashSet::grow()
{
    std::vector<quint64> old = std::move(m_slots);
    m_slots.assign(old.empty() ? 1024 : old.size() * 2, 0);
    const size_t mask = m_slots.size() - 1;
    for (const quint64 k : old) {
        if (k == 0)
            continue;
        size_t i = size_t(k) & mask;
        while (m_slots[i] != 0)
            i = (i + 1) & mask;
        m_slots[i] = k;
    }
}

void IdHashSet::clear()
{
    m_slots.clear();
    m_slots.shrink_to_fit();
    m_count = 0;
}

} // namespace rb
