#include "FindingsCsv.h"

#include <QByteArrayList>
#include <QSaveFile>
#include <QStringList>

namespace rb {

namespace {
QByteArray field(const QString &value)
{
    QByteArray utf8 = value.toUtf8();
    if (!utf8.contains(',') && !utf8.contains('"') && !utf8.contains('\n') && !utf8.contains('\r'))
        return utf8;
    utf8.replace('"', "\"\"");
    return '"' + utf8 + '"';
}

QByteArray row(const QStringList &values)
{
    QByteArrayList fields;
    for (const QString &v : values)
        fields.append(field(v));
    return fields.join(',') + "\r\n";
}
} // namespace

QByteArray FindingsCsv::build(const QList<Finding> &findings)
{
    QByteArray csv("\xEF\xBB\xBF");
    csv += row({tr("Severity"), tr("File"), tr("Line"), tr("Field"), tr("Message"), tr("Code")});
    for (const Finding &f : findings) {
        csv += row({severityName(f.severity), f.file,
                    f.line > 0 ? QString::number(f.line) : QString(), f.field, f.message, f.code});
    }
    return csv;
}

Result<void> FindingsCsv::write(const QList<Finding> &findings, const QString &path)
{
    const QByteArray csv = build(findings);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(csv) != csv.size() || !file.commit())
        return Failure{tr("%1 cannot be written: %2").arg(path, file.errorString())};
    return {};
}

} // namespace rb
