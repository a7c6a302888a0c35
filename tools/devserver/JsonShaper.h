#pragma once

#include "OneRosterData.h"

#include <QJsonObject>

#include <optional>

namespace rb::dev {

struct ShapeOptions
{
    OneRosterVersion version = OneRosterVersion::V1_2;
    // Prepended to "/users/ID" and the like: an absolute API base URL, or Aeries' "~/ims/...".
    QString hrefBase;
    // Empty values become explicit nulls instead of absent fields.
    bool nulls = false;
};

// Turns entities into the JSON objects of the OneRoster REST binding, 1.1 or 1.2.
//
// Shape decisions, the same for every field: a value that is empty in the CSV (scalar,
// reference or list) is left out, or written as null with ShapeOptions::nulls. Lists (grades,
// subjects, periods, terms, orgs, agents) are JSON arrays; references are GUIDRefs
// {href, sourcedId, type} with type one of org, academicSession, course, class, user. 1.1
// writes enabledUser and enrollment primary as booleans, 1.2 as "true"/"false" strings.
class JsonShaper
{
public:
    JsonShaper(const OneRosterData &data, ShapeOptions options);

    QJsonObject shape(EntityType type, const Entity &entity) const;

    // Top-level fields whose value is a plain string (or boolean in 1.1); filter and sort work
    // on these, plus "<ref>.sourcedId" of single references.
    static QStringList scalarFields(EntityType type, OneRosterVersion version);
    // Every top-level field name of the entity (for `fields` selection).
    static QStringList allFields(EntityType type, OneRosterVersion version);
    // The text a filter or sort compares; nullopt for a field they cannot use.
    static std::optional<QString> filterValue(EntityType type, OneRosterVersion version,
                                              const Entity &entity, const QString &field);

    QJsonObject guidRef(EntityType type, const QString &id) const;

private:
    void putString(QJsonObject &o, const QString &key, const QString &value) const;
    void putStrings(QJsonObject &o, const QString &key, const QStringList &values) const;
    void putRef(QJsonObject &o, const QString &key, EntityType type, const QString &id) const;
    void putRefs(QJsonObject &o, const QString &key, EntityType type, const QStringList &ids) const;
    void putBool(QJsonObject &o, const QString &key, const QString &value) const;
    void shapeUser(QJsonObject &o, const Entity &e) const;

    const OneRosterData &m_data;
    ShapeOptions m_options;
};

} // namespace rb::dev
