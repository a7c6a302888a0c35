// libFuzzer target for the OneRoster CSV reader: any byte string must parse or fail cleanly,
// with every field view inside the record and line numbers that only grow.
#include "oneroster/CsvReader.h"

#include <QBuffer>

#include <cstddef>
#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    rb::CsvReader reader(&buffer, QStringLiteral("fuzz.csv"));
    qint64 lastLine = 0;
    qsizetype total = 0;
    while (reader.next()) {
        if (reader.line() <= lastLine)
            std::abort();
        lastLine = reader.line();
        for (qsizetype i = 0; i < reader.fieldCount(); ++i)
            total += reader.field(i).size();
        if (reader.hasRecordError() && reader.recordError().isEmpty())
            std::abort();
    }
    if (total > qsizetype(size))
        std::abort();
    return 0;
}
