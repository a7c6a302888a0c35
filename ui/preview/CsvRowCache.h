#pragma once

#include <QCache>
#include <QFile>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

namespace rb {

class CsvTableIndex;

// Reads rows of an indexed table when they are asked for, keeping the most recently used blocks
// of rows parsed: a view scrolling through a million rows holds a few thousand at most.
class CsvRowCache
{
public:
    explicit CsvRowCache(std::shared_ptr<const CsvTableIndex> index);

    CsvRowCache(const CsvRowCache &) = delete;
    CsvRowCache &operator=(const CsvRowCache &) = delete;

    const CsvTableIndex &index() const { return *m_index; }
    // The row's values; empty when it is out of range or cannot be read (see errorString()).
    QStringList row(qsizetype row);
    QString errorString() const { return m_error; }

    static constexpr qsizetype kBlockRows = 64;
    static constexpr qsizetype kMaxBlocks = 64;

private:
    using Block = QList<QStringList>;

    std::shared_ptr<const CsvTableIndex> m_index;
    QFile m_file;
    QCache<qsizetype, Block> m_blocks;
    QString m_error;
};

} // namespace rb
