#include "OneRosterCsvLoader.h"

#include "OneRosterFile.h"
#include "RoleFamily.h"

#include "common/Hashing.h"

#include <QLoggingCategory>

#include <algorithm>

namespace rb {

Q_LOGGING_CATEGORY(lcLoader, "rosterbridge.oneroster.loader")

namespace {
const QString kOrgs = QStringLiteral("orgs.csv");
const QString kSessions = QStringLiteral("academicSessions.csv");
const QString kCourses = QStringLiteral("courses.csv");
const QString kClasses = QStringLiteral("classes.csv");
const QString kUsers = QStringLiteral("users.csv");
const QString kRoles = QStringLiteral("roles.csv");
const QString kEnrollments = QStringLiteral("enrollments.csv");

// Adds an entity's id to its index; reports a duplicate against the first occurrence.
template<typename Records>
bool registerId(OneRosterFile &file, IdIndex &index, Records &records, TextRef id)
{
    const auto idx = quint32(records.size() - 1);
    const quint32 existing = index.insert(id, idx);
    if (existing != idx) {
        file.error("sourcedId",
                   OneRosterCsvLoader::tr("duplicate sourcedId; it is first used on line %1")
                       .arg(records[existing].line),
                   QStringLiteral("id.duplicate"));
        records.pop_back();
        return false;
    }
    return true;
}
} // namespace

OneRosterCsvLoader::OneRosterCsvLoader(const OneRosterSource &source, RosterStore *store,
                                       Findings *findings)
    : m_source(source)
    , m_store(store)
    , m_findings(findings)
{
}

bool OneRosterCsvLoader::checkFile(const QString &fileName, bool required)
{
    const FileMode mode = m_source.mode(fileName);
    const bool present = m_source.contains(fileName);
    if (mode == FileMode::Delta) {
        m_findings->error(fileName, 0, {},
                          tr("the manifest marks this file as a delta, which holds only changes; "
                             "Apple School Manager needs the complete set every time, so export "
                             "in bulk mode"),
                          QStringLiteral("file.delta"));
        return false;
    }
    if (!present) {
        if (required)
            m_findings->error(fileName, 0, {},
                              mode == FileMode::Bulk
                                  ? tr("the manifest lists this file but it is not in the export")
                                  : tr("this file is required but is not in the export"),
                              QStringLiteral("file.missing"));
        return false;
    }
    if (m_source.hasManifest() && mode == FileMode::Absent)
        m_findings->warning(fileName, 0, {},
                            tr("the manifest marks this file as absent, but it is present; it "
                               "is read anyway"),
                            QStringLiteral("manifest.absent.present"));
    return true;
}

bool OneRosterCsvLoader::loadEntities(bool needTerms)
{
    const bool v12 = m_source.version() == OneRosterVersion::V1_2;
    bool ok = true;
    // Check every required file up front so one run reports all that is missing.
    for (const QString &file : {kOrgs, kCourses, kClasses, kUsers, kEnrollments})
        ok = checkFile(file, true) && ok;
    if (v12)
        ok = checkFile(kRoles, true) && ok;
    m_haveSessions = checkFile(kSessions, needTerms);
    if (needTerms && !m_haveSessions)
        ok = false;
    if (!ok)
        return false;

    ok = loadOrgs();
    if (m_haveSessions)
        ok = loadSessions() && ok;
    ok = loadCourses() && ok;
    ok = loadClasses() && ok;
    ok = loadUsers() && ok;
    if (v12)
        ok = loadRoles() && ok;
    if (m_store->arena.overflowed()) {
        m_findings->error({}, 0, {},
                          tr("the export holds more than 4 GiB of text (names, ids, titles), "
                             "more than RosterBridge can hold; check that it is the district's "
                             "export and not something much larger"),
                          QStringLiteral("export.tooLarge"));
        ok = false;
    }
    qCInfo(lcLoader) << "loaded" << m_store->orgs.size() << "orgs" << m_store->sessions.size()
                     << "sessions" << m_store->courses.size() << "courses"
                     << m_store->classes.size() << "classes" << m_store->users.size() << "users;"
                     << m_store->memoryBytes() / (1024 * 1024) << "MiB";
    return ok && !m_findings->hasErrors();
}

bool OneRosterCsvLoader::loadOrgs()
{
    OneRosterFile file(m_source, kOrgs, m_findings);
    if (!file.open({"sourcedId", "name", "type"}))
        return false;
    const auto cId = file.column("sourcedId"), cStatus = file.column("status"),
               cName = file.column("name"), cType = file.column("type"),
               cIdent = file.column("identifier"), cParent = file.column("parentSourcedId");
    StringArena &a = m_store->arena;
    while (file.next()) {
        OrgRecord o;
        o.line = quint32(file.line());
        o.id = a.add(file.required(cId, "sourcedId"));
        o.name = a.add(file.value(cName));
        const QByteArrayView type = file.value(cType);
        o.type = a.add(type);
        o.isSchool = type.compare("school", Qt::CaseInsensitive) == 0;
        o.identifier = a.add(file.value(cIdent));
        o.parentId = a.add(file.value(cParent));
        file.status(cStatus, &o.status);
        if (file.rowHasError())
            continue;
        m_store->orgs.push_back(o);
        registerId(file, m_store->orgIndex, m_store->orgs, o.id);
    }
    if (!file.finish())
        return false;
    qint64 missingParents = 0;
    for (OrgRecord &o : m_store->orgs) {
        if (o.parentId.isEmpty())
            continue;
        o.parent = m_store->orgIndex.find(m_store->text(o.parentId));
        if (o.parent == kNone) {
            ++missingParents;
            m_findings->warning(kOrgs, o.line, QStringLiteral("parentSourcedId"),
                                tr("no org has the sourcedId \"%1\"; the org is read without "
                                   "its parent")
                                    .arg(m_store->string(o.parentId)),
                                QStringLiteral("ref.missing"));
        }
    }
    m_danglingRows[kOrgs] += missingParents;
    return checkDangling(kOrgs, file.rows());
}

bool OneRosterCsvLoader::loadSessions()
{
    OneRosterFile file(m_source, kSessions, m_findings);
    if (!file.open({"sourcedId", "title", "type", "startDate", "endDate"}))
        return false;
    const auto cId = file.column("sourcedId"), cStatus = file.column("status"),
               cTitle = file.column("title"), cType = file.column("type"),
               cStart = file.column("startDate"), cEnd = file.column("endDate");
    StringArena &a = m_store->arena;
    while (file.next()) {
        SessionRecord s;
        s.line = quint32(file.line());
        s.id = a.add(file.required(cId, "sourcedId"));
        s.title = a.add(file.value(cTitle));
        s.type = a.add(file.value(cType));
        file.status(cStatus, &s.status);
        file.date(cStart, "startDate", true, &s.startDate);
        file.date(cEnd, "endDate", true, &s.endDate);
        if (!file.rowHasError() && s.endDate < s.startDate)
            file.error("endDate", tr("the end date is before the start date"),
                       QStringLiteral("value.daterange"));
        if (file.rowHasError())
            continue;
        m_store->sessions.push_back(s);
        registerId(file, m_store->sessionIndex, m_store->sessions, s.id);
    }
    return file.finish();
}

bool OneRosterCsvLoader::loadCourses()
{
    OneRosterFile file(m_source, kCourses, m_findings);
    if (!file.open({"sourcedId", "title", "orgSourcedId"}))
        return false;
    const auto cId = file.column("sourcedId"), cStatus = file.column("status"),
               cTitle = file.column("title"), cCode = file.column("courseCode"),
               cOrg = file.column("orgSourcedId");
    StringArena &a = m_store->arena;
    while (file.next()) {
        CourseRecord c;
        c.line = quint32(file.line());
        c.id = a.add(file.required(cId, "sourcedId"));
        c.title = a.add(file.value(cTitle));
        c.courseCode = a.add(file.value(cCode));
        file.status(cStatus, &c.status);
        const QByteArrayView org = file.required(cOrg, "orgSourcedId");
        if (!org.isEmpty() && (c.org = m_store->orgIndex.find(org)) == kNone) {
            dangling(file, "orgSourcedId",
                     tr("no org has the sourcedId \"%1\"; the course is skipped")
                         .arg(QString::fromUtf8(org)));
            m_skippedCourses.insert(hash64(m_store->text(c.id)));
            continue;
        }
        if (file.rowHasError())
            continue;
        m_store->courses.push_back(c);
        registerId(file, m_store->courseIndex, m_store->courses, c.id);
    }
    return file.finish() && checkDangling(kCourses, file.rows());
}

bool OneRosterCsvLoader::loadClasses()
{
    OneRosterFile file(m_source, kClasses, m_findings);
    if (!file.open({"sourcedId", "title", "courseSourcedId", "schoolSourcedId", "termSourcedIds"}))
        return false;
    const auto cId = file.column("sourcedId"), cStatus = file.column("status"),
               cTitle = file.column("title"), cCode = file.column("classCode"),
               cCourse = file.column("courseSourcedId"), cSchool = file.column("schoolSourcedId"),
               cTerms = file.column("termSourcedIds");
    RosterStore &s = *m_store;
    while (file.next()) {
        ClassRecord c;
        c.line = quint32(file.line());
        c.id = s.arena.add(file.required(cId, "sourcedId"));
        c.title = s.arena.add(file.value(cTitle));
        c.classCode = s.arena.add(file.value(cCode));
        file.status(cStatus, &c.status);
        const QByteArrayView course = file.required(cCourse, "courseSourcedId");
        const QByteArrayView school = file.required(cSchool, "schoolSourcedId");
        QString missing;
        const char *missingField = nullptr;
        bool quiet = false; // its course was skipped already, and counted there
        if (!course.isEmpty() && (c.course = s.courseIndex.find(course)) == kNone) {
            quiet = m_skippedCourses.contains(hash64(course));
            missingField = "courseSourcedId";
            missing = tr("no course has the sourcedId \"%1\"").arg(QString::fromUtf8(course));
        } else if (!school.isEmpty() && (c.school = s.orgIndex.find(school)) == kNone) {
            missingField = "schoolSourcedId";
            missing = tr("no org has the sourcedId \"%1\"").arg(QString::fromUtf8(school));
        }
        c.firstTerm = quint32(s.classTerms.size());
        if (m_haveSessions && !missingField) {
            forEachListItem(file.value(cTerms), [&](QByteArrayView term) {
                const quint32 t = s.sessionIndex.find(term);
                if (t != kNone) {
                    s.classTerms.push_back(t);
                } else if (!missingField) {
                    // Without the term its calendar is unknown: never guess it is current.
                    missingField = "termSourcedIds";
                    missing = tr("no academic session has the sourcedId \"%1\"")
                                  .arg(QString::fromUtf8(term));
                }
            });
        }
        c.termCount = quint16(std::min<size_t>(s.classTerms.size() - c.firstTerm, 0xFFFF));
        if (missingField || file.rowHasError()) {
            s.classTerms.resize(c.firstTerm);
            if (missingField && !file.rowHasError()) {
                if (!quiet)
                    dangling(file, missingField, tr("%1; the class is skipped").arg(missing));
                m_skippedClasses.insert(hash64(s.arena.view(c.id)));
            }
            continue;
        }
        s.classes.push_back(c);
        if (!registerId(file, s.classIndex, s.classes, c.id))
            s.classTerms.resize(c.firstTerm);
    }
    return file.finish() && checkDangling(kClasses, file.rows());
}

bool OneRosterCsvLoader::loadUsers()
{
    const bool v12 = m_source.version() == OneRosterVersion::V1_2;
    OneRosterFile file(m_source, kUsers, m_findings);
    const QByteArrayList required =
        v12 ? QByteArrayList{"sourcedId", "enabledUser", "username", "givenName", "familyName"}
            : QByteArrayList{"sourcedId", "orgSourcedIds", "role",
                             "username",  "givenName",     "familyName"};
    if (!file.open(required))
        return false;
    const auto cId = file.column("sourcedId"), cStatus = file.column("status"),
               cEnabled = file.column("enabledUser"), cOrgs = file.column("orgSourcedIds"),
               cRole = file.column("role"), cUsername = file.column("username"),
               cGiven = file.column("givenName"), cFamily = file.column("familyName"),
               cMiddle = file.column("middleName"), cIdent = file.column("identifier"),
               cEmail = file.column("email"), cGrades = file.column("grades"),
               cPrimaryOrg = file.column("primaryOrgSourcedId"), cUserIds = file.column("userIds");
    RosterStore &s = *m_store;
    while (file.next()) {
        // 1.1 names the role in the row: a family role's row is never sent.
        const bool family = !v12 && roleFamily(QString::fromUtf8(file.value(cRole)).toLower()) ==
                                        RoleFamily::Family;
        // 1.2 keeps roles in roles.csv: whether the user is sent is known only later.
        if (family || v12)
            file.holdRow();
        UserRecord u;
        u.line = quint32(file.line());
        u.id = s.arena.add(file.required(cId, "sourcedId"));
        u.username = s.arena.add(file.value(cUsername));
        u.givenName = s.arena.add(file.value(cGiven));
        u.familyName = s.arena.add(file.value(cFamily));
        u.middleName = s.arena.add(file.value(cMiddle));
        u.identifier = s.arena.add(file.value(cIdent));
        u.email = s.arena.add(file.value(cEmail));
        u.userIds = s.arena.add(file.value(cUserIds));
        const QByteArrayView grades = file.value(cGrades);
        const qsizetype comma = grades.indexOf(',');
        u.grade = s.arena.add((comma < 0 ? grades : grades.first(comma)).trimmed());
        file.status(cStatus, &u.status);
        file.boolean(cEnabled, "enabledUser", true, &u.enabled);
        u.firstRole = quint32(s.userRoles.size());
        if (v12) {
            const QByteArrayView org = file.value(cPrimaryOrg);
            if (!org.isEmpty() && (u.primaryOrg = s.orgIndex.find(org)) == kNone)
                dangling(file, "primaryOrgSourcedId",
                         tr("no org has the sourcedId \"%1\"; the user is read without a "
                            "primary org")
                             .arg(QString::fromUtf8(org)));
        } else {
            // 1.1: one role, held at each org listed.
            RoleRecord role;
            role.line = u.line;
            role.role = s.roleId(file.required(cRole, "role"));
            role.status = u.status;
            forEachListItem(file.value(cOrgs), [&](QByteArrayView id) {
                const quint32 org = s.orgIndex.find(id);
                if (org == kNone) {
                    dangling(file, "orgSourcedIds",
                             tr("no org has the sourcedId \"%1\"; the user is read without it")
                                 .arg(QString::fromUtf8(id)));
                    return;
                }
                for (size_t k = u.firstRole; k < s.userRoles.size(); ++k) {
                    if (s.userRoles[k].org == org)
                        return;
                }
                role.org = org;
                s.userRoles.push_back(role);
            });
            if (s.userRoles.size() == u.firstRole && !file.rowHasError()) {
                // Guardians are often exported without an org; nobody without one is sent.
                file.warning("orgSourcedIds",
                             tr("the user belongs to no org and is not sent unless they teach "
                                "a class"),
                             QStringLiteral("user.noorg"));
                role.org = kNone;
                s.userRoles.push_back(role);
            }
            u.roleCount = quint16(std::min<size_t>(s.userRoles.size() - u.firstRole, 0xFFFF));
        }
        if (family)
            file.settleRow(false);
        QList<Finding> problems;
        if (v12 && file.rowHasError() && !u.id.isEmpty())
            problems = file.takeHeld(); // read with defaults; RosterSelection settles these
        else if (v12)
            file.settleRow(true);
        if (file.rowHasError() && problems.isEmpty()) {
            s.userRoles.resize(u.firstRole);
            continue;
        }
        s.users.push_back(u);
        if (!registerId(file, s.userIndex, s.users, u.id)) {
            s.userRoles.resize(u.firstRole);
            continue;
        }
        for (Finding &f : problems)
            s.userProblems.emplace_back(quint32(s.users.size() - 1), std::move(f));
    }
    return file.finish() && checkDangling(kUsers, file.rows());
}

bool OneRosterCsvLoader::loadRoles()
{
    struct RoleRow
    {
        quint32 user;
        RoleRecord role;
    };
    std::vector<RoleRow> rows;
    OneRosterFile file(m_source, kRoles, m_findings);
    if (!file.open({"userSourcedId", "roleType", "role", "orgSourcedId"}))
        return false;
    const auto cStatus = file.column("status"), cUser = file.column("userSourcedId"),
               cType = file.column("roleType"), cRole = file.column("role"),
               cOrg = file.column("orgSourcedId"), cBegin = file.column("beginDate"),
               cEnd = file.column("endDate");
    RosterStore &s = *m_store;
    s.rolesFromRolesFile = true;
    while (file.next()) {
        RoleRow r{kNone, {}};
        r.role.line = quint32(file.line());
        file.status(cStatus, &r.role.status);
        const QByteArrayView user = file.required(cUser, "userSourcedId");
        const QByteArrayView org = file.required(cOrg, "orgSourcedId");
        const QByteArrayView type = file.required(cType, "roleType");
        r.role.primary = type.compare("primary", Qt::CaseInsensitive) == 0;
        if (!r.role.primary && !type.isEmpty() &&
            type.compare("secondary", Qt::CaseInsensitive) != 0)
            file.error("roleType",
                       tr("\"%1\" is not a role type; use primary or secondary")
                           .arg(QString::fromUtf8(type)),
                       QStringLiteral("value.enum"));
        r.role.role = s.roleId(file.required(cRole, "role"));
        file.date(cBegin, "beginDate", false, &r.role.beginDate);
        file.date(cEnd, "endDate", false, &r.role.endDate);
        if (file.rowHasError())
            continue;
        if ((r.user = s.userIndex.find(user)) == kNone) {
            dangling(file, "userSourcedId",
                     tr("no user has the sourcedId \"%1\"; the role is skipped")
                         .arg(QString::fromUtf8(user)));
            continue;
        }
        if ((r.role.org = s.orgIndex.find(org)) == kNone) {
            dangling(file, "orgSourcedId",
                     tr("no org has the sourcedId \"%1\"; the role is skipped")
                         .arg(QString::fromUtf8(org)));
            continue;
        }
        rows.push_back(r);
    }
    if (!file.finish())
        return false;

    // By user, in file order: RosterSelection decides which role counts on the run date.
    std::stable_sort(rows.begin(), rows.end(),
                     [](const RoleRow &a, const RoleRow &b) { return a.user < b.user; });
    s.userRoles.reserve(rows.size());
    size_t i = 0;
    qint64 withoutRole = 0;
    for (quint32 userIdx = 0; userIdx < s.users.size(); ++userIdx) {
        UserRecord &u = s.users[userIdx];
        u.firstRole = quint32(s.userRoles.size());
        for (; i < rows.size() && rows[i].user == userIdx; ++i)
            s.userRoles.push_back(rows[i].role);
        u.roleCount = quint16(std::min<size_t>(s.userRoles.size() - u.firstRole, 0xFFFF));
        s.userRoles.resize(u.firstRole + u.roleCount);
        if (u.roleCount == 0) {
            ++withoutRole;
            m_findings->warning(
                kUsers, u.line, QStringLiteral("sourcedId"),
                tr("the user \"%1\" has no role in roles.csv and is not sent").arg(s.string(u.id)),
                QStringLiteral("ref.norole"));
        }
    }
    // Many users without a role is the sign of a roles.csv cut off half way.
    m_danglingRows[kRoles] += withoutRole;
    return checkDangling(kRoles, std::max<qint64>(file.rows(), qint64(s.users.size())));
}

void OneRosterCsvLoader::dangling(OneRosterFile &file, const char *field, const QString &message)
{
    file.warning(field, message, QStringLiteral("ref.missing"));
    if (file.line() != m_lastDanglingLine) {
        m_lastDanglingLine = file.line();
        ++m_danglingRows[file.fileName()];
    }
}

bool OneRosterCsvLoader::checkDangling(const QString &fileName, qint64 rows)
{
    const qint64 count = m_danglingRows.value(fileName);
    m_lastDanglingLine = -1;
    if (count <= m_danglingLimit.limitFor(rows))
        return true;
    m_findings->error(fileName, 0, {},
                      tr("%1 of %2 rows refer to records that are not in the export, more than "
                         "the limit of %3 (danglingReferences in the filters): the export looks "
                         "cut off, so nothing is sent")
                          .arg(count)
                          .arg(rows)
                          .arg(m_danglingLimit.limitFor(rows)),
                      QStringLiteral("export.cutoff"));
    return false;
}

bool OneRosterCsvLoader::streamEnrollments(const std::function<void(const EnrollmentRow &)> &sink,
                                           const std::function<bool(quint32, quint32)> &wouldSend,
                                           const std::function<void(qint64)> &expectRows)
{
    // Rows read before the size of the file is judged from them.
    constexpr qint64 kSampleRows = 10000;
    OneRosterFile file(m_source, kEnrollments, m_findings);
    if (!file.open({"sourcedId", "classSourcedId", "userSourcedId", "role"}))
        return false;
    const auto cId = file.column("sourcedId"), cStatus = file.column("status"),
               cClass = file.column("classSourcedId"), cUser = file.column("userSourcedId"),
               cRole = file.column("role"), cPrimary = file.column("primary"),
               cBegin = file.column("beginDate"), cEnd = file.column("endDate");
    const RosterStore &s = *m_store;
    EnrollmentRow row;
    while (file.next()) {
        if (file.rows() == kSampleRows && expectRows)
            expectRows(file.estimatedRows());
        file.holdRow();
        row.line = file.line();
        row.id = file.required(cId, "sourcedId");
        const QByteArrayView cls = file.required(cClass, "classSourcedId");
        const QByteArrayView user = file.required(cUser, "userSourcedId");
        const QByteArrayView role = file.required(cRole, "role");
        row.role = role.compare("student", Qt::CaseInsensitive) == 0   ? EnrollmentRole::Student
                   : role.compare("teacher", Qt::CaseInsensitive) == 0 ? EnrollmentRole::Teacher
                                                                       : EnrollmentRole::Other;
        file.boolean(cPrimary, "primary", false, &row.primary);
        file.status(cStatus, &row.status);
        file.date(cBegin, "beginDate", false, &row.beginDate);
        file.date(cEnd, "endDate", false, &row.endDate);
        if (file.rowHasError()) {
            const quint32 c = s.classIndex.find(cls), u = s.userIndex.find(user);
            file.settleRow(c != kNone && u != kNone && (!wouldSend || wouldSend(c, u)));
            continue;
        }
        file.settleRow(true);
        ++m_enrollmentRows;
        if ((row.cls = s.classIndex.find(cls)) == kNone) {
            if (!m_skippedClasses.contains(hash64(cls)))
                dangling(file, "classSourcedId",
                         tr("no class has the sourcedId \"%1\"; the enrollment is skipped")
                             .arg(QString::fromUtf8(cls)));
            continue;
        }
        if ((row.user = s.userIndex.find(user)) == kNone) {
            dangling(file, "userSourcedId",
                     tr("no user has the sourcedId \"%1\"; the enrollment is skipped")
                         .arg(QString::fromUtf8(user)));
            continue;
        }
        sink(row);
    }
    return file.finish() && checkDangling(kEnrollments, file.rows());
}

} // namespace rb
