#include "OneRosterFiles.h"

using namespace Qt::StringLiterals;

namespace rb {

QByteArrayList OneRosterFiles::header(const QString &fileName, OneRosterVersion version)
{
    const bool v12 = version == OneRosterVersion::V1_2;
    if (fileName == u"manifest.csv")
        return {"propertyName", "value"};
    if (fileName == u"orgs.csv")
        return {"sourcedId", "status",     "dateLastModified", "name",
                "type",      "identifier", "parentSourcedId"};
    if (fileName == u"academicSessions.csv")
        return {"sourcedId", "status",  "dateLastModified", "title",     "type",
                "startDate", "endDate", "parentSourcedId",  "schoolYear"};
    if (fileName == u"courses.csv")
        return {"sourcedId", "status",      "dateLastModified", "schoolYearSourcedId",
                "title",     "courseCode",  "grades",           "orgSourcedId",
                "subjects",  "subjectCodes"};
    if (fileName == u"classes.csv")
        return {"sourcedId",       "status",    "dateLastModified", "title",    "grades",
                "courseSourcedId", "classCode", "classType",        "location", "schoolSourcedId",
                "termSourcedIds",  "subjects",  "subjectCodes",     "periods"};
    if (fileName == u"enrollments.csv")
        return {"sourcedId",     "status", "dateLastModified", "classSourcedId", "schoolSourcedId",
                "userSourcedId", "role",   "primary",          "beginDate",      "endDate"};
    if (fileName == u"users.csv" && !v12)
        return {"sourcedId",       "status",        "dateLastModified",
                "enabledUser",     "orgSourcedIds", "role",
                "username",        "userIds",       "givenName",
                "familyName",      "middleName",    "identifier",
                "email",           "sms",           "phone",
                "agentSourcedIds", "grades",        "password"};
    if (fileName == u"users.csv")
        return {"sourcedId",
                "status",
                "dateLastModified",
                "enabledUser",
                "username",
                "userIds",
                "givenName",
                "familyName",
                "middleName",
                "identifier",
                "email",
                "sms",
                "phone",
                "agentSourcedIds",
                "grades",
                "password",
                "userMasterIdentifier",
                "resourceSourcedIds",
                "preferredGivenName",
                "preferredMiddleName",
                "preferredFamilyName",
                "primaryOrgSourcedId",
                "pronouns"};
    if (fileName == u"roles.csv" && v12)
        return {
            "sourcedId", "status",    "dateLastModified", "userSourcedId", "roleType",
            "role",      "beginDate", "endDate",          "orgSourcedId",  "userProfileSourcedId"};
    return {};
}

QStringList OneRosterFiles::manifestFiles(OneRosterVersion version)
{
    if (version == OneRosterVersion::V1_1)
        return {u"academicSessions"_s,
                u"categories"_s,
                u"classes"_s,
                u"classResources"_s,
                u"courses"_s,
                u"courseResources"_s,
                u"demographics"_s,
                u"enrollments"_s,
                u"lineItems"_s,
                u"orgs"_s,
                u"resources"_s,
                u"results"_s,
                u"users"_s};
    return {u"academicSessions"_s,
            u"categories"_s,
            u"classes"_s,
            u"classResources"_s,
            u"courses"_s,
            u"courseResources"_s,
            u"demographics"_s,
            u"enrollments"_s,
            u"lineItemLearningObjectiveIds"_s,
            u"lineItems"_s,
            u"lineItemScoreScales"_s,
            u"orgs"_s,
            u"resources"_s,
            u"resultLearningObjectiveIds"_s,
            u"results"_s,
            u"resultScoreScales"_s,
            u"roles"_s,
            u"scoreScales"_s,
            u"userProfiles"_s,
            u"userResources"_s,
            u"users"_s};
}

QByteArray OneRosterFiles::versionText(OneRosterVersion version)
{
    return version == OneRosterVersion::V1_1 ? QByteArrayLiteral("1.1") : QByteArrayLiteral("1.2");
}

} // namespace rb
