#include "preview/RowFinder.h"

#include "preview/CsvTableIndex.h"
#include "preview/PreviewLog.h"

#include <QByteArrayMatcher>
#include <QFile>

#include <algorithm>

namespace rb {

namespace {

constexpr qint64 kRawBlockBytes = 4 * 1024 * 1024;
constexpr qsizetype kParsedBlockRows = 1024;

void toLowerAscii(QByteArray *bytes)
{
    char *p = bytes->data();
    const qsizetype n = bytes->size();
    for (qsizetype i = 0; i < n; ++i) {
        if (p[i] >= 'A' && p[i] <= 'Z')
            p[i] = char(p[i] + ('a' - 'A'));
    }
}

bool rawScanPossible(const QString &text)
{
    return std::all_of(text.cbegin(), text.cend(), [](QChar c) {
        return c.unicode() < 128 && c != u'"' && c != u'\\' && c != u'\n' && c != u'\r';
    });
}

} // namespace

RowFinder::RowFinder(const CsvTableIndex &index, const QString &text)
    : m_index(index)
    , m_text(text)
{
    if (!text.isEmpty() && rawScanPossible(text))
        m_lowerAscii = text.toLatin1().toLower();
}

qsizetype RowFinder::find(qsizetype from, const std::atomic_bool &cancel, bool wrap)
{
    const qsizetype rows = m_index.rowCount();
    if (m_text.isEmpty() || rows == 0)
        return -1;
    QFile file(m_index.filePath());
    if (!file.open(QIODevice::ReadOnly)) {
        qCWarning(lcPreview) << "cannot search" << file.fileName() << file.errorString();
        return -1;
    }
    from = std::clamp<qsizetype>(from, 0, rows);
    if (from == rows && wrap)
        from = 0;
    qsizetype found = scan(&file, from, rows, cancel);
    if (found < 0 && wrap && from > 0)
        found = scan(&file, 0, from, cancel);
    return cancel.load() ? -1 : found;
}

qsizetype RowFinder::scan(QFile *file, qsizetype first, qsizetype last,
                          const std::atomic_bool &cancel)
{
    return m_lowerAscii.isEmpty() ? scanParsed(file, first, last, cancel)
                                  : scanRaw(file, first, last, cancel);
}

qsizetype RowFinder::scanRaw(QFile *file, qsizetype first, qsizetype last,
                             const std::atomic_bool &cancel)
{
    const QByteArrayMatcher matcher(m_lowerAscii);
    qsizetype row = first;
    while (row < last) {
        if (cancel.load(std::memory_order_relaxed))
            return -1;
        const qint64 from = m_index.rowStart(row);
        // Whole rows, about kRawBlockBytes of them, at least one.
        qsizetype end = last;
        if (from + kRawBlockBytes < m_index.rowStart(last))
            end = std::clamp<qsizetype>(m_index.rowAt(from + kRawBlockBytes), row + 1, last);
        Result<QByteArray> read = m_index.readRows(file, row, end - row);
        if (!read) {
            qCWarning(lcPreview) << "search stopped:" << read.error();
            return -1;
        }
        QByteArray block = std::move(*read);
        toLowerAscii(&block);
        qsizetype pos = 0;
        while ((pos = matcher.indexIn(block, pos)) >= 0) {
            const qsizetype hit = m_index.rowAt(from + pos);
            if (rowMatches(file, hit))
                return hit;
            // The raw text matched across values or inside an escape: go on after this row.
            pos = qsizetype(m_index.rowStart(hit + 1) - from);
            if (pos >= block.size())
                break;
        }
        row = end;
    }
    return -1;
}

qsizetype RowFinder::scanParsed(QFile *file, qsizetype first, qsizetype last,
                                const std::atomic_bool &cancel)
{
    for (qsizetype row = first; row < last; row += kParsedBlockRows) {
        if (cancel.load(std::memory_order_relaxed))
            return -1;
        const qsizetype count = std::min(kParsedBlockRows, last - row);
        const Result<QByteArray> lines = m_index.readRows(file, row, count);
        if (!lines) {
            qCWarning(lcPreview) << "search stopped:" << lines.error();
            return -1;
        }
        const QList<QByteArrayList> rows = m_index.parseRows(*lines);
        for (qsizetype i = 0; i < rows.size(); ++i) {
            if (valuesMatch(rows.at(i)))
                return row + i;
        }
    }
    return -1;
}

bool RowFinder::rowMatches(QFile *file, qsizetype row) const
{
    // An unreadable row matches nothing.
    const QByteArray line = m_index.readRows(file, row, 1).valueOr(QByteArray());
    const QList<QByteArrayList> rows = m_index.parseRows(line);
    return !rows.isEmpty() && valuesMatch(rows.first());
}

bool RowFinder::valuesMatch(const QByteArrayList &values) const
{
    return std::any_of(values.cbegin(), values.cend(), [this](const QByteArray &value) {
        return QString::fromUtf8(value).contains(m_text, Qt::CaseInsensitive);
    });
}

} // namespace rb
