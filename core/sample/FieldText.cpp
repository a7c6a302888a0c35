#include "FieldText.h"

namespace rb::gen {

void FieldText::appendDigits(qint64 value, int width)
{
    char digits[24];
    int count = 0;
    do {
        digits[count++] = char('0' + value % 10);
        value /= 10;
    } while (value > 0);
    for (int i = count; i < width; ++i)
        appendChar('0');
    while (count > 0)
        appendChar(digits[--count]);
}

FieldText FieldText::id(const char *prefix, qint64 number, int width)
{
    FieldText text;
    for (const char *p = prefix; *p; ++p)
        text.appendChar(*p);
    text.appendChar('-');
    text.appendDigits(number, width);
    return text;
}

FieldText FieldText::date(QDate date)
{
    FieldText text;
    text.appendDigits(date.year(), 4);
    text.appendChar('-');
    text.appendDigits(date.month(), 2);
    text.appendChar('-');
    text.appendDigits(date.day(), 2);
    return text;
}

FieldText FieldText::timestamp(qint64 msecsSinceEpoch)
{
    constexpr qint64 msecsPerDay = 86400000;
    const qint64 days = msecsSinceEpoch / msecsPerDay;
    qint64 rest = msecsSinceEpoch % msecsPerDay;
    // 2440588 is the Julian day of 1970-01-01.
    FieldText text = date(QDate::fromJulianDay(days + 2440588));
    text.appendChar('T');
    text.appendDigits(rest / 3600000, 2);
    rest %= 3600000;
    text.appendChar(':');
    text.appendDigits(rest / 60000, 2);
    rest %= 60000;
    text.appendChar(':');
    text.appendDigits(rest / 1000, 2);
    text.appendChar('.');
    text.appendDigits(rest % 1000, 3);
    text.appendChar('Z');
    return text;
}

} // namespace rb::gen
