#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QList>
#include <QString>

class QIODevice;

namespace rb {

// Streaming RFC 4180 reader for OneRoster CSV files. It reads the device in large chunks and
// hands out one record at a time; memory stays at one chunk plus one record however big the
// file is. Accepts a UTF-8 BOM, CRLF or LF line ends and line breaks inside quoted fields.
// A record longer than kMaxRecordBytes or with more than kMaxFields fields is a fatal error:
// real rows are a few hundred bytes and a few dozen columns, and the caps keep a damaged or
// hostile file (one endless line, a line of commas) from taking unbounded memory.
class CsvReader
{
    Q_DECLARE_TR_FUNCTIONS(rb::CsvReader)
public:
    static constexpr qsizetype kMaxRecordBytes = 16 * 1024 * 1024;
    static constexpr qsizetype kMaxFields = 4096;

    CsvReader(QIODevice *device, QString fileName);

    // Moves to the next record. Returns false at the end of the file or after a fatal error
    // (I/O failure, a quote never closed); check hasFatalError() then.
    bool next();

    qsizetype fieldCount() const { return m_fieldEnds.size(); }
    QByteArrayView field(qsizetype index) const;
    QByteArray fieldBytes(qsizetype index) const { return field(index).toByteArray(); }

    // Line on which the current record starts (1-based) and the line after it ends.
    qint64 line() const { return m_recordLine; }
    const QString &fileName() const { return m_fileName; }
    bool startsWithBom() const { return m_sawBom; }

    // A problem with the current record that did not stop reading (stray quote, bad UTF-8).
    // recordErrorField() is the 0-based field it is in, or -1.
    bool hasRecordError() const { return !m_recordError.isEmpty(); }
    const QString &recordError() const { return m_recordError; }
    qsizetype recordErrorField() const { return m_recordErrorField; }

    bool hasFatalError() const { return !m_fatalError.isEmpty(); }
    const QString &fatalError() const { return m_fatalError; }
    qint64 fatalErrorLine() const { return m_fatalLine; }

    qint64 bytesRead() const { return m_bytesRead; }
    // Bytes of the file before the next record.
    qint64 position() const { return m_bytesRead - (m_buffer.size() - m_pos); }

private:
    bool fill();
    bool directRecord();
    QByteArrayView record() const;
    void checkUtf8();
    bool endField();
    bool recordTooLong();
    void setRecordError(const QString &message, qsizetype fieldIndex);

    QIODevice *m_device;
    QString m_fileName;
    QByteArray m_buffer;
    qsizetype m_pos = 0;
    bool m_eof = false;
    bool m_started = false;
    bool m_sawBom = false;
    qint64 m_line = 1;
    qint64 m_recordLine = 0;
    qint64 m_bytesRead = 0;
    // A record with no quote is read in place: its fields are views into m_buffer, separated
    // by one comma (m_direct). Others are copied into m_record, unquoted, back to back.
    QByteArray m_record;
    const char *m_direct = nullptr;
    qsizetype m_directSize = 0;
    QList<qsizetype> m_fieldEnds;
    QString m_recordError;
    qsizetype m_recordErrorField = -1;
    QString m_fatalError;
    qint64 m_fatalLine = 0;
};

} // namespace rb
