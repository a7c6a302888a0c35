#pragma once

#include <QByteArray>
#include <QByteArrayList>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QList>
#include <QString>

class QIODevice;

namespace rb {

class Findings;

// Streaming reader for the Apple School Manager CSV dialect that AsmCsvWriter writes; it is the
// exact inverse of AsmCsvWriter::encodeField:
//
// - A record ends at every raw line feed: Apple escapes line breaks inside values, so a record is
//   always one physical line and recordLine() is that line's number. A missing final line feed is
//   accepted.
// - The separator is ",", or ";" when the header line contains ";" and no "," (Apple allows both).
// - A field that starts with a double quote is quoted and ends at the next unescaped double quote.
// - In any field, \" \\ \n \r become a double quote, a backslash, a line feed and a carriage
//   return. A backslash before any other character is kept as it is.
//
// Problems are reported as findings for the file name given, located by line:
// errors for a UTF-8 byte order mark, a UTF-16 file, CRLF line ends (once per file; the CR is
// dropped), other raw carriage returns (once per file), an unterminated quote, text after a closing
// quote (such as RFC 4180 "" doubling) and an unescaped double quote; a warning, once per file, for
// an unquoted value that contains a space. Reading never loads the whole file: it works through the
// device in chunks and holds at most one record beyond that.
class AsmCsvParser
{
    Q_DECLARE_TR_FUNCTIONS(AsmCsvParser)

public:
    AsmCsvParser(QIODevice *device, const QString &fileName, Findings *findings = nullptr);

    AsmCsvParser(const AsmCsvParser &) = delete;
    AsmCsvParser &operator=(const AsmCsvParser &) = delete;

    // Next record; false at the end of the data or after a read error (see failed()).
    bool readRecord(QByteArrayList *fields);
    // The same without copying: the views stay valid until the next call or until the parser
    // is destroyed.
    bool readRecord(QList<QByteArrayView> *fields);
    // Passes over the next record without splitting it (the first line is always read).
    bool skipRecord();

    // 1-based line on which the last record returned started.
    qint64 recordLine() const { return m_recordLine; }
    qint64 recordsRead() const { return m_records; }
    char separator() const { return m_separator; }
    QString fileName() const { return m_fileName; }

    // True when reading stopped because of a read error or a record larger than kMaxRecordSize.
    bool failed() const { return !m_error.isEmpty(); }
    QString errorString() const { return m_error; }

    // Smaller chunks only matter to tests that exercise records spanning chunk boundaries.
    void setChunkSize(qsizetype bytes);

    static constexpr qsizetype kDefaultChunkSize = 1024 * 1024;
    static constexpr qsizetype kMaxRecordSize = 64 * 1024 * 1024;

private:
    bool nextLine(QByteArrayView *line);
    // nextLine() counted as the next record.
    bool takeLine(QByteArrayView *line);
    bool fill();
    void inspectFirstLine(QByteArrayView *line);
    void splitLine(QByteArrayView line, QList<QByteArrayView> *fields);
    QByteArrayView decode(QByteArrayView raw, char **out);
    void report(const QString &code, const QString &message, bool warning = false);
    void fail(const QString &code, const QString &message);

    QIODevice *m_device;
    QString m_fileName;
    Findings *m_findings;
    QByteArray m_buffer;
    qsizetype m_begin = 0;
    qsizetype m_end = 0;
    qsizetype m_scanned = 0;
    qsizetype m_chunkSize = kDefaultChunkSize;
    QByteArray m_scratch;
    QList<QByteArrayView> m_views;
    QString m_error;
    qint64 m_line = 0;
    qint64 m_recordLine = 0;
    qint64 m_records = 0;
    char m_separator = ',';
    bool m_eof = false;
    bool m_sawCrlf = false;
    bool m_sawLoneCr = false;
    bool m_sawUnquotedSpace = false;
};

} // namespace rb
