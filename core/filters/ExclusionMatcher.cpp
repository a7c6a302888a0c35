#include "ExclusionMatcher.h"

namespace rb {

namespace {
std::vector<QRegularExpression> compile(const QStringList &patterns)
{
    // Qt's own wildcard conversion keeps "/" out of "*" (file paths); titles such as
    // "Lunch 1/2" need it matched like any other character.
    std::vector<QRegularExpression> out;
    for (const QString &p : patterns) {
        QString re = QRegularExpression::escape(p);
        re.replace(QStringLiteral("\\*"), QStringLiteral(".*"));
        re.replace(QStringLiteral("\\?"), QStringLiteral("."));
        out.emplace_back(QRegularExpression::anchoredPattern(re),
                         QRegularExpression::CaseInsensitiveOption);
    }
    return out;
}

bool matchesAny(const std::vector<QRegularExpression> &patterns, QByteArrayView value)
{
    if (patterns.empty() || value.isEmpty())
        return false;
    const QString text = QString::fromUtf8(value);
    for (const QRegularExpression &re : patterns) {
        if (re.match(text).hasMatch())
            return true;
    }
    return false;
}
} // namespace

ExclusionMatcher::ExclusionMatcher(const RosterStore &store, const ExclusionRules &rules)
    : m_store(store)
    , m_titles(compile(rules.classTitles))
    , m_codes(compile(rules.classCodes))
    , m_courses(compile(rules.courses))
{
    for (const QString &g : rules.grades)
        m_grades.insert(g.toUtf8().toUpper());
    for (const QString &id : rules.people)
        m_people.insert(id.toUtf8());
}

bool ExclusionMatcher::excludesClass(const ClassRecord &cls) const
{
    if (matchesAny(m_titles, m_store.text(cls.title)) ||
        matchesAny(m_codes, m_store.text(cls.classCode)))
        return true;
    if (m_courses.empty() || cls.course == kNone)
        return false;
    const CourseRecord &course = m_store.courses[cls.course];
    return matchesAny(m_courses, m_store.text(course.title)) ||
           matchesAny(m_courses, m_store.text(course.courseCode));
}

bool ExclusionMatcher::excludesPerson(const UserRecord &user) const
{
    return (!m_people.isEmpty() && m_people.contains(m_store.text(user.id).toByteArray())) ||
           (!m_grades.isEmpty() &&
            m_grades.contains(m_store.text(user.grade).toByteArray().toUpper()));
}

} // namespace rb
