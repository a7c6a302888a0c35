#pragma once

#include "IdIndex.h"
#include "StringArena.h"

#include <QByteArrayList>
#include <QDate>
#include <QHash>

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

struct UserRecord
{
    TextRef id, username, givenName, familyName, middleName, identifier, email, grade;
    quint32 firstOrg = 0; // range into RosterStore::userOrgs, primary org first
    quint16 orgCount = 0;
    quint16 role = 0; // index into RosterStore::roleNames
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
    std::vector<quint32> classTerms; // session indexes
    std::vector<quint32> userOrgs;   // org indexes

    IdIndex orgIndex{&arena};
    IdIndex sessionIndex{&arena};
    IdIndex courseIndex{&arena};
    IdIndex classIndex{&arena};
    IdIndex userIndex{&arena};

    // Role names as read (normalised to the standard spelling for known roles).
    QByteArrayList roleNames;
    quint16 roleId(QByteArrayView name);

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
