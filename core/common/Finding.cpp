#include "Finding.h"

#include <QCoreApplication>

namespace rb {

QString severityName(Severity severity)
{
    switch (severity) {
    case Severity::Info:
        return QStringLiteral("info");
    case Severity::Warning:
        return QStringLiteral("warning");
    case Severity::Error:
        break;
    }
    return QStringLiteral("error");
}

QString Finding::toString() const
{
    QString out = file;
    if (line > 0)
        out += u':' + QString::number(line);
    if (!out.isEmpty())
        out += QStringLiteral(": ");
    if (!field.isEmpty())
        out += field + QStringLiteral(": ");
    return out + message;
}

QJsonObject Finding::toJson() const
{
    QJsonObject o;
    o.insert(QStringLiteral("severity"), severityName(severity));
    o.insert(QStringLiteral("file"), file);
    o.insert(QStringLiteral("line"), line);
    o.insert(QStringLiteral("field"), field);
    o.insert(QStringLiteral("message"), message);
    o.insert(QStringLiteral("code"), code);
    return o;
}

} // namespace rb
