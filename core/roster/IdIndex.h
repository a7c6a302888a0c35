#pragma once

#include "StringArena.h"

#include <vector>

namespace rb {

// Maps sourcedIds to entity indexes. Open addressing over 32-bit slots; the keys themselves
// stay in the arena, so the index costs about 8 bytes per entity.
class IdIndex
{
public:
    static constexpr quint32 npos = 0xFFFFFFFFu;

    explicit IdIndex(const StringArena *arena)
        : m_arena(arena)
    {
    }

    // Inserts id -> index. Returns the existing index when the id is already present.
    quint32 insert(TextRef id, quint32 index);
    quint32 find(QByteArrayView id) const;
    qsizetype size() const { return m_count; }

private:
    void grow();

    const StringArena *m_arena;
    std::vector<quint32> m_slots; // entity index or npos
    std::vector<TextRef> m_keys;  // key of each entity index, for comparisons
    qsizetype m_count = 0;
};

} // namespace rb
