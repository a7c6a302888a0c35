#pragma once

#include <QByteArray>
#include <QByteArrayList>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QString>

#include <span>

class QIODevice;

namespace rb {

// Writes one Apple School Manager CSV file in Apple's dialect:
//
// - UTF-8 bytes are written as given (no BOM is ever added), records end with "\n", fields are
//   separated by ",".
// - A value is wrapped in straight double quotes if, and only if, it contains a space or a comma.
// - Inside a value, quoted or not, four characters are escaped with a backslash, because Apple
//   escapes special characters this way instead of RFC 4180 quote doubling:
//       "  ->  \"        \  ->  \\        line feed  ->  \n        carriage return  ->  \r
//   (\n and \r are a backslash followed by the letter). Every other byte is written unchanged.
//
// So a record never spans more than one physical line, and AsmCsvParser reverses this exactly.
// Output is buffered and handed to the device in chunks of about 1 MiB.
class AsmCsvWriter
{
    Q_DECLARE_TR_FUNCTIONS(AsmCsvWriter)

public:
    explicit AsmCsvWriter(QIODevice *device);
    // Flushes what is still buffered; call finish() to learn whether writing succeeded.
    ~AsmCsvWriter();

    AsmCsvWriter(const AsmCsvWriter &) = delete;
    AsmCsvWriter &operator=(const AsmCsvWriter &) = delete;

    void writeRow(const QByteArrayList &fields);
    void writeRow(std::span<const QByteArrayView> fields);

    // Hands the buffer to the device. Returns false if any write failed.
    bool finish();
    bool hasError() const { return !m_error.isEmpty(); }
    QString errorString() const { return m_error; }
    qint64 rowsWritten() const { return m_rows; }

    // One value as it appears in the file, quotes and escapes included.
    static QByteArray encodeField(QByteArrayView value);
    static bool needsQuotes(QByteArrayView value);

    static constexpr qsizetype kChunkSize = 1024 * 1024;

private:
    void appendField(QByteArrayView value);
    void endRow();
    bool flush();

    QIODevice *m_device;
    QByteArray m_buffer;
    QString m_error;
    qint64 m_rows = 0;
};

} // namespace rb
