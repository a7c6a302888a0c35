#include "Profile.h"

#include "common/JsonSettingsReader.h"

#include <QJsonArray>
#include <QJsonValue>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace rb {

namespace {

const QStringList kSecretKeys = {u"password"_s,    u"passphrase"_s,       u"keyPassphrase"_s,
                                 u"secret"_s,      u"clientSecret"_s,     u"sisClientSecret"_s,
                                 u"asmPassword"_s, u"asmKeyPassphrase"_s, u"sisSftpPassword"_s,
                                 u"smtpPassword"_s};

QString joinPath(const QString &prefix, const QString &key)
{
    if (prefix.isEmpty())
        return key;
    if (key.isEmpty())
        return prefix;
    return QString(prefix % u'.' % key);
}

// Nested settings report fields relative to their own object; a profile names the full path.
void appendPrefixed(const Findings &from, const QString &prefix, Findings *to)
{
    for (Finding f : from.report()) {
        f.field = joinPath(prefix, f.field);
        to->add(std::move(f));
    }
}

// Warns about keys a level does not know, and about secrets, which are never read from here.
void checkKeys(const QJsonObject &json, const QStringList &known, const QString &prefix,
               const QString &file, Findings *findings)
{
    JsonSettingsReader(json, findings, file).checkKeys(known, kSecretKeys, prefix);
}

// An object member, or an empty object; anything else is an error naming the key.
QJsonObject objectAt(const QJsonObject &json, const QString &key, const QString &prefix,
                     const QString &file, Findings *findings)
{
    const QJsonValue v = json.value(key);
    if (v.isObject())
        return v.toObject();
    if (!v.isUndefined() && !v.isNull())
        findings->error(file, 0, joinPath(prefix, key), Profile::tr("must be an object"),
                        u"settings.value"_s);
    return {};
}

SftpSettings readSftp(const QJsonObject &json, const QString &prefix, const QString &file,
                      Findings *findings)
{
    Findings local;
    SftpSettings s = SftpSettings::fromJson(json, &local, file);
    appendPrefixed(local, prefix, findings);
    return s;
}

void readSource(const QJsonObject &json, Profile *p, const QString &file, Findings *findings)
{
    const QString prefix = u"source"_s;
    Findings local;
    const JsonSettingsReader r(json, &local, file);
    QString kind;
    r.readString(u"kind"_s, &kind);
    if (kind == u"rest") {
        p->source.kind = SourceKind::Rest;
        checkKeys(json, {u"kind"_s, u"rest"_s}, prefix, file, findings);
        Findings restFindings;
        p->source.rest = RestSourceSettings::fromJson(
            objectAt(json, u"rest"_s, prefix, file, findings), &restFindings, file);
        appendPrefixed(restFindings, u"source.rest"_s, findings);
    } else if (kind == u"sftp-csv") {
        p->source.kind = SourceKind::SftpCsv;
        checkKeys(json, {u"kind"_s, u"sftp"_s, u"remotePath"_s}, prefix, file, findings);
        p->source.sftp = readSftp(objectAt(json, u"sftp"_s, prefix, file, findings),
                                  u"source.sftp"_s, file, findings);
        r.readString(u"remotePath"_s, &p->source.remotePath);
    } else {
        p->source.kind = SourceKind::Csv;
        if (!kind.isEmpty() && kind != u"csv")
            r.bad(u"kind"_s,
                  Profile::tr("\"%1\" is not a source; use csv, rest or sftp-csv").arg(kind));
        checkKeys(json, {u"kind"_s, u"path"_s, u"watch"_s}, prefix, file, findings);
        r.readString(u"path"_s, &p->source.path);
        r.readBool(u"watch"_s, &p->source.watch);
    }
    appendPrefixed(local, prefix, findings);
}

void readDestination(const QJsonObject &json, Profile *p, const QString &file, Findings *findings)
{
    const QString prefix = u"destination"_s;
    Findings local;
    const JsonSettingsReader r(json, &local, file);
    QString kind;
    r.readString(u"kind"_s, &kind);
    if (kind == u"folder") {
        p->destination.kind = DestinationKind::Folder;
        checkKeys(json, {u"kind"_s, u"path"_s}, prefix, file, findings);
        r.readString(u"path"_s, &p->destination.folder);
    } else {
        p->destination.kind = DestinationKind::AsmSftp;
        if (!kind.isEmpty() && kind != u"asm-sftp")
            r.bad(u"kind"_s,
                  Profile::tr("\"%1\" is not a destination; use asm-sftp or folder").arg(kind));
        checkKeys(json, {u"kind"_s, u"sftp"_s}, prefix, file, findings);
        p->destination.sftp = readSftp(objectAt(json, u"sftp"_s, prefix, file, findings),
                                       u"destination.sftp"_s, file, findings);
    }
    appendPrefixed(local, prefix, findings);
}

void readNotifications(const QJsonObject &json, Profile *p, const QString &file, Findings *findings)
{
    const QString prefix = u"notifications"_s;
    checkKeys(json, {u"email"_s, u"webhookUrl"_s, u"successPingUrl"_s, u"staleAfterDays"_s}, prefix,
              file, findings);
    Findings local;
    const JsonSettingsReader r(json, &local, file);
    NotificationSettings &n = p->notifications;
    for (auto [key, value] : {std::pair{u"webhookUrl"_s, &n.webhookUrl},
                              std::pair{u"successPingUrl"_s, &n.successPingUrl}}) {
        r.readString(key, value);
        if (value->isEmpty())
            continue;
        const QUrl url(*value, QUrl::StrictMode);
        if (!url.isValid() || (url.scheme() != u"https" && url.scheme() != u"http") ||
            url.host().isEmpty())
            r.bad(key, Profile::tr("must be an http or https address"));
    }
    r.readInt(u"staleAfterDays"_s, 0, 60, &n.staleAfterDays);
    appendPrefixed(local, prefix, findings);

    const QString emailPrefix = u"notifications.email"_s;
    const QJsonObject emailJson = objectAt(json, u"email"_s, prefix, file, findings);
    checkKeys(emailJson,
              {u"enabled"_s, u"smtpHost"_s, u"smtpPort"_s, u"startTls"_s, u"allowLoginWithoutTls"_s,
               u"username"_s, u"from"_s, u"to"_s},
              emailPrefix, file, findings);
    Findings emailFindings;
    EmailNotification &e = p->notifications.email;
    const JsonSettingsReader er(emailJson, &emailFindings, file);
    er.readBool(u"enabled"_s, &e.enabled);
    er.readString(u"smtpHost"_s, &e.smtpHost);
    er.readInt(u"smtpPort"_s, 1, 65535, &e.smtpPort);
    er.readBool(u"startTls"_s, &e.startTls);
    er.readBool(u"allowLoginWithoutTls"_s, &e.allowLoginWithoutTls);
    er.readString(u"username"_s, &e.username);
    er.readString(u"from"_s, &e.from);
    er.readWords(u"to"_s, &e.to);
    if (!e.from.isEmpty() && !e.from.contains(u'@'))
        er.bad(u"from"_s, Profile::tr("\"%1\" is not an email address").arg(e.from));
    for (const QString &address : std::as_const(e.to)) {
        if (!address.contains(u'@'))
            er.bad(u"to"_s, Profile::tr("\"%1\" is not an email address").arg(address));
    }
    appendPrefixed(emailFindings, emailPrefix, findings);
}

// Renames one key, leaving the value as it is; an existing new key wins.
void renameKey(QJsonObject *json, const QString &from, const QString &to)
{
    if (!json->contains(from))
        return;
    const QJsonValue v = json->take(from);
    if (!json->contains(to))
        json->insert(to, v);
}

} // namespace

