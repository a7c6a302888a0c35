#include "IdIndex.h"

#include "common/Hashing.h"

namespace rb {

quint32 IdIndex::insert(TextRef id, quint32 index)
{
    if (size_t(m_count + 1) * 2 > m_slots.size())
        grow();
    const QByteArrayView key = m_arena->view(id);
    const size_t mask = m_slots.size() - 1;
    size_t slot = size_t(hash64(key)) & mask;
    while (m_slots[slot] != npos) {
        const quint32 existing = m_slots[slot];
        if (m_arena->view(m_keys[existing]) == key)
            return existing;
        slot = (slot + 1) & mask;
    }
    if (m_keys.size() <= index)
        m_keys.resize(size_t(index) + 1);
    m_keys[index] = id;
    m_slots[slot] = index;
    ++m_count;
    return index;
}

quint32 IdIndex::find(QByteArrayView id) const
{
    if (m_slots.empty())
        return npos;
    const size_t mask = m_slots.size() - 1;
    size_t slot = size_t(hash64(id)) & mask;
    while (m_slots[slot] != npos) {
        const quint32 existing = m_slots[slot];
        if (m_arena->view(m_keys[existing]) == id)
            return existing;
        slot = (slot + 1) & mask;
    }
    return npos;
}

void IdIndex::grow()
{
    const size_t newSize = m_slots.empty() ? 1024 : m_slots.size() * 2;
    std::vector<quint32> old;
    old.swap(m_slots);
    m_slots.assign(newSize, npos);
    const size_t mask = newSize - 1;
    for (quint32 index : old) {
        if (index == npos)
            continue;
        size_t slot = size_t(hash64(m_arena->view(m_keys[index]))) & mask;
        while (m_slots[slot] != npos)
            slot = (slot + 1) & mask;
        m_slots[slot] = index;
    }
}

} // namespace rb
