#include "Pseudonymizer.h"

#include <QMessageAuthenticationCode>

namespace rb {

namespace {
// Crockford's base32: no I, L, O or U, so a pseudonym is never mistaken for another or read
// as a word.
constexpr char kAlphabet[] = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

QByteArray base32(QByteArrayView bytes, int characters)
{
    QByteArray out;
    out.reserve(characters);
    quint64 buffer = 0;
    int bits = 0;
    qsizetype next = 0;
    while (out.size() < characters) {
        if (bits < 5) {
            buffer = (buffer << 8) | quint8(bytes[next++]);
            bits += 8;
        }
        out.append(kAlphabet[(buffer >> (bits - 5)) & 31]);
        bits -= 5;
    }
    return out;
}
} // namespace

Pseudonymizer::Pseudonymizer(QByteArray key)
    : m_key(std::move(key))
{
}

Pseudonymizer::Names Pseudonymizer::names(QByteArrayView sourcedId) const
{
    const QByteArray mac = QMessageAuthenticationCode::hash(sourcedId.toByteArray(), m_key,
                                                            QCryptographicHash::Sha256);
    // Separate bytes for each name: 30 and 40 bits of the 256.
    return {base32(QByteArrayView(mac).first(4), 6), base32(QByteArrayView(mac).sliced(4, 5), 8)};
}

} // namespace rb