QString sourceKindName(SourceKind kind)
{
    switch (kind) {
    case SourceKind::Csv:
        return u"csv"_s;
    case SourceKind::Rest:
        return u"rest"_s;
    case SourceKind::SftpCsv:
        return u"sftp-csv"_s;
    }
    return {};
}

QString destinationKindName(DestinationKind kind)
{
    return kind == DestinationKind::Folder ? u"folder"_s : u"asm-sftp"_s;
}

Profile Profile::create(const QString &name)
{
    Profile p;
    p.id = QUuid::createUuid();
    p.name = name;
    return p;
}

QJsonObject Profile::toJson() const
{
    QJsonObject src{{u"kind"_s, sourceKindName(source.kind)}};
    switch (source.kind) {
    case SourceKind::Csv:
        src.insert(u"path"_s, source.path);
        src.insert(u"watch"_s, source.watch);
        break;
    case SourceKind::Rest:
        src.insert(u"rest"_s, source.rest.toJson());
        break;
    case SourceKind::SftpCsv:
        src.insert(u"sftp"_s, source.sftp.toJson());
        src.insert(u"remotePath"_s, source.remotePath);
        break;
    }

    QJsonObject dst{{u"kind"_s, destinationKindName(destination.kind)}};
    if (destination.kind == DestinationKind::Folder)
        dst.insert(u"path"_s, destination.folder);
    else
        dst.insert(u"sftp"_s, destination.sftp.toJson());

    const EmailNotification &e = notifications.email;
    const QJsonObject email{{u"enabled"_s, e.enabled},
                            {u"smtpHost"_s, e.smtpHost},
                            {u"smtpPort"_s, e.smtpPort},
                            {u"startTls"_s, e.startTls},
                            {u"allowLoginWithoutTls"_s, e.allowLoginWithoutTls},
                            {u"username"_s, e.username},
                            {u"from"_s, e.from},
                            {u"to"_s, QJsonArray::fromStringList(e.to)}};

    QJsonObject o;
    o.insert(u"schemaVersion"_s, kSchemaVersion);
    o.insert(u"id"_s, id.toString(QUuid::WithoutBraces));
    o.insert(u"name"_s, name);
    o.insert(u"source"_s, src);
    o.insert(u"conversion"_s, conversion.toJson());
    o.insert(u"destination"_s, dst);
    o.insert(u"schedule"_s, schedule ? schedule->toJson() : QJsonObject());
    o.insert(u"notifications"_s, QJsonObject{{u"email"_s, email},
                                             {u"webhookUrl"_s, notifications.webhookUrl},
                                             {u"successPingUrl"_s, notifications.successPingUrl},
                                             {u"staleAfterDays"_s, notifications.staleAfterDays}});
    o.insert(u"retentionDays"_s, retentionDays);
    o.insert(u"saveExchangeData"_s, saveExchangeData);
    o.insert(u"needsFirstRunApproval"_s, needsFirstRunApproval);
    return o;
}

