#pragma once

// A small district in OneRoster REST JSON, 1.1 or 1.2 shape, for tests of the REST source.

#include "oneroster/rest/RestCollection.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QString>

namespace rb::test {

inline QJsonObject guidRef(const QString &id, const QString &type)
{
    // Relative hrefs as Aeries sends them; only sourcedId may be used.
    return QJsonObject{{QStringLiteral("href"), QString(QStringLiteral("~/ims/oneroster/v1p1/") +
                                                        type + QStringLiteral("s/") + id)},
                       {QStringLiteral("sourcedId"), id},
                       {QStringLiteral("type"), type}};
}

// students: how many students (each enrolled in class k1, and every other one in k2 too).
inline QJsonArray districtRecords(RestCollection collection, OneRosterVersion version,
                                  int students = 5)
{
    using namespace Qt::StringLiterals;
    using S = QString;
    const bool v12 = version == OneRosterVersion::V1_2;
    QJsonArray out;
    switch (collection) {
    case RestCollection::Orgs:
        out.append(QJsonObject{{u"sourcedId"_s, u"d1"_s},
                               {u"status"_s, u"active"_s},
                               {u"name"_s, u"Unified District"_s},
                               {u"type"_s, u"district"_s},
                               {u"identifier"_s, QJsonValue()}});
        for (const S &id : {u"s1"_s, u"s2"_s})
            out.append(QJsonObject{{u"sourcedId"_s, id},
                                   {u"status"_s, u"active"_s},
                                   {u"name"_s, QString(u"School "_s + id)},
                                   {u"type"_s, u"school"_s},
                                   {u"identifier"_s, id.toUpper()},
                                   {u"parent"_s, guidRef(u"d1"_s, u"org"_s)}});
        break;
    case RestCollection::AcademicSessions:
        out.append(QJsonObject{{u"sourcedId"_s, u"y1"_s},
                               {u"status"_s, u"active"_s},
                               {u"title"_s, u"2024-2025"_s},
                               {u"type"_s, u"schoolYear"_s},
                               {u"startDate"_s, u"2024-08-01"_s},
                               {u"endDate"_s, u"2025-06-30"_s},
                               {u"schoolYear"_s, 2025}});
        out.append(QJsonObject{{u"sourcedId"_s, u"t1"_s},
                               {u"status"_s, u"active"_s},
                               {u"title"_s, u"Fall"_s},
                               {u"type"_s, u"term"_s},
                               {u"startDate"_s, u"2024-08-01T00:00:00Z"_s},
                               {u"endDate"_s, u"2024-12-20"_s},
                               {u"parent"_s, guidRef(u"y1"_s, u"academicSession"_s)},
                               {u"schoolYear"_s, u"2025"_s}});
        break;
    case RestCollection::Courses:
        for (int i = 1; i <= 2; ++i)
            out.append(QJsonObject{{u"sourcedId"_s, u"c%1"_s.arg(i)},
                                   {u"status"_s, u"active"_s},
                                   {u"title"_s, u"Course %1"_s.arg(i)},
                                   {u"courseCode"_s, u"C%1"_s.arg(i)},
                                   {u"grades"_s, QJsonArray{u"09"_s, u"10"_s}},
                                   {u"org"_s, guidRef(u"s%1"_s.arg(i), u"org"_s)},
                                   {u"schoolYear"_s, guidRef(u"y1"_s, u"academicSession"_s)}});
        break;
    case RestCollection::Classes:
        for (int i = 1; i <= 2; ++i)
            out.append(QJsonObject{{u"sourcedId"_s, u"k%1"_s.arg(i)},
                                   {u"status"_s, u"active"_s},
                                   {u"title"_s, u"Class, \"%1\""_s.arg(i)},
                                   {u"classCode"_s, u"K%1"_s.arg(i)},
                                   {u"classType"_s, u"scheduled"_s},
                                   {u"location"_s, QJsonValue()},
                                   {u"course"_s, guidRef(u"c%1"_s.arg(i), u"course"_s)},
                                   {u"school"_s, guidRef(u"s%1"_s.arg(i), u"org"_s)},
                                   {u"terms"_s, QJsonArray{guidRef(u"t1"_s, u"academicSession"_s)}},
                                   {u"periods"_s, QJsonArray{u"1"_s, u"2"_s}}});
        break;
    case RestCollection::Users: {
        auto user = [&](const S &id, const S &role, const S &school) {
            QJsonObject u{{u"sourcedId"_s, id},
                          {u"status"_s, u"active"_s},
                          {u"enabledUser"_s, v12 ? QJsonValue(u"true"_s) : QJsonValue(true)},
                          {u"username"_s, QString(id + u"@example.org"_s)},
                          {u"givenName"_s, QString(u"Given "_s + id)},
                          {u"familyName"_s, QString(u"Family "_s + id)},
                          {u"middleName"_s, QJsonValue()},
                          {u"identifier"_s, id.toUpper()},
                          {u"email"_s, QString(id + u"@example.org"_s)},
                          {u"grades"_s, role == u"student" ? QJsonArray{u"09"_s} : QJsonArray{}},
                          {u"password"_s, QString(u"pw-"_s + id)}};
            if (v12) {
                u.insert(u"roles"_s,
                         QJsonArray{QJsonObject{{u"roleType"_s, u"primary"_s},
                                                {u"role"_s, role},
                                                {u"org"_s, guidRef(school, u"org"_s)}}});
                u.insert(u"primaryOrg"_s, guidRef(school, u"org"_s));
            } else {
                u.insert(u"role"_s, role);
                u.insert(u"orgs"_s, QJsonArray{guidRef(school, u"org"_s)});
            }
            return u;
        };
        out.append(user(u"tch1"_s, u"teacher"_s, u"s1"_s));
        out.append(user(u"tch2"_s, u"teacher"_s, u"s2"_s));
        for (int i = 1; i <= students; ++i)
            out.append(user(u"st%1"_s.arg(i), u"student"_s, i % 2 ? u"s1"_s : u"s2"_s));
        break;
    }
    case RestCollection::Enrollments: {
        auto enrollment = [](const S &id, const S &cls, const S &school, const S &user,
                             const S &role) {
            return QJsonObject{
                {u"sourcedId"_s, id},
                {u"status"_s, u"active"_s},
                {u"class"_s, guidRef(cls, u"class"_s)},
                {u"school"_s, guidRef(school, u"org"_s)},
                {u"user"_s, guidRef(user, u"user"_s)},
                {u"role"_s, role},
                {u"primary"_s, role == u"teacher" ? QJsonValue(u"true"_s) : QJsonValue(false)}};
        };
        out.append(enrollment(u"e-t1"_s, u"k1"_s, u"s1"_s, u"tch1"_s, u"teacher"_s));
        out.append(enrollment(u"e-t2"_s, u"k2"_s, u"s2"_s, u"tch2"_s, u"teacher"_s));
        for (int i = 1; i <= students; ++i) {
            const S cls = i % 2 ? u"k1"_s : u"k2"_s;
            const S school = i % 2 ? u"s1"_s : u"s2"_s;
            out.append(enrollment(u"e%1"_s.arg(i), cls, school, u"st%1"_s.arg(i), u"student"_s));
        }
        break;
    }
    }
    return out;
}

} // namespace rb::test
