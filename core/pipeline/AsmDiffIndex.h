#pragma once

#include <QtGlobal>

#include <utility>
#include <vector>

namespace rb {

// The rows of the previous file for AsmDiff: 24 bytes per row, the hash of its key, the hash
// of its values and its place in the file. finish() sorts them by key and builds a bucket directory
// of about eight rows per bucket, small enough to stay in cache, so a lookup reads one or two
// adjacent cache lines. The two lowest bits of the row hash are free for the caller's flags.
class AsmDiffIndex
{
public:
    struct Entry
    {
        quint64 key;
        quint64 row;
        quint32 index; // the row's place in the file, from 0
    };

    void add(quint64 key, quint64 row, quint32 index) { m_entries.push_back({key, row, index}); }
    void finish();

    // The entries with this key (after finish()); empty when there are none.
    std::pair<Entry *, Entry *> range(quint64 key);
    // Ask the processor to start loading what a lookup of key reads: first the directory
    // slot, then (some rows later, once that slot is in cache) the entries themselves.
    void prefetchBucket(quint64 key) const;
    void prefetchEntries(quint64 key) const;

    const std::vector<Entry> &entries() const { return m_entries; }

private:
    std::vector<Entry> m_entries;
    std::vector<quint32> m_buckets;
    int m_shift = 63;
};

} // namespace rb