QJsonObject Profile::migrate(const QJsonObject &json, Findings *findings, const QString &file)
{
    const QJsonValue versionValue = json.value(u"schemaVersion"_s);
    int version = 0;
    if (!versionValue.isUndefined() && !versionValue.isNull()) {
        const double d = versionValue.toDouble(-1);
        if (!versionValue.isDouble() || d != double(int(d)) || d < 0) {
            findings->error(file, 0, u"schemaVersion"_s, tr("must be a whole number"),
                            u"settings.value"_s);
            return json;
        }
        version = int(d);
    }
    if (version > kSchemaVersion) {
        findings->error(file, 0, u"schemaVersion"_s,
                        tr("the profile was written by a newer RosterBridge (schema version "
                           "%1; this one reads up to %2)")
                            .arg(version)
                            .arg(kSchemaVersion),
                        u"settings.version"_s);
        return json;
    }
    if (version == kSchemaVersion)
        return json;

    QJsonObject o = json;
    if (version == 0) {
        renameKey(&o, u"filters"_s, u"conversion"_s);
        if (o.contains(u"exportPath"_s)) {
            QJsonObject src = o.value(u"source"_s).toObject();
            if (!src.contains(u"path"_s))
                src.insert(u"path"_s, o.value(u"exportPath"_s));
            src.insert(u"type"_s, u"csv"_s);
            o.remove(u"exportPath"_s);
            o.insert(u"source"_s, src);
        }
        version = 1;
    }
    if (version == 1) {
        for (const QString &part : {u"source"_s, u"destination"_s}) {
            if (!o.value(part).isObject())
                continue;
            QJsonObject inner = o.value(part).toObject();
            renameKey(&inner, u"type"_s, u"kind"_s);
            o.insert(part, inner);
        }
        renameKey(&o, u"saveRequestData"_s, u"saveExchangeData"_s);
        // Before version 2 a profile could be saved without an id.
        if (QUuid::fromString(o.value(u"id"_s).toString()).isNull())
            o.insert(u"id"_s, QUuid::createUuid().toString(QUuid::WithoutBraces));
        version = 2;
    }
    if (version == 2) {
        // The role rules change in fromJson(), where the filters are read.
        // Unread until the next schema version adds its step to the chain.
        version = 3; // NOLINT(clang-analyzer-deadcode.DeadStores)
    }
    findings->info(file, 0, u"schemaVersion"_s,
                   tr("migrated from schema version %1 to %2")
                       .arg(json.value(u"schemaVersion"_s).toInt(0))
                       .arg(kSchemaVersion),
                   u"settings.migrated"_s);
    o.insert(u"schemaVersion"_s, kSchemaVersion);
    return o;
}

