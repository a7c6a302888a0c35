#pragma once

#include <QtGlobal>

namespace rb::gen {

// A small, fully specified generator (SplitMix64) so that a seed produces the same district
// with every compiler and standard library. Each entity draws from its own stream, derived
// from (seed, stream, index), so any row can be regenerated without replaying the ones before.
class Random
{
public:
    Random(quint64 seed, quint64 stream, quint64 index)
        : m_state(
              mix(seed ^ mix(stream * 0xD1B54A32D192ED03ULL ^ mix(index + 0x632BE59BD9B4E019ULL))))
    {
    }

    static quint64 mix(quint64 x)
    {
        x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ULL;
        x = (x ^ (x >> 27)) * 0x94D049BB133111EBULL;
        return x ^ (x >> 31);
    }

    quint64 next()
    {
        m_state += 0x9E3779B97F4A7C15ULL;
        return mix(m_state);
    }

    // Uniform in [0, bound); rejection keeps it unbiased.
    quint32 below(quint32 bound)
    {
        if (bound <= 1)
            return 0;
        const quint32 threshold = (0u - bound) % bound;
        for (;;) {
            const auto r = quint32(next() >> 32);
            if (r >= threshold)
                return r % bound;
        }
    }

    bool chance(quint32 numerator, quint32 denominator) { return below(denominator) < numerator; }

private:
    quint64 m_state;
};

// Stream numbers: one per kind of draw, so that adding a draw to one kind leaves the others
// unchanged.
enum class Stream : quint64 {
    School = 1,
    Traits,
    Names,
    Modified,
    Schedule,
    Classes,
    Enrollment,
    Extras,
};

inline Random randomFor(quint64 seed, Stream stream, quint64 index)
{
    return Random(seed, quint64(stream), index);
}

} // namespace rb::gen
