#include "OneRosterData.h"

#include "DevServerLog.h"
#include "oneroster/CsvReader.h"

#include <QDateTime>
#include <QFileInfo>

namespace rb::dev {

namespace {

QStringList splitList(const QString &text)
{
    QStringList out;
    const auto parts = text.split(QLatin1Char(','));
    for (const QString &p : parts) {
        const QString t = p.trimmed();
        if (!t.isEmpty())
            out.append(t);
    }
    return out;
}

// CSV column names that differ from the JSON names of the same value.
QString jsonName(const QString &column)
{
    if (column == u"preferredGivenName")
        return QStringLiteral("preferredFirstName");
    if (column == u"preferredFamilyName")
        return QStringLiteral("preferredLastName");
    return column;
}

} // namespace

QStringList Entity::list(const QString &name) const
{
    return splitList(fields.value(name));
}

bool OneRosterData::load(const QString &path, QString *error)
{
    Findings findings;
    const auto source = OneRosterSource::open(path, &findings);
    if (!source) {
        *error = QStringLiteral("cannot open %1: %2").arg(path, findings.lines().join(u"; "));
        return false;
    }
    m_version = source->version();
    // Bulk exports may leave dateLastModified empty; the export's own time stands in.
    m_defaultDate = QFileInfo(path).lastModified().toUTC().toString(Qt::ISODateWithMs);
    const struct
    {
        const char16_t *file;
        EntityType type;
    } files[] = {{u"orgs.csv", EntityType::Org},
                 {u"academicSessions.csv", EntityType::AcademicSession},
                 {u"courses.csv", EntityType::Course},
                 {u"classes.csv", EntityType::Class},
                 {u"users.csv", EntityType::User},
                 {u"enrollments.csv", EntityType::Enrollment}};
    for (const auto &f : files) {
        const QString name = QString::fromUtf16(f.file);
        if (source->contains(name) && !readTable(*source, name, f.type, error))
            return false;
    }
    if (m_version == OneRosterVersion::V1_2 && source->contains(QStringLiteral("roles.csv")) &&
        !readRoles(*source, error))
        return false;
    buildIndexes();
    deriveUserRoles();
    qCInfo(lcDevServer).noquote() << "loaded" << path << oneRosterVersionName(m_version)
                                  << m_tables[int(EntityType::User)].size() << "users"
                                  << m_tables[int(EntityType::Enrollment)].size() << "enrollments";
    return true;
}

bool OneRosterData::readTable(const OneRosterSource &source, const QString &fileName,
                              EntityType type, QString *error)
{
    Result<std::unique_ptr<QIODevice>> opened = source.openFile(fileName);
    if (!opened) {
        *error = opened.error();
        return false;
    }
    const std::unique_ptr<QIODevice> device = std::move(opened).value();
    CsvReader reader(device.get(), fileName);
    QStringList header;
    auto &table = m_tables[int(type)];
    while (reader.next()) {
        if (header.isEmpty()) {
            for (qsizetype i = 0; i < reader.fieldCount(); ++i)
                header.append(jsonName(QString::fromUtf8(reader.field(i))));
            continue;
        }
        Entity e;
        for (qsizetype i = 0; i < reader.fieldCount() && i < header.size(); ++i) {
            const QByteArrayView v = reader.field(i);
            if (!v.isEmpty())
                e.fields.insert(header.at(i), QString::fromUtf8(v));
        }
        e.id = e.value(QStringLiteral("sourcedId"));
        if (e.id.isEmpty())
            continue;
        const QString status = e.value(QStringLiteral("status"));
        if (status.isEmpty() || status == u"active")
            e.fields.insert(QStringLiteral("status"), QStringLiteral("active"));
        else
            e.fields.insert(QStringLiteral("status"), QStringLiteral("tobedeleted"));
        if (e.value(QStringLiteral("dateLastModified")).isEmpty())
            e.fields.insert(QStringLiteral("dateLastModified"), m_defaultDate);
        table.append(std::move(e));
    }
    if (reader.hasFatalError()) {
        *error = fileName + u": " + reader.fatalError();
        return false;
    }
    return true;
}

bool OneRosterData::readRoles(const OneRosterSource &source, QString *error)
{
    const QString fileName = QStringLiteral("roles.csv");
    Result<std::unique_ptr<QIODevice>> opened = source.openFile(fileName);
    if (!opened) {
        *error = opened.error();
        return false;
    }
    const std::unique_ptr<QIODevice> device = std::move(opened).value();
    CsvReader reader(device.get(), fileName);
    QHash<QString, qsizetype> column;
    while (reader.next()) {
        if (column.isEmpty()) {
            for (qsizetype i = 0; i < reader.fieldCount(); ++i)
                column.insert(QString::fromUtf8(reader.field(i)), i);
            continue;
        }
        const auto get = [&](const char16_t *name) {
            const qsizetype i = column.value(QString::fromUtf16(name), -1);
            return i < 0 ? QString() : QString::fromUtf8(reader.field(i));
        };
        const bool deleted = get(u"status") == u"tobedeleted";
        (deleted ? m_deletedRolesByUser : m_rolesByUser)[get(u"userSourcedId")].append(
            {get(u"roleType"), get(u"role"), get(u"orgSourcedId"), get(u"beginDate"),
             get(u"endDate"), get(u"userProfileSourcedId")});
    }
    if (reader.hasFatalError()) {
        *error = fileName + u": " + reader.fatalError();
        return false;
    }
    return true;
}

void OneRosterData::deriveUserRoles()
{
    const QString roleKey = QStringLiteral("role");
    const QString primaryOrgKey = QStringLiteral("primaryOrgSourcedId");
    const QString role12Key = QStringLiteral("primaryRole");
    for (Entity &user : m_tables[int(EntityType::User)]) {
        if (m_version == OneRosterVersion::V1_1) {
            // 1.2 view: one primary role per listed org; the first org is the primary org.
            user.orgIds = user.list(QStringLiteral("orgSourcedIds"));
            const QString role11 = user.value(roleKey);
            for (const QString &org : std::as_const(user.orgIds)) {
                const Entity *o = find(EntityType::Org, org);
                const QString orgType = o ? o->value(QStringLiteral("type")) : QString();
                user.roles.append(
                    {QStringLiteral("primary"), role12From11(role11, orgType), org, {}, {}, {}});
            }
            if (!user.orgIds.isEmpty())
                user.fields.insert(primaryOrgKey, user.orgIds.first());
            if (!user.roles.isEmpty())
                user.fields.insert(role12Key, user.roles.first().role);
            continue;
        }
        // 1.1 view: the primary role in the primary org (else the first primary role), and
        // every role's org with the primary org first.
        // Deleted roles only stand in when nothing else is left: 1.2 requires one role.
        user.roles = m_rolesByUser.value(user.id);
        if (user.roles.isEmpty())
            user.roles = m_deletedRolesByUser.value(user.id);
        const QString primaryOrg = user.value(primaryOrgKey);
        const UserRole *chosen = nullptr;
        for (const UserRole &r : std::as_const(user.roles)) {
            if (r.roleType == u"primary" && r.orgId == primaryOrg) {
                chosen = &r;
                break;
            }
        }
        for (const UserRole &r : std::as_const(user.roles)) {
            if (!chosen && r.roleType == u"primary")
                chosen = &r;
        }
        if (!chosen && !user.roles.isEmpty())
            chosen = &user.roles.first();
        if (chosen) {
            user.fields.insert(roleKey, role11From12(chosen->role));
            user.fields.insert(role12Key, chosen->role);
        }
        if (!primaryOrg.isEmpty())
            user.orgIds.append(primaryOrg);
        for (const UserRole &r : std::as_const(user.roles)) {
            if (!r.orgId.isEmpty() && !user.orgIds.contains(r.orgId))
                user.orgIds.append(r.orgId);
        }
        if (primaryOrg.isEmpty() && chosen)
            user.fields.insert(primaryOrgKey, chosen->orgId);
    }
}

void OneRosterData::buildIndexes()
{
    for (int t = 0; t < EntityTypeCount; ++t) {
        const auto &table = m_tables[t];
        auto &index = m_index[t];
        index.reserve(table.size());
        for (qsizetype i = 0; i < table.size(); ++i)
            index.insert(table.at(i).id, i);
    }
    const QString parentKey = QStringLiteral("parentSourcedId");
    for (const Entity &o : m_tables[int(EntityType::Org)]) {
        if (!o.value(parentKey).isEmpty())
            m_orgChildren[o.value(parentKey)].append(o.id);
    }
    for (const Entity &s : m_tables[int(EntityType::AcademicSession)]) {
        if (!s.value(parentKey).isEmpty())
            m_sessionChildren[s.value(parentKey)].append(s.id);
    }
}

const Entity *OneRosterData::find(EntityType type, const QString &id) const
{
    const qsizetype i = m_index[int(type)].value(id, -1);
    return i < 0 ? nullptr : &m_tables[int(type)].at(i);
}

QStringList OneRosterData::children(EntityType type, const QString &id) const
{
    if (type == EntityType::Org)
        return m_orgChildren.value(id);
    if (type == EntityType::AcademicSession)
        return m_sessionChildren.value(id);
    return {};
}

QString OneRosterData::role11From12(const QString &role12)
{
    static const QStringList admins = {QStringLiteral("districtAdministrator"),
                                       QStringLiteral("siteAdministrator"),
                                       QStringLiteral("systemAdministrator"),
                                       QStringLiteral("principal"), QStringLiteral("counselor")};
    return admins.contains(role12) ? QStringLiteral("administrator") : role12;
}

QString OneRosterData::role12From11(const QString &role11, const QString &orgType)
{
    if (role11 == u"administrator")
        return orgType == u"district" ? QStringLiteral("districtAdministrator")
                                      : QStringLiteral("siteAdministrator");
    return role11;
}

} // namespace rb::dev
