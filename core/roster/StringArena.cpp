#include "StringArena.h"

namespace rb {

TextRef StringArena::add(QByteArrayView text)
{
    if (text.isEmpty())
        return {};
    if (m_overflowed || m_data.size() + size_t(text.size()) > m_maxBytes) {
        m_overflowed = true;
        return {};
    }
    TextRef ref{quint32(m_data.size()), quint32(text.size())};
    m_data.insert(m_data.end(), text.data(), text.data() + text.size());
    return ref;
}

} // namespace rb
