// libFuzzer target for the Apple School Manager CSV parser. The first byte picks the parser's
// chunk size (so records straddle chunk boundaries) and one of two checks:
// - even: the rest is a file; it must parse or fail cleanly, one record per line, with no value
//   longer than the file;
// - odd: the rest is rows of values (rows split at 0x01, values at 0x00) under a fixed header;
//   written with AsmCsvWriter and parsed back they must come out exactly as they went in.
#include "asm/AsmCsvParser.h"
#include "asm/AsmCsvWriter.h"
#include "common/Findings.h"

#include <QBuffer>

#include <cstddef>
#include <cstdint>
#include <cstdlib>

namespace {

void parseAnything(QByteArray bytes, qsizetype chunkSize)
{
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    rb::Findings findings;
    rb::AsmCsvParser parser(&buffer, QStringLiteral("fuzz.csv"), &findings);
    parser.setChunkSize(chunkSize);
    QList<QByteArrayView> fields;
    qint64 records = 0;
    while (parser.readRecord(&fields)) {
        ++records;
        if (parser.recordLine() != records || fields.isEmpty())
            std::abort();
        qsizetype total = 0;
        for (QByteArrayView field : std::as_const(fields))
            total += field.size();
        if (total > bytes.size())
            std::abort();
    }
    if (parser.failed() || parser.recordsRead() != records)
        std::abort();
}

void roundTrip(QByteArrayView input, qsizetype chunkSize)
{
    const QByteArrayList header{"a", "b"};
    QList<QByteArrayList> rows{header};
    for (QByteArrayView row : input.toByteArray().split('\x01'))
        rows.append(row.toByteArray().split('\0'));

    QByteArray file;
    QBuffer out(&file);
    out.open(QIODevice::WriteOnly);
    {
        rb::AsmCsvWriter writer(&out);
        for (const QByteArrayList &row : std::as_const(rows))
            writer.writeRow(row);
        if (!writer.finish())
            std::abort();
    }
    out.close();

    QBuffer in(&file);
    in.open(QIODevice::ReadOnly);
    rb::AsmCsvParser parser(&in, QStringLiteral("fuzz.csv"));
    parser.setChunkSize(chunkSize);
    QByteArrayList fields;
    for (const QByteArrayList &row : std::as_const(rows)) {
        if (!parser.readRecord(&fields) || fields != row)
            std::abort();
    }
    if (parser.readRecord(&fields) || parser.failed())
        std::abort();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    const qsizetype chunkSize = 1 + data[0] / 2;
    const QByteArrayView rest(reinterpret_cast<const char *>(data) + 1, qsizetype(size - 1));
    if (data[0] % 2 == 0)
        parseAnything(rest.toByteArray(), chunkSize);
    else
        roundTrip(rest, chunkSize);
    return 0;
}
