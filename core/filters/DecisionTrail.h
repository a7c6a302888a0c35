#pragma once

#include "FilterSettings.h"
#include "roster/RosterStore.h"
#include "roster/StringArena.h"

#include <QByteArray>
#include <QString>

#include <vector>

class QIODevice;

namespace rb {

struct EnrollmentRow;

// What a decision is about.
enum class DecisionSubject : quint8 { School, Course, Class, Person, Enrollment };

// Why the filters left a record out of the package, or sent it changed. Stored by name (see
// decisionCauseName), so the values may be reordered but the names must stay.
enum class DecisionCause : quint8 {
    // Left out.
    SchoolFilter,    // its school is not among the profile's schools
    Status,          // its status is not one the filters send (tobedeleted)
    CourseStatus,    // a class whose course's status is not sent
    RoleRule,        // a person whose current roles all have "leave out" (or are family roles)
    NoCurrentRole,   // a person with no role on the run date
    Exclusion,       // one of the profile's exclusion rules
    TermEnded,       // a class whose terms are not current ("active terms only")
    EnrollmentDates, // an enrollment that ended or has not begun
    EnrollmentRole,  // an enrollment whose role is neither student nor teacher
    RoleMismatch,    // a student enrolled as a teacher, or the other way round
    Inactive,        // "active students/teachers only": disabled or in no class sent
    NoSchool,        // a student of no school sent, or staff who also teach nowhere sent
    NoClass,         // a course none of whose classes are sent, at a school not sent
    // Sent, changed.
    PlacedByClasses, // staff of no school sent, sent with the schools of their classes
    InstructorLimit, // a class with more teachers than Apple takes: the rest are left out
    CourseSchool,    // a district course, sent at the school most of its classes are at
};

QByteArray decisionCauseName(DecisionCause cause);
QByteArray decisionSubjectName(DecisionSubject subject);
// Sent changed rather than left out.
bool decisionKeepsRecord(DecisionCause cause);

// The decisions one run's filters made: every record they left out or changed, never the
// records sent as they are, so the trail grows with what the rules do, not with the district.
// Enrollments left out because their class or person is not sent are not listed one by one:
// their class's or person's decision answers for them.
//
// Recording is cheap (indexes into the store); the text is made once, by write().
class DecisionTrail
{
public:
    // detail: the rule's particulars when only the filters know them (an exclusion pattern,
    // the schools someone was placed at); empty otherwise, and then nothing is allocated.
    void add(DecisionSubject subject, DecisionCause cause, quint32 index, QString detail = {});
    void addEnrollment(DecisionCause cause, const EnrollmentRow &row);

    qsizetype size() const { return qsizetype(m_entries.size()) + qsizetype(m_enrollments.size()); }
    bool isEmpty() const { return size() == 0; }

    // The trail as CSV (header: kColumns): one row per decision, with the rule in "detail"
    // and the source record's fields in "source", as the filters read them.
    bool write(QIODevice *device, const RosterStore &store, const FilterSettings &filters) const;

    static QByteArrayList columns();

private:
    struct Entry
    {
        DecisionSubject subject;
        DecisionCause cause;
        quint32 index;
        quint32 note; // into m_notes, or kNone
    };
    struct EnrollmentEntry
    {
        TextRef id;
        quint32 cls, user, line;
        QDate beginDate, endDate;
        DecisionCause cause;
        quint8 role;
        RecordStatus status;
    };

    std::vector<Entry> m_entries;
    std::vector<EnrollmentEntry> m_enrollments;
    std::vector<QString> m_notes;
    StringArena m_ids;
};

} // namespace rb
