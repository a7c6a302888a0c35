#pragma once

#include <QByteArrayView>
#include <QtGlobal>

#include <vector>

namespace rb {

// A slice of a StringArena: 8 bytes instead of a QByteArray's 24 plus its heap block.
struct TextRef
{
    quint32 offset = 0;
    quint32 length = 0;
    bool isEmpty() const { return length == 0; }
};

// All text of a roster lives in one growing buffer; entities keep TextRefs into it. This keeps
// a 600,000-user district to a few hundred bytes per person without millions of allocations.
class StringArena
{
public:
    TextRef add(QByteArrayView text);
    QByteArrayView view(TextRef ref) const
    {
        return QByteArrayView(m_data.data() + ref.offset, ref.length);
    }
    qsizetype bytes() const { return qsizetype(m_data.size()); }
    void reserve(qsizetype bytes) { m_data.reserve(size_t(bytes)); }

private:
    std::vector<char> m_data;
};

} // namespace rb
