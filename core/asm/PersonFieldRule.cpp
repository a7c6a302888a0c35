#include "PersonFieldRule.h"

#include "UserIds.h"
#include "roster/RosterStore.h"

namespace rb {

namespace {
const QString kUserIdsPrefix = QStringLiteral("userIds.");
} // namespace

const QStringList &PersonFieldRule::fieldNames()
{
    static const QStringList names = {QStringLiteral("sourcedId"),  QStringLiteral("username"),
                                      QStringLiteral("identifier"), QStringLiteral("givenName"),
                                      QStringLiteral("familyName"), QStringLiteral("email"),
                                      QStringLiteral("grade")};
    return names;
}

std::optional<PersonFieldRule::Part> PersonFieldRule::placeholder(const QString &name)
{
    static const Source sources[] = {Source::SourcedId, Source::Username,   Source::Identifier,
                                     Source::GivenName, Source::FamilyName, Source::Email,
                                     Source::Grade};
    const qsizetype index = fieldNames().indexOf(name);
    if (index >= 0)
        return Part{sources[index], {}};
    if (name.startsWith(kUserIdsPrefix) && name.size() > kUserIdsPrefix.size())
        return Part{Source::UserId, name.mid(kUserIdsPrefix.size()).trimmed().toUtf8()};
    return std::nullopt;
}

PersonFieldRule PersonFieldRule::field(const QString &name)
{
    QString ignored;
    return parse(name, &ignored).value_or(PersonFieldRule());
}

std::optional<PersonFieldRule> PersonFieldRule::parse(const QString &original, QString *error)
{
    PersonFieldRule rule;
    const QString text = original.trimmed();
    rule.m_text = text;
    if (text.isEmpty())
        return rule;
    if (!text.contains(u'{') && !text.contains(u'}')) {
        const std::optional<Part> part = placeholder(text);
        if (!part) {
            *error = tr("\"%1\" is not a user field; use one of %2, userIds.TYPE, a template "
                        "such as {username}@example.org, or leave it blank")
                         .arg(text, fieldNames().join(QStringLiteral(", ")));
            return std::nullopt;
        }
        rule.m_parts.append(*part);
        return rule;
    }
    qsizetype pos = 0;
    while (pos < text.size()) {
        const qsizetype open = text.indexOf(u'{', pos);
        const qsizetype strayClose = text.indexOf(u'}', pos);
        if (strayClose >= 0 && (open < 0 || strayClose < open)) {
            *error = tr("the template has a \"}\" without its \"{\"");
            return std::nullopt;
        }
        if (open < 0) {
            rule.m_parts.append(Part{Source::Literal, text.mid(pos).toUtf8()});
            break;
        }
        if (open > pos)
            rule.m_parts.append(Part{Source::Literal, text.mid(pos, open - pos).toUtf8()});
        const qsizetype close = text.indexOf(u'}', open + 1);
        if (close < 0) {
            *error = tr("the template has a \"{\" without its \"}\"");
            return std::nullopt;
        }
        const QString name = text.mid(open + 1, close - open - 1).trimmed();
        const std::optional<Part> part = placeholder(name);
        if (!part) {
            *error = tr("{%1} is not a user field; placeholders are %2 and userIds.TYPE")
                         .arg(name, fieldNames().join(QStringLiteral(", ")));
            return std::nullopt;
        }
        rule.m_parts.append(*part);
        pos = close + 1;
    }
    return rule;
}

bool PersonFieldRule::usesNames() const
{
    for (const Part &p : m_parts) {
        if (p.source == Source::GivenName || p.source == Source::FamilyName)
            return true;
    }
    return false;
}

QByteArrayView PersonFieldRule::partValue(const Part &part, const RosterStore &store,
                                          const UserRecord &user, const Names &names)
{
    switch (part.source) {
    case Source::Literal:
        return part.text;
    case Source::SourcedId:
        return store.text(user.id);
    case Source::Username:
        return store.text(user.username);
    case Source::Identifier:
        return store.text(user.identifier);
    case Source::GivenName:
        return names.given.isNull() ? store.text(user.givenName) : names.given;
    case Source::FamilyName:
        return names.family.isNull() ? store.text(user.familyName) : names.family;
    case Source::Email:
        return store.text(user.email);
    case Source::Grade:
        return store.text(user.grade);
    case Source::UserId:
        return userIdOfType(store.text(user.userIds), part.text);
    }
    return {};
}

QByteArrayView PersonFieldRule::expand(const RosterStore &store, const UserRecord &user,
                                       const Names &names, QByteArray *out) const
{
    // One part (the common case) is a view into the store: no copy per person.
    if (m_parts.size() == 1)
        return partValue(m_parts.first(), store, user, names);
    out->clear();
    for (const Part &p : m_parts) {
        const QByteArrayView value = partValue(p, store, user, names);
        if (value.isEmpty())
            return {};
        out->append(value);
    }
    return *out;
}

} // namespace rb
