#include "JsonShaper.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QUrl>

namespace rb::dev {

namespace {

QString refType(EntityType type)
{
    switch (type) {
    case EntityType::Org:
        return QStringLiteral("org");
    case EntityType::AcademicSession:
        return QStringLiteral("academicSession");
    case EntityType::Course:
        return QStringLiteral("course");
    case EntityType::Class:
        return QStringLiteral("class");
    case EntityType::User:
        return QStringLiteral("user");
    case EntityType::Enrollment:
        return QStringLiteral("enrollment");
    }
    return {};
}

QString collectionPath(EntityType type)
{
    return type == EntityType::Class ? QStringLiteral("classes") : refType(type) + u's';
}

QStringList words(const char *text)
{
    return QString::fromLatin1(text).split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

// Single references a filter may address as "<field>.sourcedId", and their CSV column.
QString refColumn(EntityType type, OneRosterVersion version, const QString &field)
{
    static const QHash<QString, QString> orgs = {
        {QStringLiteral("parent"), QStringLiteral("parentSourcedId")}};
    static const QHash<QString, QString> courses = {
        {QStringLiteral("schoolYear"), QStringLiteral("schoolYearSourcedId")},
        {QStringLiteral("org"), QStringLiteral("orgSourcedId")}};
    static const QHash<QString, QString> classes = {
        {QStringLiteral("course"), QStringLiteral("courseSourcedId")},
        {QStringLiteral("school"), QStringLiteral("schoolSourcedId")}};
    static const QHash<QString, QString> enrollments = {
        {QStringLiteral("user"), QStringLiteral("userSourcedId")},
        {QStringLiteral("class"), QStringLiteral("classSourcedId")},
        {QStringLiteral("school"), QStringLiteral("schoolSourcedId")}};
    switch (type) {
    case EntityType::Org:
    case EntityType::AcademicSession:
        return orgs.value(field);
    case EntityType::Course:
        return courses.value(field);
    case EntityType::Class:
        return classes.value(field);
    case EntityType::Enrollment:
        return enrollments.value(field);
    case EntityType::User:
        return version == OneRosterVersion::V1_2 && field == u"primaryOrg"
                   ? QStringLiteral("primaryOrgSourcedId")
                   : QString();
    }
    return {};
}

} // namespace

JsonShaper::JsonShaper(const OneRosterData &data, ShapeOptions options)
    : m_data(data)
    , m_options(std::move(options))
{
}

QStringList JsonShaper::scalarFields(EntityType type, OneRosterVersion version)
{
    QStringList f = words("sourcedId status dateLastModified");
    const bool v12 = version == OneRosterVersion::V1_2;
    switch (type) {
    case EntityType::Org:
        return f + words("name type identifier");
    case EntityType::AcademicSession:
        return f + words("title type startDate endDate schoolYear");
    case EntityType::Course:
        return f + words("title courseCode");
    case EntityType::Class:
        return f + words("title classCode classType location");
    case EntityType::Enrollment:
        return f + words("role primary beginDate endDate");
    case EntityType::User:
        f += words("username enabledUser givenName familyName middleName identifier email sms "
                   "phone password");
        return f + (v12 ? words("userMasterIdentifier preferredFirstName preferredMiddleName "
                                "preferredLastName pronouns")
                        : words("role"));
    }
    return f;
}

QStringList JsonShaper::allFields(EntityType type, OneRosterVersion version)
{
    QStringList f = scalarFields(type, version) + words("metadata");
    const bool v12 = version == OneRosterVersion::V1_2;
    switch (type) {
    case EntityType::Org:
        return f + words("parent children");
    case EntityType::AcademicSession:
        return f + words("parent children");
    case EntityType::Course:
        return f + words("schoolYear grades subjects org subjectCodes") +
               (v12 ? words("resources") : QStringList());
    case EntityType::Class:
        return f + words("grades subjects course school terms subjectCodes periods") +
               (v12 ? words("resources") : QStringList());
    case EntityType::Enrollment:
        return f + words("user class school");
    case EntityType::User:
        return f + words("userIds agents grades") +
               (v12 ? words("roles userProfiles primaryOrg resources") : words("orgs"));
    }
    return f;
}

std::optional<QString> JsonShaper::filterValue(EntityType type, OneRosterVersion version,
                                               const Entity &entity, const QString &field)
{
    if (field.endsWith(u".sourcedId")) {
        const QString column = refColumn(type, version, field.chopped(10));
        if (column.isEmpty())
            return std::nullopt;
        return entity.value(column);
    }
    // 1.2 users have no "role"; role and roles.role filter on the primary role instead.
    if (type == EntityType::User && version == OneRosterVersion::V1_2 &&
        (field == u"role" || field == u"roles.role"))
        return entity.value(QStringLiteral("primaryRole"));
    if (!scalarFields(type, version).contains(field))
        return std::nullopt;
    if (field == u"sourcedId")
        return entity.id;
    // Empty values compare as "" so that field='' finds them.
    return entity.value(field);
}

QJsonObject JsonShaper::guidRef(EntityType type, const QString &id) const
{
    return {
        {QStringLiteral("href"), QString(m_options.hrefBase + u'/' + collectionPath(type) + u'/' +
                                         QString::fromUtf8(QUrl::toPercentEncoding(id)))},
        {QStringLiteral("sourcedId"), id},
        {QStringLiteral("type"), refType(type)}};
}

void JsonShaper::putString(QJsonObject &o, const QString &key, const QString &value) const
{
    if (!value.isEmpty())
        o.insert(key, value);
    else if (m_options.nulls)
        o.insert(key, QJsonValue::Null);
}

void JsonShaper::putStrings(QJsonObject &o, const QString &key, const QStringList &values) const
{
    if (!values.isEmpty())
        o.insert(key, QJsonArray::fromStringList(values));
    else if (m_options.nulls)
        o.insert(key, QJsonValue::Null);
}

void JsonShaper::putRef(QJsonObject &o, const QString &key, EntityType type,
                        const QString &id) const
{
    if (!id.isEmpty())
        o.insert(key, guidRef(type, id));
    else if (m_options.nulls)
        o.insert(key, QJsonValue::Null);
}

void JsonShaper::putRefs(QJsonObject &o, const QString &key, EntityType type,
                         const QStringList &ids) const
{
    if (ids.isEmpty()) {
        if (m_options.nulls)
            o.insert(key, QJsonValue::Null);
        return;
    }
    QJsonArray refs;
    for (const QString &id : ids)
        refs.append(guidRef(type, id));
    o.insert(key, refs);
}

void JsonShaper::putBool(QJsonObject &o, const QString &key, const QString &value) const
{
    if (value.isEmpty())
        putString(o, key, value);
    else if (m_options.version == OneRosterVersion::V1_1)
        o.insert(key, value.compare(u"true", Qt::CaseInsensitive) == 0);
    else
        o.insert(key, value.compare(u"true", Qt::CaseInsensitive) == 0 ? QStringLiteral("true")
                                                                       : QStringLiteral("false"));
}

QJsonObject JsonShaper::shape(EntityType type, const Entity &e) const
{
    QJsonObject o;
    o.insert(QStringLiteral("sourcedId"), e.id);
    o.insert(QStringLiteral("status"), e.value(QStringLiteral("status")));
    o.insert(QStringLiteral("dateLastModified"), e.value(QStringLiteral("dateLastModified")));
    const auto str = [&](const char *key) {
        const QString k = QString::fromLatin1(key);
        putString(o, k, e.value(k));
    };
    const auto strs = [&](const char *key) {
        const QString k = QString::fromLatin1(key);
        putStrings(o, k, e.list(k));
    };
    switch (type) {
    case EntityType::Org:
        str("name");
        str("type");
        str("identifier");
        putRef(o, QStringLiteral("parent"), type, e.value(QStringLiteral("parentSourcedId")));
        putRefs(o, QStringLiteral("children"), type, m_data.children(type, e.id));
        break;
    case EntityType::AcademicSession:
        str("title");
        str("type");
        str("startDate");
        str("endDate");
        str("schoolYear");
        putRef(o, QStringLiteral("parent"), type, e.value(QStringLiteral("parentSourcedId")));
        putRefs(o, QStringLiteral("children"), type, m_data.children(type, e.id));
        break;
    case EntityType::Course:
        str("title");
        str("courseCode");
        strs("grades");
        strs("subjects");
        strs("subjectCodes");
        putRef(o, QStringLiteral("schoolYear"), EntityType::AcademicSession,
               e.value(QStringLiteral("schoolYearSourcedId")));
        putRef(o, QStringLiteral("org"), EntityType::Org, e.value(QStringLiteral("orgSourcedId")));
        break;
    case EntityType::Class:
        str("title");
        str("classCode");
        str("classType");
        str("location");
        strs("grades");
        strs("subjects");
        strs("subjectCodes");
        strs("periods");
        putRef(o, QStringLiteral("course"), EntityType::Course,
               e.value(QStringLiteral("courseSourcedId")));
        putRef(o, QStringLiteral("school"), EntityType::Org,
               e.value(QStringLiteral("schoolSourcedId")));
        putRefs(o, QStringLiteral("terms"), EntityType::AcademicSession,
                e.list(QStringLiteral("termSourcedIds")));
        break;
    case EntityType::Enrollment:
        putRef(o, QStringLiteral("user"), EntityType::User,
               e.value(QStringLiteral("userSourcedId")));
        putRef(o, QStringLiteral("class"), EntityType::Class,
               e.value(QStringLiteral("classSourcedId")));
        putRef(o, QStringLiteral("school"), EntityType::Org,
               e.value(QStringLiteral("schoolSourcedId")));
        str("role");
        putBool(o, QStringLiteral("primary"), e.value(QStringLiteral("primary")));
        str("beginDate");
        str("endDate");
        break;
    case EntityType::User:
        shapeUser(o, e);
        break;
    }
    return o;
}

void JsonShaper::shapeUser(QJsonObject &o, const Entity &e) const
{
    const auto str = [&](const char *key) {
        const QString k = QString::fromLatin1(key);
        putString(o, k, e.value(k));
    };
    for (const char *key : {"username", "givenName", "familyName", "middleName", "identifier",
                            "email", "sms", "phone", "password"})
        str(key);
    putBool(o, QStringLiteral("enabledUser"), e.value(QStringLiteral("enabledUser")));
    putStrings(o, QStringLiteral("grades"), e.list(QStringLiteral("grades")));
    putRefs(o, QStringLiteral("agents"), EntityType::User,
            e.list(QStringLiteral("agentSourcedIds")));
    // userIds are written as {Type:Id},{Type:Id} in the CSV binding.
    static const QRegularExpression userId(QStringLiteral("\\{([^:}]*):([^}]*)\\}"));
    QJsonArray ids;
    auto it = userId.globalMatch(e.value(QStringLiteral("userIds")));
    while (it.hasNext()) {
        const auto m = it.next();
        ids.append(QJsonObject{{QStringLiteral("type"), m.captured(1)},
                               {QStringLiteral("identifier"), m.captured(2)}});
    }
    if (!ids.isEmpty())
        o.insert(QStringLiteral("userIds"), ids);
    else if (m_options.nulls)
        o.insert(QStringLiteral("userIds"), QJsonValue::Null);

    if (m_options.version == OneRosterVersion::V1_1) {
        str("role");
        putRefs(o, QStringLiteral("orgs"), EntityType::Org, e.orgIds);
        return;
    }
    for (const char *key : {"userMasterIdentifier", "preferredFirstName", "preferredMiddleName",
                            "preferredLastName", "pronouns"})
        str(key);
    QJsonArray roles;
    for (const UserRole &r : e.roles) {
        QJsonObject role{{QStringLiteral("roleType"), r.roleType},
                         {QStringLiteral("role"), r.role},
                         {QStringLiteral("org"), guidRef(EntityType::Org, r.orgId)}};
        // Optional role fields are simply left out when empty: they are not CSV columns of
        // the user and a null would break the role schema.
        if (!r.beginDate.isEmpty())
            role.insert(QStringLiteral("beginDate"), r.beginDate);
        if (!r.endDate.isEmpty())
            role.insert(QStringLiteral("endDate"), r.endDate);
        if (!r.userProfile.isEmpty())
            role.insert(QStringLiteral("userProfile"), r.userProfile);
        roles.append(role);
    }
    o.insert(QStringLiteral("roles"), roles);
    putRef(o, QStringLiteral("primaryOrg"), EntityType::Org,
           e.value(QStringLiteral("primaryOrgSourcedId")));
    const QStringList resources = e.list(QStringLiteral("resourceSourcedIds"));
    if (!resources.isEmpty()) {
        QJsonArray refs;
        for (const QString &id : resources)
            refs.append(
                QJsonObject{{QStringLiteral("href"),
                             QString(m_options.hrefBase + QStringLiteral("/resources/") + id)},
                            {QStringLiteral("sourcedId"), id},
                            {QStringLiteral("type"), QStringLiteral("resource")}});
        o.insert(QStringLiteral("resources"), refs);
    } else if (m_options.nulls) {
        o.insert(QStringLiteral("resources"), QJsonValue::Null);
    }
}

} // namespace rb::dev
