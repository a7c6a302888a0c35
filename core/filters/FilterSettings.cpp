#include "FilterSettings.h"

#include <QJsonArray>

namespace rb {

namespace {
const QStringList kStatusKeys = {QStringLiteral("classes"),     QStringLiteral("courses"),
                                 QStringLiteral("enrollments"), QStringLiteral("orgs"),
                                 QStringLiteral("staff"),       QStringLiteral("students")};

StatusChoice *statusFor(FilterSettings &s, const QString &key)
{
    if (key == QStringLiteral("classes"))
        return &s.classes;
    if (key == QStringLiteral("courses"))
        return &s.courses;
    if (key == QStringLiteral("enrollments"))
        return &s.enrollments;
    if (key == QStringLiteral("orgs"))
        return &s.orgs;
    if (key == QStringLiteral("staff"))
        return &s.staff;
    if (key == QStringLiteral("students"))
        return &s.students;
    return nullptr;
}

QJsonArray statusToJson(const StatusChoice &c)
{
    QJsonArray a;
    if (c.active)
        a.append(QStringLiteral("active"));
    if (c.toBeDeleted)
        a.append(QStringLiteral("tobedeleted"));
    return a;
}
} // namespace

QMap<QString, RoleRule> FilterSettings::defaultRoleRules()
{
    // Nobody outside student and teacher gets an account unless the admin says so.
    QMap<QString, RoleRule> rules;
    for (const char *role :
         {"administrator", "aide", "counselor", "districtAdministrator", "guardian", "parent",
          "principal", "proctor", "relative", "siteAdministrator", "systemAdministrator"})
        rules.insert(QString::fromLatin1(role), RoleRule::Exclude);
    return rules;
}

FilterSettings FilterSettings::fromJson(const QJsonObject &json, const QString &file,
                                        Findings *findings)
{
    FilterSettings s;
    auto bad = [&](const QString &key, const QString &message) {
        findings->error(file, 0, key, message, QStringLiteral("settings.filters"));
    };
    const QStringList known = {QStringLiteral("version"),
                               QStringLiteral("schools"),
                               QStringLiteral("status"),
                               QStringLiteral("activeStudentsOnly"),
                               QStringLiteral("activeTeachersOnly"),
                               QStringLiteral("activeTermsOnly"),
                               QStringLiteral("roleRules"),
                               QStringLiteral("runDate")};
    for (auto it = json.begin(); it != json.end(); ++it) {
        if (!known.contains(it.key()))
            findings->warning(file, 0, it.key(), tr("unknown setting; it is ignored"),
                              QStringLiteral("settings.unknown"));
    }
    const int version = json.value(QStringLiteral("version")).toInt(kVersion);
    if (version > kVersion)
        bad(QStringLiteral("version"),
            tr("the filters were written by a newer RosterBridge (version %1)").arg(version));

    const QJsonValue schools = json.value(QStringLiteral("schools"));
    if (schools.isArray()) {
        const QJsonArray list = schools.toArray();
        for (const QJsonValue v : list) {
            if (v.isString() && !v.toString().isEmpty())
                s.schools.append(v.toString());
            else
                bad(QStringLiteral("schools"), tr("each school must be a sourcedId string"));
        }
    } else if (!schools.isUndefined() && !schools.isNull()) {
        bad(QStringLiteral("schools"), tr("must be a list of school sourcedIds"));
    }

    const QJsonObject status = json.value(QStringLiteral("status")).toObject();
    for (auto it = status.begin(); it != status.end(); ++it) {
        StatusChoice *choice = statusFor(s, it.key());
        const QString field = QStringLiteral("status.") + it.key();
        if (!choice) {
            bad(field, tr("unknown entity; use one of %1").arg(kStatusKeys.join(u", ")));
            continue;
        }
        if (!it.value().isArray()) {
            bad(field, tr("must be a list such as [\"active\"]"));
            continue;
        }
        *choice = StatusChoice{false, false};
        const QJsonArray names = it.value().toArray();
        for (const QJsonValue v : names) {
            const QString name = v.toString();
            if (name == QStringLiteral("active"))
                choice->active = true;
            else if (name == QStringLiteral("tobedeleted"))
                choice->toBeDeleted = true;
            else
                bad(field, tr("\"%1\" is not a status; use active or tobedeleted").arg(name));
        }
    }

    auto flag = [&](const char *key, bool *out) {
        const QJsonValue v = json.value(QLatin1StringView(key));
        if (v.isBool())
            *out = v.toBool();
        else if (!v.isUndefined())
            bad(QString::fromLatin1(key), tr("must be true or false"));
    };
    flag("activeStudentsOnly", &s.activeStudentsOnly);
    flag("activeTeachersOnly", &s.activeTeachersOnly);
    flag("activeTermsOnly", &s.activeTermsOnly);

    const QJsonObject rules = json.value(QStringLiteral("roleRules")).toObject();
    for (auto it = rules.begin(); it != rules.end(); ++it) {
        const QString field = QStringLiteral("roleRules.") + it.key();
        const QString value = it.value().toString();
        if (it.key() == QStringLiteral("student") || it.key() == QStringLiteral("teacher")) {
            bad(field, tr("students and teachers are always mapped; no rule is needed"));
        } else if (value == QStringLiteral("staff")) {
            s.roleRules.insert(it.key(), RoleRule::Staff);
        } else if (value == QStringLiteral("exclude")) {
            s.roleRules.insert(it.key(), RoleRule::Exclude);
        } else {
            bad(field, tr("\"%1\" is not a rule; use staff or exclude").arg(value));
        }
    }

    const QJsonValue runDate = json.value(QStringLiteral("runDate"));
    if (runDate.isString()) {
        s.runDate = QDate::fromString(runDate.toString(), Qt::ISODate);
        if (!s.runDate.isValid())
            bad(QStringLiteral("runDate"), tr("must be a date such as 2026-09-01"));
    }
    return s;
}

QJsonObject FilterSettings::toJson() const
{
    QJsonObject o;
    o.insert(QStringLiteral("version"), kVersion);
    o.insert(QStringLiteral("schools"), QJsonArray::fromStringList(schools));
    QJsonObject status;
    FilterSettings copy = *this;
    for (const QString &key : kStatusKeys)
        status.insert(key, statusToJson(*statusFor(copy, key)));
    o.insert(QStringLiteral("status"), status);
    o.insert(QStringLiteral("activeStudentsOnly"), activeStudentsOnly);
    o.insert(QStringLiteral("activeTeachersOnly"), activeTeachersOnly);
    o.insert(QStringLiteral("activeTermsOnly"), activeTermsOnly);
    QJsonObject rules;
    for (auto it = roleRules.begin(); it != roleRules.end(); ++it)
        rules.insert(it.key(), it.value() == RoleRule::Staff ? QStringLiteral("staff")
                                                             : QStringLiteral("exclude"));
    o.insert(QStringLiteral("roleRules"), rules);
    if (runDate.isValid())
        o.insert(QStringLiteral("runDate"), runDate.toString(Qt::ISODate));
    return o;
}

} // namespace rb
