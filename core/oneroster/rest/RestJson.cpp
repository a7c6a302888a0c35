#include "RestJson.h"

#include <cmath>

namespace rb::RestJson {

QByteArray text(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return value.toString().toUtf8();
    case QJsonValue::Bool:
        return value.toBool() ? QByteArrayLiteral("true") : QByteArrayLiteral("false");
    case QJsonValue::Double: {
        const double d = value.toDouble();
        if (std::isfinite(d) && d == std::floor(d) && std::fabs(d) < 9.0e15)
            return QByteArray::number(qint64(d));
        return QByteArray::number(d, 'g', 17);
    }
    default:
        return {};
    }
}

QByteArray boolean(const QJsonValue &value)
{
    if (value.isBool())
        return value.toBool() ? QByteArrayLiteral("true") : QByteArrayLiteral("false");
    if (value.isString()) {
        const QString s = value.toString().trimmed();
        if (s.compare(QLatin1StringView("true"), Qt::CaseInsensitive) == 0)
            return QByteArrayLiteral("true");
        if (s.compare(QLatin1StringView("false"), Qt::CaseInsensitive) == 0)
            return QByteArrayLiteral("false");
        return s.toUtf8();
    }
    return text(value);
}

QByteArray date(const QJsonValue &value)
{
    QByteArray t = text(value).trimmed();
    // "2024-08-15T00:00:00Z" -> "2024-08-15"
    if (t.size() > 10 && t.at(4) == '-' && t.at(7) == '-' && (t.at(10) == 'T' || t.at(10) == ' '))
        t.truncate(10);
    return t;
}

QByteArray refId(const QJsonValue &value, bool *missing)
{
    if (value.isString())
        return value.toString().trimmed().toUtf8();
    if (value.isObject()) {
        const QJsonValue id = value.toObject().value(QLatin1StringView("sourcedId"));
        QByteArray out = text(id).trimmed();
        if (out.isEmpty() && missing)
            *missing = true;
        return out;
    }
    return {};
}

QByteArray refList(const QJsonValue &value, bool *missing)
{
    if (!value.isArray())
        return refId(value, missing);
    QByteArrayList ids;
    const QJsonArray array = value.toArray();
    for (const QJsonValue item : array) {
        const QByteArray id = refId(item, missing);
        if (!id.isEmpty())
            ids.append(id);
    }
    return ids.join(',');
}

QByteArray list(const QJsonValue &value)
{
    if (!value.isArray())
        return text(value);
    QByteArrayList items;
    const QJsonArray array = value.toArray();
    for (const QJsonValue item : array) {
        const QByteArray t = text(item).trimmed();
        if (!t.isEmpty())
            items.append(t);
    }
    return items.join(',');
}

QByteArray userIds(const QJsonValue &value)
{
    if (!value.isArray())
        return text(value);
    QByteArrayList items;
    const QJsonArray array = value.toArray();
    for (const QJsonValue item : array) {
        if (!item.isObject()) {
            const QByteArray t = text(item);
            if (!t.isEmpty())
                items.append(t);
            continue;
        }
        const QJsonObject o = item.toObject();
        const QByteArray type = text(o.value(QLatin1StringView("type")));
        const QByteArray id = text(o.value(QLatin1StringView("identifier")));
        if (type.isEmpty() && id.isEmpty())
            continue;
        items.append('{' + type + ':' + id + '}');
    }
    return items.join(',');
}

std::optional<QJsonArray> envelope(const QJsonObject &response, const QStringList &keys,
                                   QString *keyUsed)
{
    for (const QString &key : keys) {
        const QJsonValue v = response.value(key);
        if (v.isArray()) {
            if (keyUsed)
                *keyUsed = key;
            return v.toArray();
        }
    }
    return std::nullopt;
}

} // namespace rb::RestJson
