#include "AsmCsvParser.h"

#include "common/Cancellation.h"
#include "common/Findings.h"

#include <QIODevice>

#include <cstring>

namespace rb {

namespace {

bool isEscapeLetter(char c)
{
    return c == '"' || c == '\\' || c == 'n' || c == 'r';
}

} // namespace

AsmCsvParser::AsmCsvParser(QIODevice *device, const QString &fileName, Findings *findings)
    : m_device(device)
    , m_fileName(fileName)
    , m_findings(findings)
{
}

void AsmCsvParser::setChunkSize(qsizetype bytes)
{
    m_chunkSize = qMax<qsizetype>(bytes, 1);
}

void AsmCsvParser::report(const QString &code, const QString &message, bool warning)
{
    if (!m_findings)
        return;
    if (warning)
        m_findings->warning(m_fileName, m_recordLine, QString(), message, code);
    else
        m_findings->error(m_fileName, m_recordLine, QString(), message, code);
}

void AsmCsvParser::fail(const QString &code, const QString &message)
{
    m_error = message;
    m_recordLine = m_line + 1;
    report(code, message);
}

bool AsmCsvParser::fill()
{
    if (m_eof || failed())
        return false;
    if (!m_device || !m_device->isReadable()) {
        fail(QStringLiteral("csv.read"), tr("The file is not open for reading."));
        return false;
    }
    if (Cancellation::requested()) {
        fail(QStringLiteral("run.cancelled"), Cancellation::message());
        return false;
    }
    if (m_begin > 0) {
        // Keep only the unfinished record, at the front of the buffer.
        const qsizetype rest = m_end - m_begin;
        if (rest > 0)
            std::memmove(m_buffer.data(), m_buffer.constData() + m_begin, size_t(rest));
        m_end = rest;
        m_scanned -= m_begin;
        m_begin = 0;
    }
    if (m_buffer.size() - m_end < m_chunkSize) {
        if (m_end >= kMaxRecordSize) {
            fail(QStringLiteral("csv.record.tooLong"),
                 tr("A line is longer than %1 MiB; the file cannot be read as CSV.")
                     .arg(kMaxRecordSize / (1024 * 1024)));
            return false;
        }
        m_buffer.resize(qMax(m_buffer.size() * 2, m_end + m_chunkSize));
    }
    const qint64 got = m_device->read(m_buffer.data() + m_end, m_buffer.size() - m_end);
    if (got < 0) {
        const QString reason = m_device->errorString();
        fail(QStringLiteral("csv.read"), reason.isEmpty()
                                             ? tr("Reading the file failed.")
                                             : tr("Reading the file failed: %1").arg(reason));
        return false;
    }
    if (got == 0) {
        m_eof = true;
        return false;
    }
    m_end += got;
    return true;
}

bool AsmCsvParser::nextLine(QByteArrayView *line)
{
    for (;;) {
        const char *base = m_buffer.constData();
        if (m_scanned < m_end) {
            const void *nl = std::memchr(base + m_scanned, '\n', size_t(m_end - m_scanned));
            if (nl) {
                const qsizetype at = static_cast<const char *>(nl) - base;
                *line = QByteArrayView(base + m_begin, at - m_begin);
                m_begin = at + 1;
                m_scanned = m_begin;
                return true;
            }
            m_scanned = m_end;
        }
        if (!fill()) {
            if (failed() || m_begin >= m_end)
                return false;
            // The last line has no line feed.
            *line = QByteArrayView(m_buffer.constData() + m_begin, m_end - m_begin);
            m_begin = m_end;
            m_scanned = m_end;
            return true;
        }
    }
}

void AsmCsvParser::inspectFirstLine(QByteArrayView *line)
{
    if (line->startsWith("\xEF\xBB\xBF")) {
        report(QStringLiteral("csv.bom"),
               tr("The file starts with a UTF-8 byte order mark; Apple requires UTF-8 without "
                  "one."));
        *line = line->sliced(3);
    } else if (line->startsWith("\xFF\xFE") || line->startsWith("\xFE\xFF")) {
        // What spreadsheet programs write as "Unicode text".
        report(QStringLiteral("csv.encoding"),
               tr("The file is encoded as UTF-16; Apple requires UTF-8."));
    }
    // Apple accepts ";" as the separator; the header line, which has no quoted values, decides.
    bool comma = false, semicolon = false;
    for (char c : *line) {
        comma = comma || c == ',';
        semicolon = semicolon || c == ';';
    }
    m_separator = (semicolon && !comma) ? ';' : ',';
}

bool AsmCsvParser::readRecord(QList<QByteArrayView> *fields)
{
    fields->clear();
    QByteArrayView line;
    if (!takeLine(&line))
        return false;
    if (m_line == 1)
        inspectFirstLine(&line);
    if (line.endsWith('\r')) {
        line.chop(1);
        if (!m_sawCrlf) {
            m_sawCrlf = true;
            report(QStringLiteral("csv.crlf"),
                   tr("The file uses Windows line ends (CR LF); Apple requires \\n line ends."));
        }
    }
    if (!m_sawLoneCr && std::memchr(line.data(), '\r', size_t(line.size()))) {
        m_sawLoneCr = true;
        report(QStringLiteral("csv.cr"),
               tr("A value contains a raw carriage return; Apple requires it escaped as \\r."));
    }
    splitLine(line, fields);
    return true;
}

bool AsmCsvParser::skipRecord()
{
    if (m_line == 0) {
        QList<QByteArrayView> fields;
        return readRecord(&fields);
    }
    QByteArrayView line;
    return takeLine(&line);
}

bool AsmCsvParser::takeLine(QByteArrayView *line)
{
    if (!nextLine(line))
        return false;
    ++m_line;
    m_recordLine = m_line;
    ++m_records;
    return true;
}

bool AsmCsvParser::readRecord(QByteArrayList *fields)
{
    fields->clear();
    if (!readRecord(&m_views))
        return false;
    fields->reserve(m_views.size());
    for (QByteArrayView v : std::as_const(m_views))
        fields->append(v.toByteArray());
    return true;
}

QByteArrayView AsmCsvParser::decode(QByteArrayView raw, char **out)
{
    if (!std::memchr(raw.data(), '\\', size_t(raw.size())))
        return raw;
    char *const start = *out;
    char *w = start;
    const qsizetype n = raw.size();
    for (qsizetype i = 0; i < n; ++i) {
        const char c = raw[i];
        if (c != '\\' || i + 1 >= n || !isEscapeLetter(raw[i + 1])) {
            *w++ = c;
            continue;
        }
        switch (raw[++i]) {
        case 'n':
            *w++ = '\n';
            break;
        case 'r':
            *w++ = '\r';
            break;
        default: // '"' or '\\'
            *w++ = raw[i];
        }
    }
    *out = w;
    return QByteArrayView(start, w - start);
}

void AsmCsvParser::splitLine(QByteArrayView line, QList<QByteArrayView> *fields)
{
    // Decoded values never grow, so one line's worth of scratch space suffices and the views
    // into it stay valid while the record is in use.
    if (m_scratch.size() < line.size())
        m_scratch.resize(line.size());
    char *out = m_scratch.data();
    const char sep = m_separator;
    const qsizetype n = line.size();
    qsizetype i = 0;
    for (;;) {
        if (i < n && line[i] == '"') {
            const qsizetype open = i++;
            const qsizetype start = i;
            while (i < n && line[i] != '"')
                i += (line[i] == '\\' && i + 1 < n) ? 2 : 1;
            if (i >= n) {
                report(
                    QStringLiteral("csv.quote.unterminated"),
                    tr("A quoted value starting at column %1 has no closing quote.").arg(open + 1));
                fields->append(decode(line.sliced(start, n - start), &out));
                return;
            }
            const qsizetype close = i++;
            if (i < n && line[i] != sep) {
                report(QStringLiteral("csv.quote.trailing"),
                       tr("Text follows the closing quote at column %1; a double quote inside a "
                          "value must be written as \\\".")
                           .arg(close + 1));
                // Keep the whole raw value up to the next separator rather than lose data.
                while (i < n && line[i] != sep)
                    ++i;
                fields->append(decode(line.sliced(start, i - start), &out));
            } else {
                fields->append(decode(line.sliced(start, close - start), &out));
            }
        } else {
            const qsizetype start = i;
            while (i < n) {
                const char c = line[i];
                if (c == sep)
                    break;
                if (c == '\\' && i + 1 < n && isEscapeLetter(line[i + 1])) {
                    i += 2;
                    continue;
                }
                if (c == '"') {
                    report(QStringLiteral("csv.quote.unescaped"),
                           tr("A double quote at column %1 is not escaped; write it as \\\".")
                               .arg(i + 1));
                } else if (c == ' ' && !m_sawUnquotedSpace) {
                    m_sawUnquotedSpace = true;
                    report(QStringLiteral("csv.quote.missing"),
                           tr("A value that contains a space is not in double quotes; Apple "
                              "asks for quotes around such values."),
                           true);
                }
                ++i;
            }
            fields->append(decode(line.sliced(start, i - start), &out));
        }
        if (i >= n)
            return;
        ++i; // the separator; a separator at the very end is followed by one empty field
    }
}

} // namespace rb
