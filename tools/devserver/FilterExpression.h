#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace rb::dev {

// A OneRoster filter: field<op>'value' clauses joined by AND / OR (AND binds tighter).
// Operators = != > >= < <= compare strings (ISO dates order correctly as text); ~ means
// "contains", ignoring case.
class FilterExpression
{
public:
    static std::optional<FilterExpression> parse(const QString &text, QString *error);

    QStringList fields() const;
    // value(field) gives a record's text for a field.
    bool matches(const std::function<QString(const QString &)> &value) const;

private:
    struct Clause
    {
        QString field;
        QString op;
        QString value;
    };
    static bool test(const Clause &clause, const QString &actual);

    QList<QList<Clause>> m_anyOf; // OR of ANDs
};

} // namespace rb::dev
