#include "FilterExpression.h"

namespace rb::dev {

namespace {

void skipSpaces(const QString &text, qsizetype *pos)
{
    while (*pos < text.size() && text.at(*pos).isSpace())
        ++*pos;
}

bool isFieldChar(QChar c)
{
    return c.isLetterOrNumber() || c == u'_' || c == u'.';
}

} // namespace

std::optional<FilterExpression> FilterExpression::parse(const QString &text, QString *error)
{
    static const QStringList ops = {
        QStringLiteral("!="), QStringLiteral(">="), QStringLiteral("<="), QStringLiteral("="),
        QStringLiteral(">"),  QStringLiteral("<"),  QStringLiteral("~")};
    FilterExpression expr;
    expr.m_anyOf.append(QList<Clause>());
    qsizetype pos = 0;
    for (;;) {
        Clause clause;
        skipSpaces(text, &pos);
        const qsizetype start = pos;
        while (pos < text.size() && isFieldChar(text.at(pos)))
            ++pos;
        clause.field = text.mid(start, pos - start);
        if (clause.field.isEmpty()) {
            *error = QStringLiteral("filter: field name expected at %1").arg(pos);
            return std::nullopt;
        }
        skipSpaces(text, &pos);
        for (const QString &op : ops) {
            if (QStringView(text).mid(pos).startsWith(op)) {
                clause.op = op;
                pos += op.size();
                break;
            }
        }
        if (clause.op.isEmpty()) {
            *error = QStringLiteral("filter: operator expected after %1").arg(clause.field);
            return std::nullopt;
        }
        skipSpaces(text, &pos);
        if (pos >= text.size() || text.at(pos) != u'\'') {
            *error = QStringLiteral("filter: quoted value expected after %1").arg(clause.field);
            return std::nullopt;
        }
        ++pos;
        bool closed = false;
        while (pos < text.size()) {
            if (text.at(pos) == u'\'') {
                // A doubled quote stands for one quote inside the value.
                if (pos + 1 < text.size() && text.at(pos + 1) == u'\'') {
                    clause.value += u'\'';
                    pos += 2;
                    continue;
                }
                ++pos;
                closed = true;
                break;
            }
            clause.value += text.at(pos++);
        }
        if (!closed) {
            *error = QStringLiteral("filter: unterminated value for %1").arg(clause.field);
            return std::nullopt;
        }
        expr.m_anyOf.last().append(clause);
        skipSpaces(text, &pos);
        if (pos >= text.size())
            break;
        const qsizetype wordStart = pos;
        while (pos < text.size() && text.at(pos).isLetter())
            ++pos;
        const QString word = text.mid(wordStart, pos - wordStart).toUpper();
        if (word == u"OR") {
            expr.m_anyOf.append(QList<Clause>());
        } else if (word != u"AND") {
            *error = QStringLiteral("filter: AND or OR expected at %1").arg(wordStart);
            return std::nullopt;
        }
    }
    return expr;
}

QStringList FilterExpression::fields() const
{
    QStringList out;
    for (const auto &all : m_anyOf) {
        for (const Clause &c : all)
            out.append(c.field);
    }
    return out;
}

bool FilterExpression::test(const Clause &clause, const QString &actual)
{
    const int cmp = actual.compare(clause.value);
    if (clause.op == u"=")
        return cmp == 0;
    if (clause.op == u"!=")
        return cmp != 0;
    if (clause.op == u">")
        return cmp > 0;
    if (clause.op == u">=")
        return cmp >= 0;
    if (clause.op == u"<")
        return cmp < 0;
    if (clause.op == u"<=")
        return cmp <= 0;
    return actual.contains(clause.value, Qt::CaseInsensitive);
}

bool FilterExpression::matches(const std::function<QString(const QString &)> &value) const
{
    for (const auto &all : m_anyOf) {
        bool ok = true;
        for (const Clause &c : all) {
            if (!test(c, value(c.field))) {
                ok = false;
                break;
            }
        }
        if (ok)
            return true;
    }
    return false;
}

} // namespace rb::dev
