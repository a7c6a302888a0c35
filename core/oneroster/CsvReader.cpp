#include "CsvReader.h"

#include "common/Cancellation.h"
#include "common/Utf8.h"

#include <QIODevice>

namespace rb {

namespace {
constexpr qsizetype kChunkSize = 1 << 20;
}

CsvReader::CsvReader(QIODevice *device, QString fileName)
    : m_device(device)
    , m_fileName(std::move(fileName))
{
    m_fieldEnds.reserve(32);
}

QByteArrayView CsvReader::field(qsizetype index) const
{
    if (index < 0 || index >= m_fieldEnds.size())
        return {};
    if (m_direct) {
        const qsizetype begin = index == 0 ? 0 : m_fieldEnds.at(index - 1) + 1;
        return QByteArrayView(m_direct + begin, m_fieldEnds.at(index) - begin);
    }
    const qsizetype begin = index == 0 ? 0 : m_fieldEnds.at(index - 1);
    return QByteArrayView(m_record.constData() + begin, m_fieldEnds.at(index) - begin);
}

QByteArrayView CsvReader::record() const
{
    return m_direct ? QByteArrayView(m_direct, m_directSize) : QByteArrayView(m_record);
}

bool CsvReader::directRecord()
{
    const char *data = m_buffer.constData();
    const qsizetype size = m_buffer.size();
    const qsizetype start = m_pos;
    qsizetype end = start;
    for (; end < size; ++end) {
        const char c = data[end];
        if (c == ',') {
            if (m_fieldEnds.size() + 1 >= kMaxFields)
                break;
            m_fieldEnds.append(end - start);
        } else if (c == '\n' || c == '\r' || c == '"') {
            break;
        }
    }
    // A quote, a record that may go on in the next chunk, too many fields: the full reader.
    qsizetype after = end + 1;
    const bool lineEnd = end < size && (data[end] == '\n' || data[end] == '\r');
    if (lineEnd && data[end] == '\r') {
        if (after < size && data[after] == '\n')
            ++after;
        else if (after >= size && !m_eof)
            after = -1; // CR at the chunk's end: LF may follow
    }
    if (!lineEnd || after < 0 || end - start > kMaxRecordBytes) {
        m_fieldEnds.clear();
        return false;
    }
    m_fieldEnds.append(end - start);
    m_direct = data + start;
    m_directSize = end - start;
    m_pos = after;
    ++m_line;
    checkUtf8();
    return true;
}

bool CsvReader::fill()
{
    if (m_eof)
        return false;
    if (Cancellation::requested()) {
        m_eof = true;
        m_fatalError = Cancellation::message();
        m_fatalLine = m_line;
        return false;
    }
    // Keep unconsumed bytes; the caller only asks for more when it has used the rest.
    m_buffer.remove(0, m_pos);
    m_pos = 0;
    const qsizetype old = m_buffer.size();
    m_buffer.resize(old + kChunkSize);
    const qint64 got = m_device->read(m_buffer.data() + old, kChunkSize);
    if (got < 0) {
        m_buffer.resize(old);
        m_eof = true;
        m_fatalError = tr("the file could not be read: %1").arg(m_device->errorString());
        m_fatalLine = m_line;
        return false;
    }
    m_buffer.resize(old + got);
    m_bytesRead += got;
    if (got == 0)
        m_eof = true;
    return got > 0;
}

bool CsvReader::endField()
{
    if (m_fieldEnds.size() >= kMaxFields) {
        m_fatalError = tr("the record that starts on line %1 has more than %2 fields; no "
                          "OneRoster file has that many columns")
                           .arg(m_recordLine)
                           .arg(kMaxFields);
        m_fatalLine = m_recordLine;
        return false;
    }
    m_fieldEnds.append(m_record.size());
    return true;
}

bool CsvReader::recordTooLong()
{
    if (m_record.size() <= kMaxRecordBytes)
        return false;
    m_fatalError = tr("the record that starts on line %1 is longer than %2 MiB; no OneRoster "
                      "record is that long")
                       .arg(m_recordLine)
                       .arg(kMaxRecordBytes / (1024 * 1024));
    m_fatalLine = m_recordLine;
    m_record.clear();
    m_fieldEnds.clear();
    return true;
}

void CsvReader::setRecordError(const QString &message, qsizetype fieldIndex)
{
    if (m_recordError.isEmpty()) {
        m_recordError = message;
        m_recordErrorField = fieldIndex;
    }
}

bool CsvReader::next()
{
    m_direct = nullptr;
    m_record.clear();
    m_fieldEnds.clear();
    m_recordError.clear();
    m_recordErrorField = -1;
    if (hasFatalError())
        return false;

    if (!m_started) {
        m_started = true;
        while (m_buffer.size() - m_pos < 3 && fill()) {
        }
        if (m_buffer.size() - m_pos >= 3 && m_buffer.startsWith("\xEF\xBB\xBF")) {
            m_sawBom = true;
            m_pos += 3;
        }
    }

    // Skip completely empty lines between records (a trailing newline at the end of the file,
    // or blank lines some exporters leave); they carry no data.
    for (;;) {
        if (m_pos >= m_buffer.size() && !fill())
            return false;
        const char c = m_buffer.at(m_pos);
        if (c == '\n') {
            ++m_pos;
            ++m_line;
        } else if (c == '\r') {
            ++m_pos;
            if (m_pos >= m_buffer.size())
                fill();
            if (m_pos < m_buffer.size() && m_buffer.at(m_pos) == '\n')
                ++m_pos;
            ++m_line;
        } else {
            break;
        }
    }

    m_recordLine = m_line;
    if (directRecord())
        return true;
    enum class State { FieldStart, Unquoted, Quoted, QuoteInQuoted };
    State state = State::FieldStart;
    qint64 quoteLine = m_line;

    for (;;) {
        if (m_pos >= m_buffer.size() && !fill()) {
            if (hasFatalError())
                return false;
            // End of file ends the last record.
            if (state == State::Quoted) {
                m_fatalError =
                    tr("a quoted field that starts on line %1 is never closed").arg(quoteLine);
                m_fatalLine = quoteLine;
                return false;
            }
            if (!endField())
                return false;
            checkUtf8();
            return true;
        }
        const char *data = m_buffer.constData();
        const qsizetype size = m_buffer.size();
        switch (state) {
        case State::FieldStart:
            if (data[m_pos] == '"') {
                state = State::Quoted;
                quoteLine = m_line;
                ++m_pos;
                break;
            }
            state = State::Unquoted;
            [[fallthrough]];
        case State::Unquoted: {
            // Copy the run of plain bytes in one go; most fields are short and unquoted.
            qsizetype end = m_pos;
            while (end < size) {
                const char c = data[end];
                if (c == ',' || c == '\n' || c == '\r' || c == '"')
                    break;
                ++end;
            }
            m_record.append(data + m_pos, end - m_pos);
            m_pos = end;
            if (recordTooLong())
                return false;
            if (end >= size)
                break;
            const char c = data[end];
            if (c == '"') {
                setRecordError(tr("a double quote inside a field that does not start with one"),
                               m_fieldEnds.size());
                m_record.append('"');
                ++m_pos;
            } else if (c == ',') {
                if (!endField())
                    return false;
                ++m_pos;
                state = State::FieldStart;
            } else {
                // Line end: CR, LF or CRLF.
                ++m_pos;
                if (c == '\r') {
                    if (m_pos >= m_buffer.size())
                        fill();
                    if (m_pos < m_buffer.size() && m_buffer.at(m_pos) == '\n')
                        ++m_pos;
                }
                ++m_line;
                if (!endField())
                    return false;
                checkUtf8();
                return true;
            }
            break;
        }
        case State::Quoted: {
            qsizetype end = m_pos;
            while (end < size && data[end] != '"') {
                if (data[end] == '\n')
                    ++m_line;
                ++end;
            }
            m_record.append(data + m_pos, end - m_pos);
            m_pos = end;
            if (recordTooLong())
                return false;
            if (end < size) {
                ++m_pos;
                state = State::QuoteInQuoted;
            }
            break;
        }
        case State::QuoteInQuoted: {
            const char c = data[m_pos];
            if (c == '"') {
                m_record.append('"');
                ++m_pos;
                state = State::Quoted;
            } else if (c == ',' || c == '\n' || c == '\r') {
                state = State::Unquoted; // the separator or line end is handled there
            } else {
                setRecordError(tr("unexpected text after the closing quote of a field"),
                               m_fieldEnds.size());
                state = State::Unquoted;
            }
            break;
        }
        }
    }
}

void CsvReader::checkUtf8()
{
    const QByteArrayView record = this->record();
    qsizetype bad = firstInvalidUtf8(record);
    // In place, the commas between fields are part of the checked bytes.
    if (bad < 0 && m_direct)
        return;
    if (bad < 0) {
        // Fields are stored back to back, so also reject a character split across two fields.
        for (qsizetype i = 0; i + 1 < m_fieldEnds.size(); ++i) {
            const qsizetype at = m_fieldEnds.at(i);
            if (at < m_record.size() && (quint8(m_record.at(at)) & 0xC0) == 0x80) {
                bad = at;
                break;
            }
        }
        if (bad < 0)
            return;
    }
    qsizetype fieldIndex = 0;
    while (fieldIndex < m_fieldEnds.size() && m_fieldEnds.at(fieldIndex) <= bad)
        ++fieldIndex;
    setRecordError(tr("the text is not valid UTF-8 (byte 0x%1); save the file as UTF-8")
                       .arg(QString::number(quint8(record.at(bad)), 16).toUpper()),
                   fieldIndex);
}

} // namespace rb
