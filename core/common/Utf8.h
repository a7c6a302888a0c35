#pragma once

#include <QByteArrayView>

namespace rb {

// Strict UTF-8 check (no overlongs, no surrogates, nothing above U+10FFFF).
// Returns the byte offset of the first invalid sequence, or -1 when the text is valid.
qsizetype firstInvalidUtf8(QByteArrayView text);
inline bool isValidUtf8(QByteArrayView text)
{
    return firstInvalidUtf8(text) < 0;
}

} // namespace rb
