#pragma once

#include "OneRosterSource.h"
#include "roster/RosterStore.h"

#include <functional>

namespace rb {

enum class EnrollmentRole : quint8 { Student, Teacher, Other };

// One row of enrollments.csv, valid only during the callback.
struct EnrollmentRow
{
    QByteArrayView id;
    quint32 cls = kNone;
    quint32 user = kNone;
    EnrollmentRole role = EnrollmentRole::Other;
    bool primary = false;
    RecordStatus status = RecordStatus::Active;
    QDate beginDate, endDate;
    qint64 line = 0;
};

// Reads a OneRoster 1.1 or 1.2 CSV export into a RosterStore: orgs, academic sessions,
// courses, classes and users (with 1.2's roles.csv), then streams the enrollments.
class OneRosterCsvLoader
{
    Q_DECLARE_TR_FUNCTIONS(rb::OneRosterCsvLoader)
public:
    OneRosterCsvLoader(const OneRosterSource &source, RosterStore *store, Findings *findings);

    // needTerms: academicSessions.csv must be present (the active-terms filter needs it).
    bool loadEntities(bool needTerms);
    bool streamEnrollments(const std::function<void(const EnrollmentRow &)> &sink);

    qint64 enrollmentRows() const { return m_enrollmentRows; }

private:
    bool checkFile(const QString &fileName, bool required);
    bool loadOrgs();
    bool loadSessions();
    bool loadCourses();
    bool loadClasses();
    bool loadUsers();
    bool loadRoles();

    const OneRosterSource &m_source;
    RosterStore *m_store;
    Findings *m_findings;
    bool m_haveSessions = false;
    qint64 m_enrollmentRows = 0;
    std::vector<quint32> m_userPrimaryOrg; // 1.2 primaryOrgSourcedId per user
};

} // namespace rb