Profile Profile::fromJson(const QJsonObject &original, Findings *findings, const QString &file)
{
    Profile p;
    const qint64 errorsBefore = findings->errorCount();
    const QJsonObject json = migrate(original, findings, file);
    if (findings->errorCount() > errorsBefore)
        return p;

    checkKeys(json,
              {u"schemaVersion"_s, u"id"_s, u"name"_s, u"source"_s, u"conversion"_s,
               u"destination"_s, u"schedule"_s, u"notifications"_s, u"retentionDays"_s,
               u"saveExchangeData"_s, u"needsFirstRunApproval"_s},
              {}, file, findings);
    const JsonSettingsReader r(json, findings, file);

    QString idText;
    r.readString(u"id"_s, &idText);
    p.id = QUuid::fromString(idText);
    if (p.id.isNull())
        r.bad(u"id"_s, tr("must be a UUID"));
    r.readString(u"name"_s, &p.name);

    readSource(objectAt(json, u"source"_s, {}, file, findings), &p, file, findings);

    Findings conversionFindings;
    p.conversion = ConversionSettings::fromJson(objectAt(json, u"conversion"_s, {}, file, findings),
                                                file, &conversionFindings);
    appendPrefixed(conversionFindings, u"conversion"_s, findings);
    if (original.value(u"schemaVersion"_s).toInt(0) < 3) {
        p.migratedRoleRules = p.conversion.filters.migrateRoleRulesFromVersion1();
        if (!p.migratedRoleRules.isEmpty())
            findings->info(file, 0, u"conversion.roleRules"_s,
                           tr("role rules left at the old default now send these roles to "
                              "staff.csv: %1")
                               .arg(p.migratedRoleRules.join(u", "_s)),
                           u"settings.roleRules.migrated"_s);
    }

    readDestination(objectAt(json, u"destination"_s, {}, file, findings), &p, file, findings);
    if (const QJsonObject rule = objectAt(json, u"schedule"_s, {}, file, findings);
        !rule.isEmpty()) {
        Findings local;
        p.schedule = ScheduleRule::fromJson(rule, &local, file);
        appendPrefixed(local, u"schedule"_s, findings);
    }
    readNotifications(objectAt(json, u"notifications"_s, {}, file, findings), &p, file, findings);
    r.readInt(u"retentionDays"_s, 1, 3650, &p.retentionDays);
    r.readBool(u"saveExchangeData"_s, &p.saveExchangeData);
    r.readBool(u"needsFirstRunApproval"_s, &p.needsFirstRunApproval);
    return p;
}

QStringList Profile::requiredSecrets() const
{
    QStringList names;
    if (source.kind == SourceKind::Rest && source.rest.authType != RestAuthType::None)
        names << SecretName::SisClientSecret;
    if (source.kind == SourceKind::SftpCsv)
        names << (source.sftp.authType == SftpAuthType::PublicKey ? SecretName::SisSftpKeyPassphrase
                                                                  : SecretName::SisSftpPassword);
    if (destination.kind == DestinationKind::AsmSftp)
        names << (destination.sftp.authType == SftpAuthType::PublicKey
                      ? SecretName::AsmKeyPassphrase
                      : SecretName::AsmPassword);
    if (notifications.email.enabled && !notifications.email.username.isEmpty())
        names << SecretName::SmtpPassword;
    if (conversion.mapping.pseudonymizeStudentNames)
        names << SecretName::PseudonymKey;
    return names;
}

} // namespace rb
