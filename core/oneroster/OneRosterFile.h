#pragma once

#include "CsvHeader.h"
#include "CsvReader.h"
#include "OneRosterSource.h"
#include "roster/RosterStore.h"

#include <QDate>

#include <memory>

namespace rb {

// One OneRoster CSV file being read row by row, with the value parsing every entity reader
// shares. Each problem becomes a finding at file:line: column; a row with an error is
// reported and skipped, so the run fails rather than delivering a guess.
class OneRosterFile
{
    Q_DECLARE_TR_FUNCTIONS(rb::OneRosterFile)
public:
    OneRosterFile(const OneRosterSource &source, QString fileName, Findings *findings);
    ~OneRosterFile();

    // Opens the file and checks its header. False when the file cannot be read.
    bool open(const QByteArrayList &requiredColumns);
    // Next row that parsed cleanly as CSV (malformed rows are reported and skipped).
    bool next();
    // After the last row: reports read errors and zip checksum failures. False on failure.
    bool finish();

    const QString &fileName() const { return m_fileName; }
    qint64 line() const { return m_reader ? m_reader->line() : 0; }
    qint64 rows() const { return m_rows; }
    // The rows the whole file holds, estimated from the bytes the rows so far took; 0 when
    // the file's size is not known.
    qint64 estimatedRows() const;
    qsizetype column(QByteArrayView name) const { return m_header.column(name); }

    QByteArrayView value(qsizetype column) const;
    // Trimmed value; reports an error when a required value is empty.
    QByteArrayView required(qsizetype column, const char *name);
    bool status(qsizetype column, RecordStatus *status);
    bool boolean(qsizetype column, const char *name, bool defaultValue, bool *out);
    bool date(qsizetype column, const char *name, bool isRequired, QDate *out);

    // While a row is held, its errors are kept back until settleRow() says whether the row
    // would be sent: a problem in a row nobody sends is only a warning.
    void holdRow() { m_holding = true; }
    void settleRow(bool asErrors);
    // The held findings, for a caller that settles them later; ends the hold.
    QList<Finding> takeHeld();
    // A held error turned into the warning for a row that is not sent.
    static Finding notSent(Finding finding);

    void error(const char *field, const QString &message, const QString &code);
    void error(const QString &field, const QString &message, const QString &code);
    void warning(const char *field, const QString &message, const QString &code);
    bool rowHasError() const { return m_rowError; }
    Findings *findings() const { return m_findings; }

private:
    const OneRosterSource &m_source;
    QString m_fileName;
    Findings *m_findings;
    std::unique_ptr<QIODevice> m_device;
    std::unique_ptr<CsvReader> m_reader;
    CsvHeader m_header;
    qint64 m_rows = 0;
    bool m_rowError = false;
    bool m_holding = false;
    QList<Finding> m_held;
};

// Splits a OneRoster list value ("a,b,c") into trimmed, non-empty parts.
template<typename Fn>
void forEachListItem(QByteArrayView list, Fn fn)
{
    qsizetype start = 0;
    while (start <= list.size()) {
        qsizetype end = list.indexOf(',', start);
        if (end < 0)
            end = list.size();
        const QByteArrayView item = list.sliced(start, end - start).trimmed();
        if (!item.isEmpty())
            fn(item);
        start = end + 1;
    }
}

} // namespace rb
