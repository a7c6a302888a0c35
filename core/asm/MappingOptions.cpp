#include "MappingOptions.h"

namespace rb {

namespace {
bool validPolicy(const QString &p)
{
    return p.isEmpty() || p == u"4" || p == u"6" || p == u"8";
}
} // namespace

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
    for (auto it = json.begin(); it != json.end(); ++it) {
        if (it.key() != u"passwordPolicy" && it.key() != u"passwordPolicyByGrade" &&
            it.key() != u"replaceInvalidIdCharacters")
            findings->warning(file, 0, QStringLiteral("mapping.") + it.key(),
                              tr("unknown setting; it is ignored"),
                              QStringLiteral("settings.unknown"));
    }
    policy(json.value(QStringLiteral("passwordPolicy")), QStringLiteral("mapping.passwordPolicy"),
           &m.passwordPolicy);
    const QJsonObject byGrade = json.value(QStringLiteral("passwordPolicyByGrade")).toObject();
    for (auto it = byGrade.begin(); it != byGrade.end(); ++it) {
        QString p;
        policy(it.value(), QStringLiteral("mapping.passwordPolicyByGrade.") + it.key(), &p);
        m.passwordPolicyByGrade.insert(it.key(), p);
    }
    const QJsonValue repair = json.value(QStringLiteral("replaceInvalidIdCharacters"));
    if (repair.isBool())
        m.replaceInvalidIdCharacters = repair.toBool();
    else if (!repair.isUndefined())
        findings->error(file, 0, QStringLiteral("mapping.replaceInvalidIdCharacters"),
                        tr("must be true or false"), QStringLiteral("settings.mapping"));
    return m;
}

QJsonObject MappingOptions::toJson() const
{
    QJsonObject byGrade;
    for (auto it = passwordPolicyByGrade.begin(); it != passwordPolicyByGrade.end(); ++it)
        byGrade.insert(it.key(), it.value());
    return {{QStringLiteral("passwordPolicy"), passwordPolicy},
            {QStringLiteral("passwordPolicyByGrade"), byGrade},
            {QStringLiteral("replaceInvalidIdCharacters"), replaceInvalidIdCharacters}};
}

} // namespace rb
