#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QStringList>

#include <optional>

namespace rb::RestJson {

// Turns OneRoster JSON values into the text of CSV fields. Vendors differ in small ways
// (booleans as strings, numbers for years, GUIDRefs as bare strings, relative hrefs), so every
// reader here accepts the variants seen in practice and keys on sourcedId only.

// A scalar as text: strings as they are, booleans "true"/"false", integral numbers without a
// fraction; null, missing, objects and arrays give an empty value (arrays: see list()).
QByteArray text(const QJsonValue &value);
// "true"/"false" from a JSON boolean or a string in any case; other strings are kept as they
// are (so that the CSV reader reports them); null or missing gives an empty value.
QByteArray boolean(const QJsonValue &value);
// A date field: a date-time value is cut to its date, as the CSV binding wants YYYY-MM-DD.
QByteArray date(const QJsonValue &value);
// The sourcedId of a GUIDRef ({href, sourcedId, type}); a bare string is taken as the id.
// Sets *missing when an object has no sourcedId (href and type are never used).
QByteArray refId(const QJsonValue &value, bool *missing = nullptr);
// A list of GUIDRefs as a comma-joined list of sourcedIds; a single object counts as one.
QByteArray refList(const QJsonValue &value, bool *missing = nullptr);
// A list of scalars, comma-joined; a string is kept as it is (some servers send "09,10").
QByteArray list(const QJsonValue &value);
// userIds [{type, identifier}] in the CSV form "{type:identifier},{...}".
QByteArray userIds(const QJsonValue &value);

// The data array of a collection response: the first of keys whose value is an array.
// Returns nothing when none is; *found lists the keys the object has, for the message.
std::optional<QJsonArray> envelope(const QJsonObject &response, const QStringList &keys,
                                   QString *keyUsed = nullptr);

} // namespace rb::RestJson
