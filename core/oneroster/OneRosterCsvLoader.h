#pragma once

#include "DanglingReferenceLimit.h"
#include "OneRosterSource.h"
#include "roster/RosterStore.h"

#include <QSet>

#include <functional>

namespace rb {

class OneRosterFile;

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

    // A row that refers to a record missing from the export is skipped with a warning; more
    // such rows in one file than this limit means the export was cut off, an error.
    void setDanglingReferenceLimit(DanglingReferenceLimit limit) { m_danglingLimit = limit; }

    // needTerms: academicSessions.csv must be present (the active-terms filter needs it).
    bool loadEntities(bool needTerms);
    // wouldSend(class, user): whether a row of that class and user could be sent; a value
    // problem in a row that could not is a warning, not an error. Unset: every row could.
    // expectRows hears once, early, how many rows the file seems to hold (to reserve room).
    bool streamEnrollments(const std::function<void(const EnrollmentRow &)> &sink,
                           const std::function<bool(quint32, quint32)> &wouldSend = {},
                           const std::function<void(qint64)> &expectRows = {});

    qint64 enrollmentRows() const { return m_enrollmentRows; }

private:
    bool checkFile(const QString &fileName, bool required);
    bool loadOrgs();
    bool loadSessions();
    bool loadCourses();
    bool loadClasses();
    bool loadUsers();
    bool loadRoles();
    // Warns about a reference to a missing record in the current row and counts the row once.
    void dangling(OneRosterFile &file, const char *field, const QString &message);
    // After a file: an error when its rows with missing references exceed the limit.
    bool checkDangling(const QString &fileName, qint64 rows);

    const OneRosterSource &m_source;
    RosterStore *m_store;
    Findings *m_findings;
    bool m_haveSessions = false;
    qint64 m_enrollmentRows = 0;
    DanglingReferenceLimit m_danglingLimit;
    QHash<QString, qint64> m_danglingRows;
    qint64 m_lastDanglingLine = -1;
    // Classes skipped for a missing reference: their enrollments are skipped without counting
    // the same gap again.
    QSet<quint64> m_skippedCourses, m_skippedClasses;
};

} // namespace rb
