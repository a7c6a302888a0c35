#pragma once

#include <algorithm>
#include <cstddef>
#include <vector>

namespace rb {

// Sorts in place in two passes: a counting permutation into buckets (American flag sort),
// then each bucket by less. bucket(x) must agree with less: an element of a lower bucket
// sorts first. About a thousand buckets keep the permutation's write positions in the cache
// and each bucket's sort in L2: quicker than std::sort over millions of elements, and no
// second copy of the data.
template<typename T, typename Bucket, typename Less>
void bucketSort(std::vector<T> &items, std::size_t buckets, Bucket bucket, Less less)
{
    if (items.size() < 4096 || buckets < 2) {
        std::sort(items.begin(), items.end(), less);
        return;
    }
    std::vector<std::size_t> next(buckets + 1, 0);
    for (const T &item : items)
        ++next[std::size_t(bucket(item)) + 1];
    for (std::size_t b = 1; b <= buckets; ++b)
        next[b] += next[b - 1];
    // next[b] walks bucket b; ends[b] is where bucket b stops.
    const std::vector<std::size_t> ends(next.begin() + 1, next.end());
    for (std::size_t b = 0; b < buckets; ++b) {
        while (next[b] < ends[b]) {
            const std::size_t target = std::size_t(bucket(items[next[b]]));
            if (target == b)
                ++next[b];
            else
                std::swap(items[next[b]], items[next[target]++]);
        }
    }
    std::size_t start = 0;
    for (std::size_t b = 0; b < buckets; ++b) {
        if (ends[b] - start > 1)
            std::sort(items.begin() + std::ptrdiff_t(start),
                      items.begin() + std::ptrdiff_t(ends[b]), less);
        start = ends[b];
    }
}

} // namespace rb
