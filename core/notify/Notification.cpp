#include "Notification.h"

#include <QJsonArray>

namespace rb {

QString Notification::text() const
{
    QString out = title + u'\n';
    for (const QString &line : lines)
        out += u"\n- " + line;
    if (!action.isEmpty())
        out += u"\n\n" + action;
    return out + u'\n';
}

QJsonObject Notification::toJson() const
{
    return {{QStringLiteral("profile"), profileName},
            {QStringLiteral("status"), status},
            {QStringLiteral("title"), title},
            {QStringLiteral("details"), QJsonArray::fromStringList(lines)},
            {QStringLiteral("runId"), runId},
            {QStringLiteral("action"), action}};
}

} // namespace rb
