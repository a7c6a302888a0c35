#pragma once

#include "FilterExpression.h"
#include "HttpRequest.h"

#include <optional>

namespace rb::dev {

// The paging, sorting, filtering and selection parameters of a collection request.
struct CollectionQuery
{
    int limit = 100;
    int offset = 0;
    QString sort; // empty: file order
    bool descending = false;
    QStringList fields; // empty: all fields
    std::optional<FilterExpression> filter;

    // Fills the query from the request's parameters; limit is clamped to maxLimit. On a bad
    // value returns false with the imsx code minor and a description.
    bool parse(const QueryItems &items, int maxLimit, QString *codeMinor, QString *error);

    // RFC 8288 Link header with next, last, first and prev. Every other parameter of the
    // request is kept; limit and offset are replaced.
    static QByteArray linkHeader(const QString &url, const QueryItems &items, int limit, int offset,
                                 qint64 total);
};

} // namespace rb::dev
