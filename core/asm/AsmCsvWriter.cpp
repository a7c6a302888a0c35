#include "AsmCsvWriter.h"

#include <QIODevice>

#include <array>

namespace rb {

namespace {

enum ByteClass : unsigned char { Plain = 0, NeedsQuotes = 1, NeedsEscape = 2 };

constexpr std::array<unsigned char, 256> makeByteClasses()
{
    std::array<unsigned char, 256> classes{};
    classes[static_cast<unsigned char>(' ')] = NeedsQuotes;
    classes[static_cast<unsigned char>(',')] = NeedsQuotes;
    classes[static_cast<unsigned char>('"')] = NeedsEscape;
    classes[static_cast<unsigned char>('\\')] = NeedsEscape;
    classes[static_cast<unsigned char>('\n')] = NeedsEscape;
    classes[static_cast<unsigned char>('\r')] = NeedsEscape;
    return classes;
}

constexpr std::array<unsigned char, 256> kByteClasses = makeByteClasses();

// OR of the classes of every byte: tells in one scan whether quoting or escaping is needed.
unsigned char classify(QByteArrayView value)
{
    unsigned char found = Plain;
    for (char c : value)
        found |= kByteClasses[static_cast<unsigned char>(c)];
    return found;
}

void appendEncoded(QByteArray &out, QByteArrayView value)
{
    const unsigned char found = classify(value);
    if (found == Plain) {
        out.append(value);
        return;
    }
    const bool quoted = found & NeedsQuotes;
    if (quoted)
        out.append('"');
    if (!(found & NeedsEscape)) {
        out.append(value);
    } else {
        for (char c : value) {
            switch (c) {
            case '"':
                out.append("\\\"", 2);
                break;
            case '\\':
                out.append("\\\\", 2);
                break;
            case '\n':
                out.append("\\n", 2);
                break;
            case '\r':
                out.append("\\r", 2);
                break;
            default:
                out.append(c);
            }
        }
    }
    if (quoted)
        out.append('"');
}

} // namespace

AsmCsvWriter::AsmCsvWriter(QIODevice *device)
    : m_device(device)
{
    m_buffer.reserve(kChunkSize + 64 * 1024);
}

AsmCsvWriter::~AsmCsvWriter()
{
    flush();
}

void AsmCsvWriter::writeRow(const QByteArrayList &fields)
{
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            m_buffer.append(',');
        appendField(fields.at(i));
    }
    endRow();
}

void AsmCsvWriter::writeRow(std::span<const QByteArrayView> fields)
{
    for (std::size_t i = 0; i < fields.size(); ++i) {
        if (i > 0)
            m_buffer.append(',');
        appendField(fields[i]);
    }
    endRow();
}

void AsmCsvWriter::appendField(QByteArrayView value)
{
    appendEncoded(m_buffer, value);
}

void AsmCsvWriter::endRow()
{
    m_buffer.append('\n');
    ++m_rows;
    if (m_buffer.size() >= kChunkSize)
        flush();
}

bool AsmCsvWriter::flush()
{
    if (m_buffer.isEmpty())
        return !hasError();
    if (hasError()) {
        // After a failed write the file is already incomplete; drop the rest.
        m_buffer.resize(0);
        return false;
    }
    if (!m_device || !m_device->isWritable()) {
        m_error = tr("The output is not open for writing.");
        m_buffer.resize(0);
        return false;
    }
    const qint64 written = m_device->write(m_buffer.constData(), m_buffer.size());
    if (written != m_buffer.size()) {
        const QString reason = m_device->errorString();
        m_error = reason.isEmpty() ? tr("Could not write the CSV data.")
                                   : tr("Could not write the CSV data: %1").arg(reason);
    }
    // resize(0) keeps the capacity, so the buffer is allocated once.
    m_buffer.resize(0);
    return !hasError();
}

bool AsmCsvWriter::finish()
{
    return flush();
}

QByteArray AsmCsvWriter::encodeField(QByteArrayView value)
{
    QByteArray out;
    out.reserve(value.size() + 2);
    appendEncoded(out, value);
    return out;
}

bool AsmCsvWriter::needsQuotes(QByteArrayView value)
{
    return classify(value) & NeedsQuotes;
}

} // namespace rb
