#include "MappingOptions.h"

#include "common/JsonSettingsReader.h"

namespace rb {

namespace {
bool validPolicy(const QString &p)
{
    return p.isEmpty() || p == u"4" || p == u"6" || p == u"8";
}

constexpr PersonColumn kColumns[] = {PersonColumn::PersonNumber, PersonColumn::SisUsername,
                                     PersonColumn::EmailAddress};

QString columnKey(PersonColumn column)
{
    switch (column) {
    case PersonColumn::PersonNumber:
        return QStringLiteral("personNumber");
    case PersonColumn::SisUsername:
        return QStringLiteral("sisUsername");
    case PersonColumn::EmailAddress:
        break;
    }
    return QStringLiteral("emailAddress");
}

const QStringList kKeys = {QStringLiteral("passwordPolicy"),
                           QStringLiteral("passwordPolicyByGrade"),
                           QStringLiteral("replaceInvalidIdCharacters"),
                           QStringLiteral("accountFormat"),
                           QStringLiteral("students"),
                           QStringLiteral("staff"),
                           QStringLiteral("pseudonymizeStudentNames")};

void readRules(const QJsonValue &value, const QString &group, const QString &file,
               Findings *findings, PersonFieldRules *rules)
{
    if (value.isUndefined())
        return;
    const QString prefix = QStringLiteral("mapping.") + group;
    if (!value.isObject()) {
        findings->error(file, 0, prefix, MappingOptions::tr("must be an object"),
                        QStringLiteral("settings.mapping"));
        return;
    }
    const QJsonObject json = value.toObject();
    for (auto it = json.begin(); it != json.end(); ++it) {
        const QString field = prefix + u'.' + it.key();
        bool known = false;
        for (PersonColumn c : kColumns)
            known = known || it.key() == columnKey(c);
        if (!known) {
            findings->warning(file, 0, field, MappingOptions::tr("unknown setting; it is ignored"),
                              QStringLiteral("settings.unknown"));
            continue;
        }
        if (!it.value().isString()) {
            findings->error(file, 0, field, MappingOptions::tr("must be text"),
                            QStringLiteral("settings.mapping"));
            continue;
        }
        QString error;
        const std::optional<PersonFieldRule> rule =
            PersonFieldRule::parse(it.value().toString(), &error);
        if (!rule) {
            findings->error(file, 0, field, error, QStringLiteral("settings.mapping"));
            continue;
        }
        for (PersonColumn c : kColumns) {
            if (it.key() == columnKey(c))
                rules->rule(c) = *rule;
        }
    }
}

QJsonObject rulesJson(const PersonFieldRules &rules)
{
    QJsonObject o;
    for (PersonColumn c : kColumns)
        o.insert(columnKey(c), rules.rule(c).text());
    return o;
}
} // namespace

QString accountFormatKey(AccountFormat format)
{
    switch (format) {
    case AccountFormat::PersonNumber:
        return QStringLiteral("personNumber");
    case AccountFormat::SisUsername:
        return QStringLiteral("sisUsername");
    case AccountFormat::Email:
        return QStringLiteral("email");
    case AccountFormat::Names:
        break;
    }
    return QStringLiteral("names");
}

std::optional<AccountFormat> accountFormatFromKey(const QString &key)
{
    for (AccountFormat f : {AccountFormat::Names, AccountFormat::PersonNumber,
                            AccountFormat::SisUsername, AccountFormat::Email}) {
        if (key == accountFormatKey(f))
            return f;
    }
    return std::nullopt;
}

QByteArray personColumnName(PersonColumn column)
{
    switch (column) {
    case PersonColumn::PersonNumber:
        return QByteArrayLiteral("person_number");
    case PersonColumn::SisUsername:
        return QByteArrayLiteral("sis_username");
    case PersonColumn::EmailAddress:
        break;
    }
    return QByteArrayLiteral("email_address");
}

const PersonFieldRule &PersonFieldRules::rule(PersonColumn column) const
{
    switch (column) {
    case PersonColumn::PersonNumber:
        return personNumber;
    case PersonColumn::SisUsername:
        return sisUsername;
    case PersonColumn::EmailAddress:
        break;
    }
    return emailAddress;
}

PersonFieldRule &PersonFieldRules::rule(PersonColumn column)
{
    return const_cast<PersonFieldRule &>(std::as_const(*this).rule(column));
}

std::optional<PersonColumn> MappingOptions::requiredColumn() const
{
    switch (accountFormat) {
    case AccountFormat::PersonNumber:
        return PersonColumn::PersonNumber;
    case AccountFormat::SisUsername:
        return PersonColumn::SisUsername;
    case AccountFormat::Email:
        return PersonColumn::EmailAddress;
    case AccountFormat::Names:
        break;
    }
    return std::nullopt;
}

MappingOptions MappingOptions::fromJson(const QJsonObject &json, const QString &file,
                                        Findings *findings)
{
    MappingOptions m;
    auto policy = [&](const QJsonValue &v, const QString &field, QString *out) {
        const QString p = v.isDouble() ? QString::number(v.toInt()) : v.toString();
        if (!validPolicy(p) || (!v.isString() && !v.isDouble() && !v.isUndefined()))
            findings->error(file, 0, field, tr("a password policy must be 4, 6, 8 or blank"),
                            QStringLiteral("settings.mapping"));
        else
            *out = p;
    };
    JsonSettingsReader(json, findings, file).checkKeys(kKeys, {}, QStringLiteral("mapping"));
    policy(json.value(QStringLiteral("passwordPolicy")), QStringLiteral("mapping.passwordPolicy"),
           &m.passwordPolicy);
    const QJsonObject byGrade = json.value(QStringLiteral("passwordPolicyByGrade")).toObject();
    for (auto it = byGrade.begin(); it != byGrade.end(); ++it) {
        QString p;
        policy(it.value(), QStringLiteral("mapping.passwordPolicyByGrade.") + it.key(), &p);
        m.passwordPolicyByGrade.insert(it.key(), p);
    }
    auto flag = [&](const QString &key, bool *out) {
        const QJsonValue v = json.value(key);
        if (v.isBool())
            *out = v.toBool();
        else if (!v.isUndefined())
            findings->error(file, 0, QStringLiteral("mapping.") + key, tr("must be true or false"),
                            QStringLiteral("settings.mapping"));
    };
    flag(QStringLiteral("replaceInvalidIdCharacters"), &m.replaceInvalidIdCharacters);
    flag(QStringLiteral("pseudonymizeStudentNames"), &m.pseudonymizeStudentNames);

    const QJsonValue format = json.value(QStringLiteral("accountFormat"));
    if (!format.isUndefined()) {
        const std::optional<AccountFormat> f = accountFormatFromKey(format.toString());
        if (f)
            m.accountFormat = *f;
        else
            findings->error(file, 0, QStringLiteral("mapping.accountFormat"),
                            tr("must be \"names\", \"personNumber\", \"sisUsername\" or "
                               "\"email\""),
                            QStringLiteral("settings.mapping"));
    }
    readRules(json.value(QStringLiteral("students")), QStringLiteral("students"), file, findings,
              &m.students);
    readRules(json.value(QStringLiteral("staff")), QStringLiteral("staff"), file, findings,
              &m.staff);
    return m;
}

QJsonObject MappingOptions::toJson() const
{
    QJsonObject byGrade;
    for (auto it = passwordPolicyByGrade.begin(); it != passwordPolicyByGrade.end(); ++it)
        byGrade.insert(it.key(), it.value());
    return {{QStringLiteral("passwordPolicy"), passwordPolicy},
            {QStringLiteral("passwordPolicyByGrade"), byGrade},
            {QStringLiteral("replaceInvalidIdCharacters"), replaceInvalidIdCharacters},
            {QStringLiteral("accountFormat"), accountFormatKey(accountFormat)},
            {QStringLiteral("students"), rulesJson(students)},
            {QStringLiteral("staff"), rulesJson(staff)},
            {QStringLiteral("pseudonymizeStudentNames"), pseudonymizeStudentNames}};
}

} // namespace rb
