#include "FilterSettings.h"

#include "common/JsonSettingsReader.h"

#include <QJsonArray>

#include <algorithm>

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

void readStringList(const QJsonObject &json, const char *key, const QString &field,
                    const QString &file, Findings *findings, QStringList *out)
{
    const QJsonValue v = json.value(QLatin1StringView(key));
    if (v.isUndefined() || v.isNull())
        return;
    const QString name = field + u'.' + QLatin1StringView(key);
    if (!v.isArray()) {
        findings->error(file, 0, name, FilterSettings::tr("must be a list of strings"),
                        QStringLiteral("settings.filters"));
        return;
    }
    const QJsonArray items = v.toArray();
    for (const QJsonValue item : items) {
        if (item.isString() && !item.toString().trimmed().isEmpty())
            out->append(item.toString().trimmed());
        else
            findings->error(file, 0, name,
                            FilterSettings::tr("each entry must be a non-empty string"),
                            QStringLiteral("settings.filters"));
    }
}

void readExclusions(const QJsonValue &value, const QString &file, Findings *findings,
                    ExclusionRules *out)
{
    if (value.isUndefined() || value.isNull())
        return;
    const QString field = QStringLiteral("exclude");
    if (!value.isObject()) {
        findings->error(file, 0, field, FilterSettings::tr("must be an object"),
                        QStringLiteral("settings.filters"));
        return;
    }
    const QJsonObject o = value.toObject();
    const QStringList known = {QStringLiteral("classTitles"), QStringLiteral("classCodes"),
                               QStringLiteral("courses"), QStringLiteral("grades"),
                               QStringLiteral("people")};
    JsonSettingsReader(o, findings, file).checkKeys(known, {}, field);
    readStringList(o, "classTitles", field, file, findings, &out->classTitles);
    readStringList(o, "classCodes", field, file, findings, &out->classCodes);
    readStringList(o, "courses", field, file, findings, &out->courses);
    readStringList(o, "grades", field, file, findings, &out->grades);
    readStringList(o, "people", field, file, findings, &out->people);
}

void readDanglingLimit(const QJsonValue &value, const QString &file, Findings *findings,
                       DanglingReferenceLimit *out)
{
    if (value.isUndefined() || value.isNull())
        return;
    const QString field = QStringLiteral("danglingReferences");
    auto bad = [&](const QString &key, const QString &message) {
        findings->error(file, 0, key, message, QStringLiteral("settings.filters"));
    };
    if (!value.isObject()) {
        bad(field, FilterSettings::tr("must be an object with maxCount and maxPercent"));
        return;
    }
    const QJsonObject o = value.toObject();
    const QJsonValue count = o.value(QStringLiteral("maxCount"));
    if (count.isDouble() && count.toDouble() >= 0 && count.toDouble() == double(count.toInteger()))
        out->maxCount = count.toInteger();
    else if (!count.isUndefined())
        bad(field + QStringLiteral(".maxCount"),
            FilterSettings::tr("must be a whole number, 0 or more"));
    const QJsonValue percent = o.value(QStringLiteral("maxPercent"));
    if (percent.isDouble() && percent.toDouble() >= 0 && percent.toDouble() <= 100)
        out->maxPercent = percent.toDouble();
    else if (!percent.isUndefined())
        bad(field + QStringLiteral(".maxPercent"),
            FilterSettings::tr("must be a number from 0 to 100"));
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
    QMap<QString, RoleRule> rules;
    for (const char *role : {"administrator", "aide", "counselor", "districtAdministrator",
                             "principal", "proctor", "siteAdministrator", "systemAdministrator"})
        rules.insert(QString::fromLatin1(role), RoleRule::Staff);
    return rules;
}

QStringList FilterSettings::migrateRoleRulesFromVersion1()
{
    QStringList changed;
    const QMap<QString, RoleRule> defaults = defaultRoleRules();
    for (auto it = defaults.begin(); it != defaults.end(); ++it) {
        if (roleRules.value(it.key(), RoleRule::Exclude) == RoleRule::Exclude &&
            it.value() == RoleRule::Staff) {
            roleRules.insert(it.key(), RoleRule::Staff);
            changed.append(it.key());
        }
    }
    return changed;
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
                               QStringLiteral("exclude"),
                               QStringLiteral("danglingReferences"),
                               QStringLiteral("runDate")};
    JsonSettingsReader(json, findings, file).checkKeys(known);
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
        const RoleFamily family = roleFamily(it.key());
        if (family == RoleFamily::Student || family == RoleFamily::Teacher) {
            bad(field, tr("students and teachers are always mapped; no rule is needed"));
        } else if (family == RoleFamily::Family) {
            // Older versions wrote "exclude" for these; only "staff" would be a mistake.
            if (value != QStringLiteral("exclude"))
                bad(field, tr("guardians, parents and relatives are never sent to Apple School "
                              "Manager"));
        } else if (value == QStringLiteral("staff")) {
            s.roleRules.insert(it.key(), RoleRule::Staff);
        } else if (value == QStringLiteral("exclude")) {
            s.roleRules.insert(it.key(), RoleRule::Exclude);
        } else {
            bad(field, tr("\"%1\" is not a rule; use staff or exclude").arg(value));
        }
    }

    readExclusions(json.value(QStringLiteral("exclude")), file, findings, &s.exclusions);
    readDanglingLimit(json.value(QStringLiteral("danglingReferences")), file, findings,
                      &s.danglingReferences);

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
    if (!exclusions.isEmpty()) {
        QJsonObject ex;
        auto list = [&ex](const char *key, const QStringList &values) {
            if (!values.isEmpty())
                ex.insert(QLatin1StringView(key), QJsonArray::fromStringList(values));
        };
        list("classTitles", exclusions.classTitles);
        list("classCodes", exclusions.classCodes);
        list("courses", exclusions.courses);
        list("grades", exclusions.grades);
        list("people", exclusions.people);
        o.insert(QStringLiteral("exclude"), ex);
    }
    if (!(danglingReferences == DanglingReferenceLimit{}))
        o.insert(QStringLiteral("danglingReferences"),
                 QJsonObject{{QStringLiteral("maxCount"), danglingReferences.maxCount},
                             {QStringLiteral("maxPercent"), danglingReferences.maxPercent}});
    if (runDate.isValid())
        o.insert(QStringLiteral("runDate"), runDate.toString(Qt::ISODate));
    return o;
}

} // namespace rb
