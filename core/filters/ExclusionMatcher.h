#pragma once

#include "FilterSettings.h"
#include "roster/RosterStore.h"

#include <QRegularExpression>
#include <QSet>

#include <vector>

namespace rb {

// Applies a profile's exclusion rules: classes by title, code or course, people by grade or id.
class ExclusionMatcher
{
public:
    ExclusionMatcher(const RosterStore &store, const ExclusionRules &rules);

    bool excludesClass(const ClassRecord &cls) const;
    bool excludesPerson(const UserRecord &user) const;
    // The rule that excludes it, as the filters' JSON names it (classTitles "Lunch*").
    QString ruleFor(const ClassRecord &cls) const;
    QString ruleFor(const UserRecord &user) const;

private:
    const RosterStore &m_store;
    ExclusionRules m_rules;
    std::vector<QRegularExpression> m_titles, m_codes, m_courses;
    QSet<QByteArray> m_grades, m_people;
};

} // namespace rb
