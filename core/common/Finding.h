#pragma once

#include <QJsonObject>
#include <QString>

namespace rb {

enum class Severity { Info, Warning, Error };

QString severityName(Severity severity);

// One problem found in input or output, located as precisely as the source allows:
// file and line (1-based, 0 when the whole file is meant), the field (column) and a message.
struct Finding
{
    Severity severity = Severity::Error;
    QString file;
    qint64 line = 0;
    QString field;
    QString message;
    // Stable machine-readable kind, e.g. "csv.header.missing"; groups findings for capping.
    QString code;

    // "file:line: field: message", leaving out the parts that are empty.
    QString toString() const;
    QJsonObject toJson() const;
};

} // namespace rb
