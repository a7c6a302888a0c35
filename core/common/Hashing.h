#pragma once

#include <QByteArrayView>
#include <QString>
#include <QtGlobal>

namespace rb {

// A fixed-seed 64-bit hash for identifiers, so that sets of millions of IDs can be kept as
// plain integers (a collision among 4 million IDs has odds of about 1 in 10^12).
quint64 hash64(QByteArrayView bytes);

// SHA-256 as lower-case hex, the form the history and the review slot keep.
QString sha256Hex(QByteArrayView bytes);
// Of a file, read in blocks; empty when it cannot be read.
QString sha256OfFile(const QString &path);

} // namespace rb
