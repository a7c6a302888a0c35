#pragma once

#include "DecisionTrail.h"
#include "FilterSettings.h"
#include "RoleResolver.h"
#include "TermCalendar.h"
#include "oneroster/OneRosterCsvLoader.h"
#include "roster/RosterStore.h"

#include <QHash>
#include <QJsonObject>

#include <vector>

namespace rb {

// The outcome of applying a profile's filters to a roster: which schools, courses, classes and
// people are kept, each class's instructors in order, and the student enrollments. The rules
// are written down in docs/mapping.md; keep the two in step.
class RosterSelection
{
    Q_DECLARE_TR_FUNCTIONS(rb::RosterSelection)
public:
    struct Instructor
    {
        quint32 cls, user, order;
        bool primary;
    };
    struct Enrollment
    {
        quint32 cls, user, order;
        TextRef rosterId; // in rosterIds
    };

    // maxInstructors: teachers kept per class, the primary ones first (the receiving
    // system's limit).
    RosterSelection(const RosterStore &store, const FilterSettings &filters, int maxInstructors);

    // Applies the filters, streaming enrollments from the loader. False when an error
    // (unknown role, unknown school in the filters, a broken enrollments file) stops the run.
    bool select(OneRosterCsvLoader &loader, Findings *findings);

    // Active records in the export, whatever the filters: a package whose file is empty while
    // the export holds active ones must not be delivered.
    struct ActiveInExport
    {
        qint64 classes = 0, students = 0, staff = 0, rosters = 0;
    };
    ActiveInExport activeInExport() const { return m_activeInExport; }

    QDate runDate() const { return m_runDate; }
    bool schoolKept(quint32 org) const { return org != kNone && m_schoolKept[org]; }
    bool classKept(quint32 cls) const { return m_classKept[cls]; }
    bool courseKept(quint32 course) const { return m_courseLocation[course] != kNone; }
    quint32 classSchool(quint32 cls) const { return m_classSchool[cls]; }
    quint32 courseLocation(quint32 course) const { return m_courseLocation[course]; }
    PersonKind personKind(quint32 user) const { return PersonKind(m_personKind[user]); }
    // The user's kept schools, primary first, without repeats.
    void locationsOf(quint32 user, std::vector<quint32> *out) const;

    // Sorted by class, then primary teachers first, then file order; at most 15 per class.
    const std::vector<Instructor> &instructors() const { return m_instructors; }
    // Sorted by class, then file order; one per (class, student).
    const std::vector<Enrollment> &enrollments() const { return m_enrollments; }
    const StringArena &rosterIds() const { return m_rosterIds; }

    QJsonObject stats() const { return m_stats; }
    // Every record the filters left out or changed, and why.
    const DecisionTrail &trail() const { return m_trail; }

private:
    bool statusOk(const StatusChoice &choice, RecordStatus status) const;
    bool selectSchools(Findings *findings);
    void selectClasses();
    bool classifyPeople(Findings *findings);
    void setLocations(quint32 user, const std::vector<quint32> &schools);
    bool streamEnrollments(OneRosterCsvLoader &loader, Findings *findings);
    bool enrollmentInDates(const EnrollmentRow &row) const;
    void placeStaffByClasses(Findings *findings);
    void applyActivityRules();
    void finishInstructors(Findings *findings);
    void finishEnrollments();
    void selectCourses();
    void countStats();

    const RosterStore &m_store;
    const FilterSettings &m_filters;
    QDate m_runDate;
    std::vector<bool> m_schoolKept;
    std::vector<bool> m_classKept;
    std::vector<quint32> m_classSchool;
    std::vector<quint32> m_courseLocation;
    std::vector<quint8> m_personKind;
    std::vector<bool> m_teacher;     // holds a current teacher role
    std::vector<quint32> m_locStart; // per user, into m_locations
    std::vector<quint16> m_locCount;
    std::vector<quint32> m_locations; // school org indexes
    // Staff with no school among their orgs: the schools of the classes they teach, in order.
    QHash<quint32, std::vector<quint32>> m_teachingSchools;
    TermCalendar m_calendar;
    bool m_haveCalendar = false;
    ActiveInExport m_activeInExport;
    int m_maxInstructors;
    qint64 m_excludedClasses = 0;
    qint64 m_excludedPeople = 0;
    qint64 m_enrollmentsOutOfDates = 0;
    std::vector<Instructor> m_instructors;
    std::vector<Enrollment> m_enrollments;
    StringArena m_rosterIds;
    QJsonObject m_stats;
    qint64 m_skippedEnrollments = 0;
    DecisionTrail m_trail;
};

} // namespace rb
