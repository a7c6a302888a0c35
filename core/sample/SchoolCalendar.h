#pragma once

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QString>

namespace rb::gen {

enum class ClassKind : quint8 { Current, Homeroom, YearLong, OtherSemester, PastTerm1, PastTerm2 };

enum class SessionSlot { PastYear, PastTerm1, PastTerm2, CurrentYear, Semester1, Semester2 };

struct SessionPlan
{
    QByteArray id;
    QString title;
    QByteArray type;
    QDate start;
    QDate end;
    int parent = -1; // a SessionSlot, or -1
    int schoolYear = 0;
};

// The academic sessions around the run date: last school year with two terms, and the current
// one with two semesters, one of which contains the run date. School years run July 1 to
// June 30 and the semesters cover them without gaps, so every run date has a current semester.
class SchoolCalendar
{
public:
    explicit SchoolCalendar(QDate runDate);

    const SessionPlan &session(SessionSlot slot) const { return m_sessions.at(int(slot)); }
    int sessionCount() const { return int(m_sessions.size()); }
    SessionSlot currentSemester() const { return m_currentSemester; }
    SessionSlot otherSemester() const;

    // The sessions a class of this kind is taught in, and the dates they span.
    QList<SessionSlot> termsOf(ClassKind kind) const;
    QDate classStart(ClassKind kind) const;
    QDate classEnd(ClassKind kind) const;

private:
    QList<SessionPlan> m_sessions;
    SessionSlot m_currentSemester = SessionSlot::Semester1;
};

} // namespace rb::gen
