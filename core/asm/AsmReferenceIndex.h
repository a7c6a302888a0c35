#pragma once

#include <QByteArrayView>
#include <QtGlobal>

#include <vector>

namespace rb {

// A set of 64-bit key hashes (see hash64) for the key columns of large tables.
// It is filled while a table streams past (add()), then finish() sorts the keys, remembers which
// were added more than once and, when lookups are wanted, moves them into an open-addressing
// table at most 60 % full, so that contains() usually costs a single memory read.
// Memory: 8 bytes per added key while filling; afterwards about 13 to 27 bytes per distinct key
// with lookups (8 MB for 600,000 people) and nothing but the duplicates without.
// Nothing of the identifiers themselves is kept.
class AsmReferenceIndex
{
public:
    void reserve(qsizetype keys) { m_keys.reserve(size_t(keys)); }
    void add(quint64 hash) { m_keys.push_back(hash); }
    // withLookups false frees the keys once duplicates are known (for keys nothing refers to).
    void finish(bool withLookups = true);
    void clear();

    // Only after finish(true).
    bool contains(quint64 hash) const;
    // Asks the processor to start loading the slot contains(hash) will read first.
    void prefetch(quint64 hash) const;
    // Distinct keys, after finish().
    qsizetype size() const { return m_size; }
    // Keys added more than once, sorted, each once.
    const std::vector<quint64> &duplicates() const { return m_duplicates; }
    // How many add() calls repeated a key already added.
    qint64 repeatedCount() const { return m_repeated; }

    // The key of a pair of values, e.g. (class_id, student_id) of a roster row.
    static quint64 pairHash(QByteArrayView first, QByteArrayView second);

private:
    std::vector<quint64> m_keys;
    std::vector<quint64> m_table; // 0 marks a free slot; a key of 0 is stored as 1
    std::vector<quint64> m_duplicates;
    qsizetype m_size = 0;
    qint64 m_repeated = 0;
    int m_shift = 63;
};

} // namespace rb
