#pragma once

#include "roster/RosterStore.h"

#include <QDate>
#include <QSet>

#include <utility>
#include <vector>

namespace rb {

// Which classes are current on a day for "active terms only", school by school:
//  - a class whose term contains the day is current;
//  - between terms, the school's most recent term stays current until its next term starts,
//    so a winter break never empties the classes and rosters;
//  - before a school's first term, the term that starts next is current;
//  - a term marked tobedeleted is never current;
//  - a class with no term (homerooms often have none) is always current.
// Also the span of each class's terms, which tells an enrollment that ends with its class's
// term apart from a student who dropped the class.
class TermCalendar
{
public:
    TermCalendar(const RosterStore &store, QDate day);

    // Builds the calendar from the classes that would be kept but for their terms.
    void build(const std::vector<bool> &candidates, const std::vector<quint32> &classSchool);
    bool classCurrent(quint32 cls) const;

    // The first and last day of a class's terms; invalid when it has none.
    std::pair<QDate, QDate> span(quint32 cls) const;

private:
    static quint64 key(quint32 school, quint32 term) { return (quint64(school) << 32) | term; }

    const RosterStore &m_store;
    QDate m_day;
    std::vector<quint32> m_classSchool;
    QSet<quint64> m_current; // (school, term) pairs
};

} // namespace rb
