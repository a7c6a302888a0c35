#pragma once

#include "PersonFieldRule.h"
#include "common/Findings.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QMap>

namespace rb {

// What the district's Managed Apple Account format in Apple School Manager is built from.
// Whatever it uses must be there for every person sent, or ASM fails the whole upload with
// MANAGED_ID_GENERATION_FAILED.
enum class AccountFormat : quint8 { Names, PersonNumber, SisUsername, Email };

QString accountFormatKey(AccountFormat format);
std::optional<AccountFormat> accountFormatFromKey(const QString &key);

// The ASM person columns the settings choose a source for.
enum class PersonColumn : quint8 { PersonNumber, SisUsername, EmailAddress };

// Where person_number, sis_username and email_address come from, for students or for staff.
// The defaults are the fixed mapping of earlier versions.
struct PersonFieldRules
{
    PersonFieldRule personNumber = PersonFieldRule::field(QStringLiteral("identifier"));
    PersonFieldRule sisUsername = PersonFieldRule::field(QStringLiteral("username"));
    PersonFieldRule emailAddress = PersonFieldRule::field(QStringLiteral("email"));

    const PersonFieldRule &rule(PersonColumn column) const;
    PersonFieldRule &rule(PersonColumn column);
    bool operator==(const PersonFieldRules &) const = default;
};

// Choices in how OneRoster values become ASM values; the fixed rules are in docs/mapping.md.
struct MappingOptions
{
    Q_DECLARE_TR_FUNCTIONS(rb::MappingOptions)
public:
    // password_policy for students: "", "4", "6" or "8". Blank keeps each location's default.
    QString passwordPolicy;
    // Per grade (the first OneRoster grade, e.g. "KG", "01"), overriding passwordPolicy.
    QMap<QString, QString> passwordPolicyByGrade;
    // Replace characters ASM refuses in identifiers (such as the underscores some SIS use)
    // with hyphens. IDs are permanent in ASM: decide before the first upload.
    bool replaceInvalidIdCharacters = false;
    // The field the format needs becomes required for everyone sent; duplicate email
    // addresses are errors rather than warnings when the format uses email.
    AccountFormat accountFormat = AccountFormat::Names;
    PersonFieldRules students;
    PersonFieldRules staff;
    // Students' names replaced by stable pseudonyms (Pseudonymizer), for privacy agreements.
    bool pseudonymizeStudentNames = false;
    // The pseudonym key for one run, from the keychain or ROSTERBRIDGE_PSEUDONYM_KEY: never
    // read from or written to the JSON.
    QByteArray pseudonymKey;

    // The column the account format makes required, if any.
    std::optional<PersonColumn> requiredColumn() const;

    static MappingOptions fromJson(const QJsonObject &json, const QString &fileName,
                                   Findings *findings);
    QJsonObject toJson() const;
    bool operator==(const MappingOptions &) const = default;
};

// The ASM column name ("person_number").
QByteArray personColumnName(PersonColumn column);

} // namespace rb
