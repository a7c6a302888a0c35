#pragma once

#include <QByteArrayView>
#include <QDate>

namespace rb::gen {

// A short field value formatted into a fixed buffer: sourcedIds, dates and timestamps are
// written millions of times at large scale, and this keeps them off the heap.
class FieldText
{
public:
    QByteArrayView view() const { return QByteArrayView(m_data, m_size); }

    // "stu-000123": the prefix, a hyphen and the number zero-padded to at least width digits.
    static FieldText id(const char *prefix, qint64 number, int width);
    // "2026-08-15"
    static FieldText date(QDate date);
    // "2026-08-15T10:30:00.000Z" for milliseconds since 1970-01-01T00:00:00Z.
    static FieldText timestamp(qint64 msecsSinceEpoch);

private:
    void appendDigits(qint64 value, int width);
    void appendChar(char c) { m_data[m_size++] = c; }

    char m_data[40];
    int m_size = 0;
};

} // namespace rb::gen
