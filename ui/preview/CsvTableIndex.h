#pragma once

#include "asm/AsmSchema.h"
#include "common/Result.h"

#include <QByteArray>
#include <QByteArrayList>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QList>
#include <QString>

#include <atomic>
#include <memory>
#include <vector>

class QFile;
class QIODevice;

namespace rb {

class AsmPackage;

// One table of a package, copied out to a plain file and indexed by the byte offset at which
// each data row starts. Apple's dialect escapes line breaks, so every record is exactly one line:
// row r is line r + 2 of the file and can be read with one seek. Immutable once built, so the
// window and the search threads share it. Memory: 8 bytes per row.
class CsvTableIndex
{
    Q_DECLARE_TR_FUNCTIONS(rb::CsvTableIndex)

public:
    // Copies the table out of the package into filePath, indexing it on the way. A failure when
    // it cannot be read or written; a null index when cancelled.
    static Result<std::shared_ptr<const CsvTableIndex>> extract(const AsmPackage &package,
                                                                AsmTable table,
                                                                const QString &filePath,
                                                                const std::atomic_bool &cancel);
    // The same from an open device.
    static Result<std::shared_ptr<const CsvTableIndex>> extract(QIODevice *source, AsmTable table,
                                                                const QString &filePath,
                                                                const std::atomic_bool &cancel);

    AsmTable table() const { return m_table; }
    QString fileName() const { return asmFileName(m_table); }
    QString filePath() const { return m_filePath; }
    qint64 fileSize() const { return m_starts.back(); }
    // Header names, decoded.
    const QByteArrayList &columns() const { return m_columns; }
    qsizetype rowCount() const { return qsizetype(m_starts.size()) - 1; }
    qint64 rowStart(qsizetype row) const { return m_starts[size_t(row)]; }
    // The row whose line holds the byte at offset.
    qsizetype rowAt(qint64 offset) const;

    // The raw lines of rows [first, first + count), read through file (open on filePath()).
    Result<QByteArray> readRows(QFile *file, qsizetype first, qsizetype count) const;
    // Whole raw lines parsed in the file's dialect (the header decides the separator).
    QList<QByteArrayList> parseRows(QByteArrayView lines) const;

private:
    explicit CsvTableIndex(AsmTable table, const QString &filePath);

    AsmTable m_table;
    QString m_filePath;
    QByteArray m_headerLine;
    QByteArrayList m_columns;
    // Where each row starts, then the file's size.
    std::vector<qint64> m_starts;
};

} // namespace rb
