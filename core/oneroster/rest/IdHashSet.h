#pragma once

#include <QtGlobal>

#include <vector>

namespace rb {

// A set of 64-bit ID hashes with open addressing: 16 bytes per ID at most, so that the four
// million enrollment IDs of a large district can be checked for repeats in about 64 MiB.
class IdHashSet
{
public:
    // False when the hash was already present.
    bool insert(quint64 hash);
    bool contains(quint64 hash) const;
    qsizetype size() const { return m_count; }
    void clear();

private:
    void grow();
    static quint64 key(quint64 hash) { return hash == 0 ? 1 : hash; }

    std::vector<quint64> m_slots;
    qsizetype m_count = 0;
};

} // namespace rb
