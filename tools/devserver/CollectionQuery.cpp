#include "CollectionQuery.h"

#include <QUrl>

namespace rb::dev {

bool CollectionQuery::parse(const QueryItems &items, int maxLimit, QString *codeMinor,
                            QString *error)
{
    for (const auto &[name, value] : items) {
        bool ok = true;
        if (name == u"limit") {
            const qint64 n = value.toLongLong(&ok);
            if (!ok || n < 1) {
                *codeMinor = QStringLiteral("invaliddata");
                *error = QStringLiteral("limit must be a whole number of at least 1");
                return false;
            }
            limit = int(qMin<qint64>(n, maxLimit));
        } else if (name == u"offset") {
            const qint64 n = value.toLongLong(&ok);
            if (!ok || n < 0 || n > std::numeric_limits<int>::max()) {
                *codeMinor = QStringLiteral("invaliddata");
                *error = QStringLiteral("offset must be a whole number of at least 0");
                return false;
            }
            offset = int(n);
        } else if (name == u"sort") {
            sort = value.trimmed();
        } else if (name == u"orderBy") {
            if (value != u"asc" && value != u"desc") {
                *codeMinor = QStringLiteral("invalid_selection_field");
                *error = QStringLiteral("orderBy must be asc or desc");
                return false;
            }
            descending = value == u"desc";
        } else if (name == u"fields") {
            const auto parts = value.split(QLatin1Char(','), Qt::SkipEmptyParts);
            for (const QString &p : parts)
                fields.append(p.trimmed());
        } else if (name == u"filter") {
            QString parseError;
            filter = FilterExpression::parse(value, &parseError);
            if (!filter) {
                *codeMinor = QStringLiteral("invalid_filter_field");
                *error = parseError;
                return false;
            }
        }
    }
    return true;
}

QByteArray CollectionQuery::linkHeader(const QString &url, const QueryItems &items, int limit,
                                       int offset, qint64 total)
{
    const auto link = [&](qint64 at, const char *rel) -> QByteArray {
        QByteArray query;
        for (const auto &[name, value] : items) {
            if (name == u"limit" || name == u"offset")
                continue;
            query += QUrl::toPercentEncoding(name) + '=' + QUrl::toPercentEncoding(value) + '&';
        }
        query += "limit=" + QByteArray::number(limit) + "&offset=" + QByteArray::number(at);
        return '<' + url.toUtf8() + '?' + query + ">; rel=\"" + rel + '"';
    };
    QByteArrayList links;
    if (offset + qint64(limit) < total)
        links.append(link(offset + qint64(limit), "next"));
    const qint64 last = total == 0 ? 0 : ((total - 1) / limit) * limit;
    links.append(link(last, "last"));
    links.append(link(0, "first"));
    if (offset > 0)
        links.append(link(qMax<qint64>(0, offset - limit), "prev"));
    return links.join(", ");
}

} // namespace rb::dev
