#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace rb {

class RosterStore;
struct UserRecord;

// Where one ASM person value (person_number, sis_username, email_address) comes from, as the
// settings write it:
//   "identifier"                       one OneRoster user field
//   "userIds.SIS"                      the value of one type in the 1.2 userIds list
//   "{username}@students.example.org"  a template; each {placeholder} is one of the above
//   ""                                 nothing: the column is left blank
// A template with a placeholder that is blank for a person gives a blank value, so a half
// address like "@students.example.org" never reaches Apple.
class PersonFieldRule
{
    Q_DECLARE_TR_FUNCTIONS(rb::PersonFieldRule)
public:
    // The user fields a rule may name, in the order the UI offers them.
    static const QStringList &fieldNames();

    PersonFieldRule() = default;
    // A rule known to be valid (the defaults); parse() for text from outside.
    static PersonFieldRule field(const QString &name);
    // nullopt with a translated reason when the text names an unknown field or is malformed.
    static std::optional<PersonFieldRule> parse(const QString &original, QString *error);

    QString text() const { return m_text; }
    bool isBlank() const { return m_parts.isEmpty(); }
    // Whether the value depends on the person's given or family name.
    bool usesNames() const;

    // Names override givenName and familyName (pseudonyms); null views mean the record's own.
    struct Names
    {
        QByteArrayView given, family;
    };
    // Writes the value into *out and returns a view of it (or of the store, with no copy).
    QByteArrayView expand(const RosterStore &store, const UserRecord &user, const Names &names,
                          QByteArray *out) const;

    bool operator==(const PersonFieldRule &other) const { return m_text == other.m_text; }

private:
    enum class Source : quint8 {
        Literal,
        SourcedId,
        Username,
        Identifier,
        GivenName,
        FamilyName,
        Email,
        Grade,
        UserId
    };
    struct Part
    {
        Source source = Source::Literal;
        QByteArray text; // the literal, or the userIds type
    };
    static std::optional<Part> placeholder(const QString &name);
    static QByteArrayView partValue(const Part &part, const RosterStore &store,
                                    const UserRecord &user, const Names &names);

    QString m_text;
    QList<Part> m_parts;
};

} // namespace rb
