#include "StringArena.h"

#include <stdexcept>

namespace rb {

TextRef StringArena::add(QByteArrayView text)
{
    if (text.isEmpty())
        return {};
    if (m_data.size() + size_t(text.size()) > 0xFFFFFFFFu)
        throw std::length_error("roster text exceeds 4 GiB");
    TextRef ref{quint32(m_data.size()), quint32(text.size())};
    m_data.insert(m_data.end(), text.data(), text.data() + text.size());
    return ref;
}

} // namespace rb
