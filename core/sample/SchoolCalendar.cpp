#include "SchoolCalendar.h"

using namespace Qt::StringLiterals;

namespace rb::gen {

SchoolCalendar::SchoolCalendar(QDate runDate)
{
    const int startYear = runDate.month() >= 7 ? runDate.year() : runDate.year() - 1;
    const int past = startYear - 1;
    const auto years = [](int first) -> QString {
        return QString::number(first) + u'-' + QString::number(first + 1);
    };
    const QByteArray pastEnd = QByteArray::number(startYear);
    const QByteArray currentEnd = QByteArray::number(startYear + 1);

    m_sessions = {
        {"yr-" + pastEnd, years(past) + u" School Year"_s, "schoolYear", QDate(past, 7, 1),
         QDate(startYear, 6, 30), -1, startYear},
        {"trm-" + pastEnd + "-1", years(past) + u" Term 1"_s, "term", QDate(past, 7, 1),
         QDate(past, 12, 31), int(SessionSlot::PastYear), startYear},
        {"trm-" + pastEnd + "-2", years(past) + u" Term 2"_s, "term", QDate(startYear, 1, 1),
         QDate(startYear, 6, 30), int(SessionSlot::PastYear), startYear},
        {"yr-" + currentEnd, years(startYear) + u" School Year"_s, "schoolYear",
         QDate(startYear, 7, 1), QDate(startYear + 1, 6, 30), -1, startYear + 1},
        {"sem-" + currentEnd + "-1", u"Fall "_s + QString::number(startYear), "semester",
         QDate(startYear, 7, 1), QDate(startYear, 12, 31), int(SessionSlot::CurrentYear),
         startYear + 1},
        {"sem-" + currentEnd + "-2", u"Spring "_s + QString::number(startYear + 1), "semester",
         QDate(startYear + 1, 1, 1), QDate(startYear + 1, 6, 30), int(SessionSlot::CurrentYear),
         startYear + 1},
    };
    m_currentSemester = runDate.month() >= 7 ? SessionSlot::Semester1 : SessionSlot::Semester2;
}

SessionSlot SchoolCalendar::otherSemester() const
{
    return m_currentSemester == SessionSlot::Semester1 ? SessionSlot::Semester2
                                                       : SessionSlot::Semester1;
}

QList<SessionSlot> SchoolCalendar::termsOf(ClassKind kind) const
{
    switch (kind) {
    case ClassKind::Current:
        return {m_currentSemester};
    case ClassKind::Homeroom:
    case ClassKind::YearLong:
        return {SessionSlot::Semester1, SessionSlot::Semester2};
    case ClassKind::OtherSemester:
        return {otherSemester()};
    case ClassKind::PastTerm1:
        return {SessionSlot::PastTerm1};
    case ClassKind::PastTerm2:
        return {SessionSlot::PastTerm2};
    }
    return {};
}

QDate SchoolCalendar::classStart(ClassKind kind) const
{
    return session(termsOf(kind).constFirst()).start;
}

QDate SchoolCalendar::classEnd(ClassKind kind) const
{
    return session(termsOf(kind).constLast()).end;
}

} // namespace rb::gen
