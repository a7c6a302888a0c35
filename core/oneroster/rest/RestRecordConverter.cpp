#include "RestRecordConverter.h"

#include "RestJson.h"

using namespace Qt::StringLiterals;

namespace rb {

namespace {

QJsonValue field(const QJsonObject &o, const char *name)
{
    return o.value(QLatin1StringView(name));
}

// Collects GUIDRefs without a sourcedId: the reference cannot be kept, and saying so beats a
// later "no org has the sourcedId ''".
class RefReader
{
public:
    RefReader(const QJsonObject &record, QStringList *problems)
        : m_record(record)
        , m_problems(problems)
    {
    }
    QByteArray one(const char *name)
    {
        return check(name, RestJson::refId(field(m_record, name), &m_missing));
    }
    QByteArray many(const char *name)
    {
        return check(name, RestJson::refList(field(m_record, name), &m_missing));
    }

private:
    QByteArray check(const char *name, QByteArray id)
    {
        if (m_missing) {
            m_problems->append(RestRecordConverter::tr("%1: a reference has no sourcedId")
                                   .arg(QLatin1StringView(name)));
            m_missing = false;
        }
        return id;
    }
    const QJsonObject &m_record;
    QStringList *m_problems;
    bool m_missing = false;
};

QByteArray str(const QJsonObject &o, const char *name)
{
    return RestJson::text(field(o, name));
}

// 1.2 renamed the preferred names in JSON only; the CSV binding kept other names.
QByteArray either(const QJsonObject &o, const char *first, const char *second)
{
    const QByteArray v = str(o, first);
    return v.isEmpty() ? str(o, second) : v;
}

} // namespace

RestRecordConverter::RestRecordConverter(OneRosterVersion version)
    : m_version(version)
{
}

QStringList RestRecordConverter::filesFor(RestCollection collection) const
{
    const QString file = restCollectionInfo(collection).fileName;
    if (collection == RestCollection::Users && m_version == OneRosterVersion::V1_2)
        return {file, u"roles.csv"_s};
    return {file};
}

ConvertedRecord RestRecordConverter::convert(RestCollection collection, const QJsonObject &r) const
{
    ConvertedRecord out;
    RefReader ref(r, &out.problems);
    const QByteArray id = str(r, "sourcedId").trimmed();
    switch (collection) {
    case RestCollection::Orgs:
        out.row = {id,
                   str(r, "status"),
                   str(r, "dateLastModified"),
                   str(r, "name"),
                   str(r, "type"),
                   str(r, "identifier"),
                   ref.one("parent")};
        break;
    case RestCollection::AcademicSessions:
        out.row = {id, str(r, "status"), str(r, "dateLastModified"), str(r, "title"),
                   str(r, "type"), RestJson::date(field(r, "startDate")),
                   RestJson::date(field(r, "endDate")), ref.one("parent"),
                   // A year in 1.1 and 1.2; a few 1.1 servers send a GUIDRef instead.
                   field(r, "schoolYear").isObject() ? ref.one("schoolYear")
                                                     : str(r, "schoolYear")};
        break;
    case RestCollection::Courses:
        out.row = {id,
                   str(r, "status"),
                   str(r, "dateLastModified"),
                   ref.one("schoolYear"),
                   str(r, "title"),
                   str(r, "courseCode"),
                   RestJson::list(field(r, "grades")),
                   ref.one("org"),
                   RestJson::list(field(r, "subjects")),
                   RestJson::list(field(r, "subjectCodes"))};
        break;
    case RestCollection::Classes:
        out.row = {id,
                   str(r, "status"),
                   str(r, "dateLastModified"),
                   str(r, "title"),
                   RestJson::list(field(r, "grades")),
                   ref.one("course"),
                   str(r, "classCode"),
                   str(r, "classType"),
                   str(r, "location"),
                   ref.one("school"),
                   ref.many("terms"),
                   RestJson::list(field(r, "subjects")),
                   RestJson::list(field(r, "subjectCodes")),
                   RestJson::list(field(r, "periods"))};
        break;
    case RestCollection::Enrollments:
        out.row = {id,
                   str(r, "status"),
                   str(r, "dateLastModified"),
                   ref.one("class"),
                   ref.one("school"),
                   ref.one("user"),
                   str(r, "role"),
                   RestJson::boolean(field(r, "primary")),
                   RestJson::date(field(r, "beginDate")),
                   RestJson::date(field(r, "endDate"))};
        break;
    case RestCollection::Users:
        convertUser(r, &out);
        break;
    }
    return out;
}

void RestRecordConverter::convertUser(const QJsonObject &r, ConvertedRecord *out) const
{
    RefReader ref(r, &out->problems);
    const QByteArray id = str(r, "sourcedId").trimmed();
    const QJsonArray roles = field(r, "roles").toArray();
    QByteArray primaryOrg = ref.one("primaryOrg");

    // The role as 1.1 has it: the field itself, else (a server mixing the versions) the first
    // primary entry of roles[].
    QByteArray role = str(r, "role");
    QByteArray orgs = ref.many("orgs");
    if (role.isEmpty() && !roles.isEmpty()) {
        QJsonObject chosen = roles.first().toObject();
        for (const QJsonValue v : roles) {
            if (RestJson::text(v.toObject().value(QLatin1StringView("roleType"))) == "primary") {
                chosen = v.toObject();
                break;
            }
        }
        role = RestJson::text(chosen.value(QLatin1StringView("role")));
    }
    if (orgs.isEmpty() && !roles.isEmpty()) {
        QByteArrayList ids;
        if (!primaryOrg.isEmpty())
            ids.append(primaryOrg);
        for (const QJsonValue v : roles) {
            RefReader roleRef(v.toObject(), &out->problems);
            const QByteArray org = roleRef.one("org");
            if (!org.isEmpty() && !ids.contains(org))
                ids.append(org);
        }
        orgs = ids.join(',');
    }

    // Passwords are not used by the mapping and are never written to disk.
    const QByteArray password;
    if (m_version == OneRosterVersion::V1_1) {
        out->row = {id,
                    str(r, "status"),
                    str(r, "dateLastModified"),
                    RestJson::boolean(field(r, "enabledUser")),
                    orgs,
                    role,
                    str(r, "username"),
                    RestJson::userIds(field(r, "userIds")),
                    str(r, "givenName"),
                    str(r, "familyName"),
                    str(r, "middleName"),
                    str(r, "identifier"),
                    str(r, "email"),
                    str(r, "sms"),
                    str(r, "phone"),
                    ref.many("agents"),
                    RestJson::list(field(r, "grades")),
                    password};
        return;
    }

    out->row = {id,
                str(r, "status"),
                str(r, "dateLastModified"),
                RestJson::boolean(field(r, "enabledUser")),
                str(r, "username"),
                RestJson::userIds(field(r, "userIds")),
                str(r, "givenName"),
                str(r, "familyName"),
                str(r, "middleName"),
                str(r, "identifier"),
                str(r, "email"),
                str(r, "sms"),
                str(r, "phone"),
                ref.many("agents"),
                RestJson::list(field(r, "grades")),
                password,
                str(r, "userMasterIdentifier"),
                ref.many("resources"),
                either(r, "preferredFirstName", "preferredGivenName"),
                str(r, "preferredMiddleName"),
                either(r, "preferredLastName", "preferredFamilyName"),
                primaryOrg,
                str(r, "pronouns")};

    // roles.csv needs a sourcedId per row; REST roles have none, so one is derived from the
    // user's id and the role's position, which is stable for the same response.
    int n = 0;
    for (const QJsonValue v : roles) {
        const QJsonObject o = v.toObject();
        RefReader roleRef(o, &out->problems);
        const QJsonValue profile = o.value(QLatin1StringView("userProfile"));
        ++n;
        out->roles.append(
            {id + "-role-" + QByteArray::number(n), QByteArray(), QByteArray(), id,
             str(o, "roleType"), str(o, "role"),
             RestJson::date(o.value(QLatin1StringView("beginDate"))),
             RestJson::date(o.value(QLatin1StringView("endDate"))), roleRef.one("org"),
             profile.isObject() ? roleRef.one("userProfile") : str(o, "userProfile")});
    }
    // A server that answers 1.2 requests in the 1.1 shape: one role per org, the first primary.
    if (roles.isEmpty() && !role.isEmpty()) {
        QByteArrayList orgIds = orgs.split(',');
        if (!primaryOrg.isEmpty() && !orgIds.contains(primaryOrg))
            orgIds.prepend(primaryOrg);
        for (const QByteArray &org : std::as_const(orgIds)) {
            if (org.isEmpty())
                continue;
            ++n;
            out->roles.append(
                {id + "-role-" + QByteArray::number(n), QByteArray(), QByteArray(), id,
                 n == 1 ? QByteArrayLiteral("primary") : QByteArrayLiteral("secondary"), role,
                 QByteArray(), QByteArray(), org, QByteArray()});
        }
    }
}

} // namespace rb
