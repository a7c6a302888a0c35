#include "Hashing.h"

#include <QCryptographicHash>
#include <QFile>

#include <cstring>
#if defined(_MSC_VER)
#include <intrin.h>
#endif

namespace rb {

namespace {
inline quint64 mix(quint64 a, quint64 b)
{
#if defined(_MSC_VER)
    quint64 high = 0;
    const quint64 low = _umul128(a, b, &high);
    return low ^ high;
#else
    const unsigned __int128 r = static_cast<unsigned __int128>(a) * b;
    return static_cast<quint64>(r) ^ static_cast<quint64>(r >> 64);
#endif
}
} // namespace

quint64 hash64(QByteArrayView bytes)
{
    // wyhash-style mixing: fast on short keys, good enough distribution for ID sets.
    constexpr quint64 k0 = 0xa0761d6478bd642fULL, k1 = 0xe7037ed1a0b428dbULL,
                      k2 = 0x8ebc6af09c88c6e3ULL;
    const auto *p = reinterpret_cast<const unsigned char *>(bytes.data());
    qsizetype n = bytes.size();
    quint64 seed = k0 ^ static_cast<quint64>(n);
    while (n >= 16) {
        quint64 a, b;
        std::memcpy(&a, p, 8);
        std::memcpy(&b, p + 8, 8);
        seed = mix(a ^ k1, b ^ seed);
        p += 16;
        n -= 16;
    }
    quint64 a = 0, b = 0;
    if (n >= 8) {
        std::memcpy(&a, p, 8);
        std::memcpy(&b, p + n - 8, 8);
    } else if (n > 0) {
        for (qsizetype i = 0; i < n; ++i)
            a |= static_cast<quint64>(p[i]) << (8 * i);
    }
    return mix(k1 ^ static_cast<quint64>(bytes.size()), mix(a ^ k2, b ^ seed));
}

QString sha256Hex(QByteArrayView bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

QString sha256OfFile(const QString &path)
{
    QFile file(path);
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!file.open(QIODevice::ReadOnly) || !hash.addData(&file))
        return {};
    return QString::fromLatin1(hash.result().toHex());
}

} // namespace rb
