#pragma once

#include "oneroster/OneRosterSource.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <array>

namespace rb::dev {

enum class EntityType { Org, AcademicSession, Course, Class, User, Enrollment };
constexpr int EntityTypeCount = 6;

// One role of a user in the 1.2 model.
struct UserRole
{
    QString roleType; // primary | secondary
    QString role;     // 1.2 vocabulary
    QString orgId;
    QString beginDate;
    QString endDate;
    QString userProfile;
};

// One row of the export. fields holds non-empty values only, keyed by their JSON name for
// scalars (status and dateLastModified always filled) and by the CSV column for references
// ("orgSourcedId", "termSourcedIds"). Users carry both role models: fields["role"] (1.1),
// roles and orgIds, fields["primaryOrgSourcedId"] and fields["primaryRole"] (the 1.2 role
// that fields["role"] was derived from, or the other way round).
struct Entity
{
    QString id;
    QHash<QString, QString> fields;
    QList<UserRole> roles;
    QStringList orgIds;

    QString value(const QString &name) const { return fields.value(name); }
    QStringList list(const QString &name) const;
};

// The whole export in memory, one table per entity, in file order.
class OneRosterData
{
public:
    // Reads a OneRoster 1.1 or 1.2 CSV export (zip or folder).
    bool load(const QString &path, QString *error);

    OneRosterVersion sourceVersion() const { return m_version; }
    const QList<Entity> &entities(EntityType type) const { return m_tables[int(type)]; }
    const Entity *find(EntityType type, const QString &id) const;
    // Orgs whose parent is id, or sessions whose parent is id.
    QStringList children(EntityType type, const QString &id) const;

    static QString role11From12(const QString &role12);
    static QString role12From11(const QString &role11, const QString &orgType);

private:
    bool readTable(const OneRosterSource &source, const QString &fileName, EntityType type,
                   QString *error);
    bool readRoles(const OneRosterSource &source, QString *error);
    void deriveUserRoles();
    void buildIndexes();

    OneRosterVersion m_version = OneRosterVersion::V1_2;
    QString m_defaultDate;
    std::array<QList<Entity>, EntityTypeCount> m_tables;
    std::array<QHash<QString, qsizetype>, EntityTypeCount> m_index;
    QHash<QString, QList<UserRole>> m_rolesByUser;
    QHash<QString, QList<UserRole>> m_deletedRolesByUser;
    QHash<QString, QStringList> m_orgChildren;
    QHash<QString, QStringList> m_sessionChildren;
};

} // namespace rb::dev
