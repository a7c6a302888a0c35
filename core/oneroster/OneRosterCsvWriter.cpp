#include "OneRosterCsvWriter.h"

#include <QCoreApplication>
#include <QIODevice>

namespace rb {

OneRosterCsvWriter::OneRosterCsvWriter(QIODevice *device, LineEnding lineEnding,
                                       qsizetype chunkSize)
    : m_device(device)
    , m_chunkSize(qMax<qsizetype>(chunkSize, 1))
    , m_lineEnd(lineEnding == LineEnding::CrLf ? QByteArrayView("\r\n") : QByteArrayView("\n"))
{
    // Slack beyond the chunk size so that the row that crosses it rarely reallocates.
    m_buffer.reserve(m_chunkSize + 4096);
}

OneRosterCsvWriter::~OneRosterCsvWriter()
{
    flush();
}

bool OneRosterCsvWriter::needsQuotes(QByteArrayView field)
{
    for (const char c : field) {
        if (c == ',' || c == '"' || c == '\r' || c == '\n')
            return true;
    }
    return false;
}

QByteArray OneRosterCsvWriter::encodeField(QByteArrayView field)
{
    if (!needsQuotes(field))
        return field.toByteArray();
    QByteArray out;
    out.reserve(field.size() + 8);
    out.append('"');
    for (const char c : field) {
        if (c == '"')
            out.append('"');
        out.append(c);
    }
    out.append('"');
    return out;
}

QByteArray OneRosterCsvWriter::joinList(const QByteArrayList &values)
{
    return values.join(',');
}

void OneRosterCsvWriter::append(QByteArrayView field)
{
    if (!needsQuotes(field)) {
        m_buffer.append(field);
        return;
    }
    m_buffer.append('"');
    qsizetype start = 0;
    for (qsizetype i = 0; i < field.size(); ++i) {
        if (field[i] == '"') {
            // Copy through the quote, then start the next run at the same quote: doubles it.
            m_buffer.append(field.sliced(start, i + 1 - start));
            start = i;
        }
    }
    m_buffer.append(field.sliced(start));
    m_buffer.append('"');
}

void OneRosterCsvWriter::addField(QByteArrayView utf8)
{
    if (m_rowStarted)
        m_buffer.append(',');
    m_rowStarted = true;
    append(utf8);
}

void OneRosterCsvWriter::addField(QStringView text)
{
    addField(QByteArrayView(text.toUtf8()));
}

void OneRosterCsvWriter::endRow()
{
    m_buffer.append(m_lineEnd);
    m_rowStarted = false;
    ++m_rows;
    if (m_buffer.size() >= m_chunkSize)
        writeOut();
}

void OneRosterCsvWriter::writeRow(std::initializer_list<QByteArrayView> fields)
{
    for (const QByteArrayView field : fields)
        addField(field);
    endRow();
}

void OneRosterCsvWriter::writeRow(const QByteArrayList &fields)
{
    for (const QByteArray &field : fields)
        addField(QByteArrayView(field));
    endRow();
}

void OneRosterCsvWriter::writeRow(const QStringList &fields)
{
    for (const QString &field : fields)
        addField(QStringView(field));
    endRow();
}

void OneRosterCsvWriter::writeOut()
{
    if (m_buffer.isEmpty())
        return;
    if (m_failed || !m_device) {
        if (!m_failed) {
            m_failed = true;
            m_errorString = QCoreApplication::translate("OneRosterCsvWriter", "No output device");
        }
        m_buffer.clear();
        return;
    }
    qsizetype done = 0;
    while (done < m_buffer.size()) {
        const qint64 written = m_device->write(m_buffer.constData() + done, m_buffer.size() - done);
        if (written <= 0) {
            m_failed = true;
            m_errorString = QCoreApplication::translate("OneRosterCsvWriter", "Write failed: %1")
                                .arg(m_device->errorString());
            break;
        }
        done += written;
    }
    m_flushed += done;
    // clear() would drop the reserved capacity; resize keeps it.
    m_buffer.resize(0);
}

bool OneRosterCsvWriter::flush()
{
    writeOut();
    return !m_failed;
}

} // namespace rb
