#include "CsvHeader.h"

namespace rb {

bool CsvHeader::read(CsvReader &reader, const QByteArrayList &required, Findings *findings)
{
    const QString &file = reader.fileName();
    if (!reader.next()) {
        if (reader.hasFatalError())
            findings->error(file, reader.fatalErrorLine(), {}, reader.fatalError(),
                            QStringLiteral("csv.unreadable"));
        else
            findings->error(file, 1, {}, tr("the file is empty; a header row is required"),
                            QStringLiteral("csv.empty"));
        return false;
    }
    if (reader.hasRecordError()) {
        findings->error(file, reader.line(), {}, reader.recordError(),
                        QStringLiteral("csv.header.malformed"));
        return false;
    }
    m_count = reader.fieldCount();
    for (qsizetype i = 0; i < m_count; ++i) {
        const QByteArray name = reader.field(i).trimmed().toByteArray();
        if (m_columns.contains(name)) {
            findings->error(file, reader.line(), QString::fromUtf8(name),
                            tr("the column appears twice in the header"),
                            QStringLiteral("csv.header.duplicate"));
            return false;
        }
        m_columns.insert(name, i);
        m_names.append(name);
    }
    bool ok = true;
    for (const QByteArray &name : required) {
        if (m_columns.contains(name))
            continue;
        QString hint;
        for (auto it = m_columns.cbegin(); it != m_columns.cend(); ++it) {
            if (it.key().compare(name, Qt::CaseInsensitive) == 0)
                hint = tr(" (found \"%1\"; column names are case-sensitive)")
                           .arg(QString::fromUtf8(it.key()));
        }
        findings->error(file, reader.line(), QString::fromUtf8(name),
                        tr("required column is missing from the header") + hint,
                        QStringLiteral("csv.header.missing"));
        ok = false;
    }
    return ok;
}

} // namespace rb
