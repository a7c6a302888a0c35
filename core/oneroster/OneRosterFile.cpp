#include "OneRosterFile.h"

#include <utility>

namespace rb {

OneRosterFile::OneRosterFile(const OneRosterSource &source, QString fileName, Findings *findings)
    : m_source(source)
    , m_fileName(std::move(fileName))
    , m_findings(findings)
{
}

OneRosterFile::~OneRosterFile() = default;

bool OneRosterFile::open(const QByteArrayList &requiredColumns)
{
    Result<std::unique_ptr<QIODevice>> opened = m_source.openFile(m_fileName);
    if (!opened) {
        m_findings->error(m_fileName, 0, {}, opened.error(), QStringLiteral("file.unreadable"));
        return false;
    }
    m_device = std::move(opened).value();
    m_reader = std::make_unique<CsvReader>(m_device.get(), m_fileName);
    return m_header.read(*m_reader, requiredColumns, m_findings);
}

bool OneRosterFile::next()
{
    while (m_reader->next()) {
        m_rowError = false;
        if (m_reader->hasRecordError()) {
            error(m_header.name(m_reader->recordErrorField()), m_reader->recordError(),
                  QStringLiteral("csv.malformed"));
            continue;
        }
        if (m_reader->fieldCount() != m_header.count()) {
            error(QString(),
                  tr("the row has %1 fields but the header has %2")
                      .arg(m_reader->fieldCount())
                      .arg(m_header.count()),
                  QStringLiteral("csv.fieldcount"));
            continue;
        }
        ++m_rows;
        return true;
    }
    return false;
}

qint64 OneRosterFile::estimatedRows() const
{
    const qint64 size = m_device ? m_source.sizeOf(m_device.get()) : 0;
    const qint64 read = m_reader ? m_reader->position() : 0;
    if (size <= 0 || read <= 0 || m_rows == 0)
        return 0;
    return qint64(double(m_rows) * double(size) / double(read));
}

bool OneRosterFile::finish()
{
    if (m_reader->hasFatalError()) {
        m_findings->error(m_fileName, m_reader->fatalErrorLine(), {}, m_reader->fatalError(),
                          QStringLiteral("csv.unreadable"));
        return false;
    }
    const QString zipError = m_source.finishRead(m_device.get());
    if (!zipError.isEmpty()) {
        m_findings->error(m_fileName, 0, {}, zipError, QStringLiteral("file.damaged"));
        return false;
    }
    if (m_rows == 0) {
        // OneRoster forbids files without data rows; an empty file is also the classic sign of
        // a failed export that would otherwise deactivate everyone.
        m_findings->error(m_fileName, 0, {}, tr("the file has a header but no data rows"),
                          QStringLiteral("csv.norows"));
        return false;
    }
    return true;
}

QByteArrayView OneRosterFile::value(qsizetype column) const
{
    return column < 0 ? QByteArrayView() : m_reader->field(column).trimmed();
}

QByteArrayView OneRosterFile::required(qsizetype column, const char *name)
{
    const QByteArrayView v = value(column);
    if (v.isEmpty())
        error(name, tr("a value is required"), QStringLiteral("value.required"));
    return v;
}

bool OneRosterFile::status(qsizetype column, RecordStatus *status)
{
    const QByteArrayView v = value(column);
    if (v.isEmpty() || v.compare("active", Qt::CaseInsensitive) == 0) {
        *status = RecordStatus::Active;
        return true;
    }
    if (v.compare("tobedeleted", Qt::CaseInsensitive) == 0 ||
        v.compare("inactive", Qt::CaseInsensitive) == 0) {
        *status = RecordStatus::ToBeDeleted;
        return true;
    }
    error("status",
          tr("\"%1\" is not a status; use active or tobedeleted").arg(QString::fromUtf8(v)),
          QStringLiteral("value.status"));
    return false;
}

bool OneRosterFile::boolean(qsizetype column, const char *name, bool defaultValue, bool *out)
{
    const QByteArrayView v = value(column);
    if (v.isEmpty()) {
        *out = defaultValue;
        return true;
    }
    if (v.compare("true", Qt::CaseInsensitive) == 0 || v == "1") {
        *out = true;
        return true;
    }
    if (v.compare("false", Qt::CaseInsensitive) == 0 || v == "0") {
        *out = false;
        return true;
    }
    error(name, tr("\"%1\" is not true or false").arg(QString::fromUtf8(v)),
          QStringLiteral("value.boolean"));
    return false;
}

bool OneRosterFile::date(qsizetype column, const char *name, bool isRequired, QDate *out)
{
    QByteArrayView v = value(column);
    if (v.isEmpty()) {
        *out = QDate();
        if (isRequired)
            error(name, tr("a date is required (YYYY-MM-DD)"), QStringLiteral("value.date"));
        return !isRequired;
    }
    // Many exporters write a datetime where the standard asks for a date
    // ("2026-08-20T00:00:00Z", "2026-08-20 00:00:00"): the date part counts, as written,
    // whatever the zone; converting it could move a term's last day.
    if (v.size() > 10 && (v.at(10) == 'T' || v.at(10) == 't' || v.at(10) == ' '))
        v = v.first(10);
    // Parsed by hand: enrollments carry millions of dates and QDate::fromString is slow.
    auto digits = [&v](int from, int count, int *result) {
        int n = 0;
        for (int i = from; i < from + count; ++i) {
            const char c = v.at(i);
            if (c < '0' || c > '9')
                return false;
            n = n * 10 + (c - '0');
        }
        *result = n;
        return true;
    };
    int y = 0, m = 0, d0 = 0;
    const bool shaped = v.size() == 10 && v.at(4) == '-' && v.at(7) == '-' && digits(0, 4, &y) &&
                        digits(5, 2, &m) && digits(8, 2, &d0);
    const QDate d = shaped ? QDate(y, m, d0) : QDate();
    if (!d.isValid()) {
        error(name, tr("\"%1\" is not a date (YYYY-MM-DD)").arg(QString::fromUtf8(value(column))),
              QStringLiteral("value.date"));
        return false;
    }
    *out = d;
    return true;
}

void OneRosterFile::error(const char *field, const QString &message, const QString &code)
{
    error(QString::fromLatin1(field), message, code);
}

void OneRosterFile::error(const QString &field, const QString &message, const QString &code)
{
    m_rowError = true;
    const qint64 line = m_reader ? m_reader->line() : 0;
    if (m_holding)
        m_held.append(Finding{Severity::Error, m_fileName, line, field, message, code});
    else
        m_findings->error(m_fileName, line, field, message, code);
}

void OneRosterFile::settleRow(bool asErrors)
{
    for (Finding &f : takeHeld())
        m_findings->add(asErrors ? std::move(f) : notSent(std::move(f)));
}

QList<Finding> OneRosterFile::takeHeld()
{
    m_holding = false;
    return std::exchange(m_held, {});
}

Finding OneRosterFile::notSent(Finding finding)
{
    finding.severity = Severity::Warning;
    finding.message = tr("%1 (the row is not sent, so it is skipped)").arg(finding.message);
    return finding;
}

void OneRosterFile::warning(const char *field, const QString &message, const QString &code)
{
    m_findings->warning(m_fileName, m_reader ? m_reader->line() : 0, QString::fromLatin1(field),
                        message, code);
}

} // namespace rb
