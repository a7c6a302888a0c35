#pragma once

#include <QByteArrayView>
#include <QtGlobal>

#include <algorithm>
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
//
// A TextRef addresses at most 4 GiB. Text beyond that is not kept: add() returns an empty ref
// and overflowed() turns true, which whoever fills the arena reports as an error of the run.
class StringArena
{
public:
    static constexpr quint64 kMaxBytes = 0xFFFFFFFFu;

    // A smaller limit lets tests reach it.
    explicit StringArena(quint64 maxBytes = kMaxBytes)
        : m_maxBytes(std::min(maxBytes, kMaxBytes))
    {
    }

    TextRef add(QByteArrayView text);
    bool overflowed() const { return m_overflowed; }
    QByteArrayView view(TextRef ref) const
    {
        return QByteArrayView(m_data.data() + ref.offset, ref.length);
    }
    qsizetype bytes() const { return qsizetype(m_data.size()); }
    void reserve(qsizetype bytes) { m_data.reserve(size_t(bytes)); }

private:
    std::vector<char> m_data;
    quint64 m_maxBytes;
    bool m_overflowed = false;
};

} // namespace rb
