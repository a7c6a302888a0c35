#pragma once

#include <QByteArray>
#include <QString>

#include <atomic>

class QFile;

namespace rb {

class CsvTableIndex;

// Finds the next row of a table that contains a text in any of its values, ignoring case.
// For plain ASCII text it scans the raw file in large blocks and parses only the rows whose raw
// line matches: a value's characters appear unchanged in its raw line, except the escaped ones
// (" \ and line breaks), so such text can never be missed that way. Other text is compared
// value by value. Blocking: meant for a worker thread and the benchmark.
class RowFinder
{
public:
    RowFinder(const CsvTableIndex &index, const QString &text);

    // The first matching row at or after from, continuing at the top when wrap is set; -1 when
    // none matches, the text is empty, or cancel was raised.
    qsizetype find(qsizetype from, const std::atomic_bool &cancel, bool wrap = true);
    bool rowMatches(QFile *file, qsizetype row) const;

private:
    qsizetype scan(QFile *file, qsizetype first, qsizetype last, const std::atomic_bool &cancel);
    qsizetype scanRaw(QFile *file, qsizetype first, qsizetype last, const std::atomic_bool &cancel);
    qsizetype scanParsed(QFile *file, qsizetype first, qsizetype last,
                         const std::atomic_bool &cancel);
    bool valuesMatch(const QByteArrayList &values) const;

    const CsvTableIndex &m_index;
    QString m_text;
    QByteArray m_lowerAscii; // empty when the raw scan cannot be used
};

} // namespace rb
