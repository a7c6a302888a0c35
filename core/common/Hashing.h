#pragma once

#include <QByteArrayView>
#include <QtGlobal>

namespace rb {

// A fixed-seed 64-bit hash for identifiers, so that sets of millions of IDs can be kept as
// plain integers (a collision among 4 million IDs has odds of about 1 in 10^12).
quint64 hash64(QByteArrayView bytes);

} // namespace rb
