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

// The first pattern that matches the value, or -1.
int firstMatch(const std::vector<QRegularExpression> &patterns, QByteArrayView value)
{
    if (patterns.empty() || value.isEmpty())
        return -1;
    const QString text = QString::fromUtf8(value);
    for (size_t i = 0; i < patterns.size(); ++i) {
        if (patterns[i].match(text).hasMatch())
            return int(i);
    }
    return -1;
}

bool matchesAny(const std::vector<QRegularExpression> &patterns, QByteArrayView value)
{
    return firstMatch(patterns, value) >= 0;
}

QString ruleText(const char *list, const QString &pattern)
{
    return QLatin1String(list) + QStringLiteral(" \"") + pattern + QLatin1Char('"');
}
} // namespace

ExclusionMatcher::ExclusionMatcher(const RosterStore &store, const ExclusionRules &rules)
    : m_store(store)
    , m_rules(rules)
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

QString ExclusionMatcher::ruleFor(const ClassRecord &cls) const
{
    if (const int i = firstMatch(m_titles, m_store.text(cls.title)); i >= 0)
        return ruleText("classTitles", m_rules.classTitles.at(i));
    if (const int i = firstMatch(m_codes, m_store.text(cls.classCode)); i >= 0)
        return ruleText("classCodes", m_rules.classCodes.at(i));
    if (cls.course == kNone)
        return {};
    const CourseRecord &course = m_store.courses[cls.course];
    int i = firstMatch(m_courses, m_store.text(course.title));
    if (i < 0)
        i = firstMatch(m_courses, m_store.text(course.courseCode));
    return i >= 0 ? ruleText("courses", m_rules.courses.at(i)) : QString();
}

QString ExclusionMatcher::ruleFor(const UserRecord &user) const
{
    const QByteArray id = m_store.text(user.id).toByteArray();
    if (m_people.contains(id))
        return ruleText("people", QString::fromUtf8(id));
    const QByteArray grade = m_store.text(user.grade).toByteArray().toUpper();
    return m_grades.contains(grade) ? ruleText("grades", QString::fromUtf8(grade)) : QString();
}

} // namespace rb
