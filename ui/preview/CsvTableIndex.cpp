#include "preview/CsvTableIndex.h"

#include "asm/AsmCsvParser.h"
#include "asm/AsmPackage.h"
#include "preview/PreviewLog.h"

#include <QBuffer>
#include <QElapsedTimer>
#include <QFile>

#include <algorithm>
#include <cstring>

namespace rb {

namespace {

constexpr qint64 kChunkSize = 1024 * 1024;
// A header this long means the file is not CSV at all; stop before it fills the memory.
constexpr qsizetype kMaxHeaderSize = 1024 * 1024;

} // namespace

CsvTableIndex::CsvTableIndex(AsmTable table, const QString &filePath)
    : m_table(table)
    , m_filePath(filePath)
{
}

Result<std::shared_ptr<const CsvTableIndex>> CsvTableIndex::extract(const AsmPackage &package,
                                                                    AsmTable table,
                                                                    const QString &filePath,
                                                                    const std::atomic_bool &cancel)
{
    const Result<std::unique_ptr<QIODevice>> device = package.openTable(table);
    if (!device)
        return Failure{device.error().isEmpty() ? tr("%1 cannot be opened.").arg(asmFileName(table))
                                                : device.error()};
    return extract(device->get(), table, filePath, cancel);
}

Result<std::shared_ptr<const CsvTableIndex>> CsvTableIndex::extract(QIODevice *source,
                                                                    AsmTable table,
                                                                    const QString &filePath,
                                                                    const std::atomic_bool &cancel)
{
    QElapsedTimer timer;
    timer.start();
    std::shared_ptr<CsvTableIndex> index(new CsvTableIndex(table, filePath));
    QFile out(filePath);
    if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return Failure{tr("Cannot write the temporary copy of %1: %2")
                           .arg(asmFileName(table), out.errorString())};
    std::vector<qint64> &starts = index->m_starts;
    QByteArray chunk(kChunkSize, Qt::Uninitialized);
    qint64 offset = 0;
    bool inHeader = true;
    for (;;) {
        if (cancel.load(std::memory_order_relaxed))
            return std::shared_ptr<const CsvTableIndex>();
        const qint64 got = source->read(chunk.data(), chunk.size());
        if (got < 0)
            return Failure{
                tr("%1 cannot be read: %2").arg(asmFileName(table), source->errorString())};
        if (got == 0)
            break;
        if (out.write(chunk.constData(), got) != got)
            return Failure{tr("Cannot write the temporary copy of %1: %2")
                               .arg(asmFileName(table), out.errorString())};
        const char *data = chunk.constData();
        qint64 i = 0;
        if (inHeader) {
            const void *nl = std::memchr(data, '\n', size_t(got));
            const qint64 end = nl ? static_cast<const char *>(nl) - data : got;
            index->m_headerLine.append(data, end);
            if (index->m_headerLine.size() > kMaxHeaderSize) {
                return Failure{
                    tr("The first line of %1 is longer than 1 MiB; it is not a CSV file.")
                        .arg(asmFileName(table))};
            }
            if (nl) {
                inHeader = false;
                starts.push_back(offset + end + 1);
                i = end + 1;
            }
        }
        while (!inHeader && i < got) {
            const void *nl = std::memchr(data + i, '\n', size_t(got - i));
            if (!nl)
                break;
            const qint64 at = static_cast<const char *>(nl) - data;
            starts.push_back(offset + at + 1);
            i = at + 1;
        }
        offset += got;
    }
    if (!out.flush())
        return Failure{tr("Cannot write the temporary copy of %1: %2")
                           .arg(asmFileName(table), out.errorString())};
    out.close();
    // A last line without a line feed is a row too; the final entry is always the file's size.
    if (starts.empty() || starts.back() != offset)
        starts.push_back(offset);
    starts.shrink_to_fit();

    QByteArray header = index->m_headerLine;
    QBuffer buffer(&header);
    buffer.open(QIODevice::ReadOnly);
    AsmCsvParser parser(&buffer, asmFileName(table));
    parser.readRecord(&index->m_columns);
    qCDebug(lcPreview) << asmFileName(table) << "indexed" << index->rowCount() << "rows in"
                       << timer.elapsed() << "ms";
    return std::shared_ptr<const CsvTableIndex>(std::move(index));
}

qsizetype CsvTableIndex::rowAt(qint64 offset) const
{
    const auto it = std::upper_bound(m_starts.begin(), m_starts.end(), offset);
    const qsizetype row = qsizetype(it - m_starts.begin()) - 1;
    return std::clamp<qsizetype>(row, 0, std::max<qsizetype>(rowCount() - 1, 0));
}

Result<QByteArray> CsvTableIndex::readRows(QFile *file, qsizetype first, qsizetype count) const
{
    first = std::clamp<qsizetype>(first, 0, rowCount());
    count = std::clamp<qsizetype>(count, 0, rowCount() - first);
    const qint64 from = rowStart(first);
    const qint64 size = rowStart(first + count) - from;
    QByteArray bytes(size, Qt::Uninitialized);
    if (size == 0)
        return bytes;
    if (!file->seek(from) || file->read(bytes.data(), size) != size)
        return Failure{tr("%1 cannot be read: %2").arg(fileName(), file->errorString())};
    return bytes;
}

QList<QByteArrayList> CsvTableIndex::parseRows(QByteArrayView lines) const
{
    // The header goes first so that the parser picks the same separator as for the whole file.
    QByteArray data;
    data.reserve(m_headerLine.size() + 1 + lines.size());
    data.append(m_headerLine).append('\n').append(lines);
    QBuffer buffer(&data);
    buffer.open(QIODevice::ReadOnly);
    AsmCsvParser parser(&buffer, fileName());
    QByteArrayList fields;
    QList<QByteArrayList> rows;
    if (!parser.readRecord(&fields))
        return rows;
    while (parser.readRecord(&fields))
        rows.append(fields);
    return rows;
}

} // namespace rb
