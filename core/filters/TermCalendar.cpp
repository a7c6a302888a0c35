#include "TermCalendar.h"

#include <algorithm>

namespace rb {

namespace {
bool contains(const SessionRecord &s, QDate day)
{
    // The end date is taken as the term's last day. The standard calls it exclusive, but many
    // SIS write the last school day there, and dropping every class on its last day would
    // strip its students in ASM.
    return s.startDate <= day && day <= s.endDate;
}
} // namespace

TermCalendar::TermCalendar(const RosterStore &store, QDate day)
    : m_store(store)
    , m_day(day)
{
}

void TermCalendar::build(const std::vector<bool> &candidates,
                         const std::vector<quint32> &classSchool)
{
    m_classSchool = classSchool;
    const auto &s = m_store;
    std::vector<quint64> pairs;
    for (quint32 c = 0; c < s.classes.size(); ++c) {
        if (!candidates[c])
            continue;
        const ClassRecord &cls = s.classes[c];
        for (quint32 t = cls.firstTerm; t < cls.firstTerm + cls.termCount; ++t) {
            const quint32 term = s.classTerms[t];
            if (s.sessions[term].status == RecordStatus::Active)
                pairs.push_back(key(classSchool[c], term));
        }
    }
    std::sort(pairs.begin(), pairs.end());
    pairs.erase(std::unique(pairs.begin(), pairs.end()), pairs.end());

    // One school at a time: its terms are pairs[i, j).
    for (size_t i = 0; i < pairs.size();) {
        size_t j = i;
        while (j < pairs.size() && (pairs[j] >> 32) == (pairs[i] >> 32))
            ++j;
        auto term = [&](size_t k) -> const SessionRecord & {
            return s.sessions[quint32(pairs[k] & 0xFFFFFFFFu)];
        };
        bool any = false;
        for (size_t k = i; k < j; ++k) {
            const SessionRecord &t = term(k);
            bool current = contains(t, m_day);
            if (!current && t.endDate < m_day) {
                // Ended: current until another term of this school starts.
                current = true;
                for (size_t n = i; n < j && current; ++n)
                    current = !(term(n).startDate > t.endDate && term(n).startDate <= m_day);
            }
            if (current) {
                m_current.insert(pairs[k]);
                any = true;
            }
        }
        if (!any) {
            // Nothing has begun yet at this school: the first term to come counts.
            QDate next;
            for (size_t k = i; k < j; ++k) {
                if (!next.isValid() || term(k).startDate < next)
                    next = term(k).startDate;
            }
            for (size_t k = i; k < j; ++k) {
                if (term(k).startDate == next)
                    m_current.insert(pairs[k]);
            }
        }
        i = j;
    }
}

bool TermCalendar::classCurrent(quint32 cls) const
{
    const ClassRecord &c = m_store.classes[cls];
    if (c.termCount == 0)
        return true;
    for (quint32 t = c.firstTerm; t < c.firstTerm + c.termCount; ++t) {
        if (m_current.contains(key(m_classSchool[cls], m_store.classTerms[t])))
            return true;
    }
    return false;
}

std::pair<QDate, QDate> TermCalendar::span(quint32 cls) const
{
    const ClassRecord &c = m_store.classes[cls];
    QDate first, last;
    for (quint32 t = c.firstTerm; t < c.firstTerm + c.termCount; ++t) {
        const SessionRecord &s = m_store.sessions[m_store.classTerms[t]];
        if (!first.isValid() || s.startDate < first)
            first = s.startDate;
        if (!last.isValid() || s.endDate > last)
            last = s.endDate;
    }
    return {first, last};
}

} // namespace rb
