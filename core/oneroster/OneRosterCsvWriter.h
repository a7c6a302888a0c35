#pragma once

#include <QByteArray>
#include <QByteArrayList>
#include <QByteArrayView>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <initializer_list>

class QIODevice;

namespace rb {

// Writes RFC 4180 CSV in UTF-8 to a device. Fields are quoted only when they contain a comma,
// a double quote, CR or LF, and embedded quotes are doubled. Output is collected in a buffer and
// handed to the device in large chunks, so that millions of rows can be streamed into a zip
// entry cheaply. After the first failed write the writer keeps accepting rows but drops them;
// check flush() or hasError() at the end.
class OneRosterCsvWriter
{
public:
    enum class LineEnding { CrLf, Lf };

    explicit OneRosterCsvWriter(QIODevice *device, LineEnding lineEnding = LineEnding::CrLf,
                                qsizetype chunkSize = 1 << 20);
    // Flushes what is left, ignoring errors: call flush() first when the result matters.
    ~OneRosterCsvWriter();

    OneRosterCsvWriter(const OneRosterCsvWriter &) = delete;
    OneRosterCsvWriter &operator=(const OneRosterCsvWriter &) = delete;

    // Field by field, for hot loops that should not build lists: addField() ... endRow().
    void addField(QByteArrayView utf8);
    void addField(QStringView text);
    void endRow();

    // Braced lists pick this overload: writeRow({"file.users", "bulk"}).
    void writeRow(std::initializer_list<QByteArrayView> fields);
    void writeRow(const QByteArrayList &fields);
    void writeRow(const QStringList &fields);

    // Hands everything buffered to the device; false when any write so far has failed.
    bool flush();

    bool hasError() const { return m_failed; }
    QString errorString() const { return m_errorString; }
    // Rows ended so far, the header included.
    qint64 rowCount() const { return m_rows; }
    // Bytes produced so far, whether already on the device or still buffered.
    qint64 bytesWritten() const { return m_flushed + m_buffer.size(); }

    static bool needsQuotes(QByteArrayView field);
    // The field as it appears in the file: unchanged, or quoted with inner quotes doubled.
    static QByteArray encodeField(QByteArrayView field);
    // A list value ("09,10,11") for one field; the writer quotes it because of the commas.
    static QByteArray joinList(const QByteArrayList &values);

private:
    void append(QByteArrayView field);
    void writeOut();

    QIODevice *m_device;
    QByteArray m_buffer;
    qsizetype m_chunkSize;
    QByteArrayView m_lineEnd;
    bool m_rowStarted = false;
    bool m_failed = false;
    QString m_errorString;
    qint64 m_rows = 0;
    qint64 m_flushed = 0;
};

} // namespace rb
