#pragma once

#include "IdIndex.h"
#include "StringArena.h"
#include "common/Finding.h"

#include <QByteArrayList>
#include <QDate>
#include <QHash>
#include <QMap>

#include <utility>
#include <vector>

namespace rb {

// OneRoster's status: 1.1 dropped "inactive", so a legacy "inactive" is read as ToBeDeleted.
enum class RecordStatus : quint8 { Active, ToBeDeleted };

inline constexpr quint32 kNone = 0xFFFFFFFFu;

struct OrgRecord
{
    TextRef id, name, type, identifier, parentId;
    quint32 parent = kNone; // index of the parent org, resolved after reading
    quint32 line = 0;
    RecordStatus status = RecordStatus::Active;
    bool isSchool = false;
};

struct SessionRecord
{
    TextRef id, title, type;
    QDate startDate, endDate;
    quint32 line = 0;
    RecordStatus status = RecordStatus::Active;
};

struct CourseRecord
{
    TextRef id, title, courseCode;
    quint32 org = kNone;
    quint32 line = 0;
    RecordStatus status = RecordStatus::Active;
};

struct ClassRecord
{
    TextRef id, title, classCode;
    quint32 course = kNone;
    quint32 school = kNone;
    quint32 firstTerm = 0; // range into RosterStore::classTerms
    quint16 termCount = 0;
    quint32 line = 0;
    RecordStatus status = RecordStatus::Active;
};

// One role a user holds at one org: a row of 1.2's roles.csv, or in 1.1 the user's role at
// each org of orgSourcedIds. Which role counts is decided by RosterSelection on the run date.
struct RoleRecord
{
    QDate beginDate, endDate; // invalid: open
    quint32 org = kNone;      // kNone: a role with no org (a guardian with none)
    quint32 line = 0;         // roles.csv line in 1.2, users.csv line in 1.1
    quint16 role = 0;         // index into RosterStore::roleNames
    bool primary = true;      // roleType primary (1.1 has no role types)
    RecordStatus status = RecordStatus::Active;
};

struct UserRecord
{
    TextRef id, username, givenName, familyName, middleName, identifier, email, grade;
    TextRef userIds;            // 1.2 "{type:value},..." as written
    quint32 primaryOrg = kNone; // 1.2 primaryOrgSourcedId
    quint32 firstRole = 0;      // range into RosterStore::userRoles, in file order
    quint16 roleCount = 0;
    bool enabled = true;
    RecordStatus status = RecordStatus::Active;
    quint32 line = 0;
};

// The OneRoster entities one run needs, held compactly: every string in one arena, every
// reference resolved to an index. Enrollments are not stored; they are streamed through the
// mapper because they outnumber everything else by an order of magnitude.
class RosterStore
{
public:
    RosterStore();

    StringArena arena;
    std::vector<OrgRecord> orgs;
    std::vector<SessionRecord> sessions;
    std::vector<CourseRecord> courses;
    std::vector<ClassRecord> classes;
    std::vector<UserRecord> users;
    std::vector<quint32> classTerms;   // session indexes
    std::vector<RoleRecord> userRoles; // by user, see UserRecord::firstRole
    bool rolesFromRolesFile = false;   // 1.2: RoleRecord::line is a roles.csv line
    // 1.2 users.csv value problems, kept until the filters know whether the user is sent: an
    // error then, a warning otherwise (the user's roles are in another file).
    std::vector<std::pair<quint32, Finding>> userProblems;

    IdIndex orgIndex{&arena};
    IdIndex sessionIndex{&arena};
    IdIndex courseIndex{&arena};
    IdIndex classIndex{&arena};
    IdIndex userIndex{&arena};

    // Role names as read (normalised to the standard spelling for known roles).
    QByteArrayList roleNames;
    quint16 roleId(QByteArrayView name);
    // How many users hold each role (any of their roles, whatever its dates), by role name.
    QMap<QByteArray, qint64> roleUserCounts() const;
    bool hasRole(const UserRecord &user, QByteArrayView roleName) const;

    QByteArrayView text(TextRef ref) const { return arena.view(ref); }
    QString string(TextRef ref) const { return QString::fromUtf8(arena.view(ref)); }

    // The school an org belongs to: itself when it is a school, else the nearest school above
    // it (a department inside a school), or kNone.
    quint32 schoolOf(quint32 org) const;

    qsizetype memoryBytes() const;

private:
    QHash<QByteArray, quint16> m_roleIds;
};

} // namespace rb
