#include "preview/CsvRowCache.h"

#include "preview/CsvTableIndex.h"
#include "preview/PreviewLog.h"

namespace rb {

CsvRowCache::CsvRowCache(std::shared_ptr<const CsvTableIndex> index)
    : m_index(std::move(index))
    , m_file(m_index->filePath())
    , m_blocks(kMaxBlocks)
{
}

QStringList CsvRowCache::row(qsizetype row)
{
    if (row < 0 || row >= m_index->rowCount())
        return {};
    const qsizetype blockNumber = row / kBlockRows;
    if (const Block *block = m_blocks.object(blockNumber))
        return block->value(row % kBlockRows);
    if (!m_file.isOpen() && !m_file.open(QIODevice::ReadOnly)) {
        if (m_error.isEmpty())
            qCWarning(lcPreview) << "cannot open" << m_file.fileName() << m_file.errorString();
        m_error = m_file.errorString();
        return {};
    }
    const qsizetype first = blockNumber * kBlockRows;
    const Result<QByteArray> lines = m_index->readRows(&m_file, first, kBlockRows);
    if (!lines) {
        m_error = lines.error();
        return {};
    }
    auto *block = new Block;
    const QList<QByteArrayList> rows = m_index->parseRows(*lines);
    block->reserve(rows.size());
    for (const QByteArrayList &fields : rows) {
        QStringList values;
        values.reserve(fields.size());
        for (const QByteArray &field : fields)
            values.append(QString::fromUtf8(field));
        block->append(values);
    }
    const QStringList result = block->value(row % kBlockRows);
    m_blocks.insert(blockNumber, block);
    return result;
}

} // namespace rb
