// Profiles as JSON and on disk: round trips per source and destination, bad values named by
// their path, migration, atomic writes, corrupt files, duplicate/remove, import and export.
#include "ResultCheck.h"
#include "store/Profile.h"
#include "store/ProfileStore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#ifdef Q_OS_UNIX
#include <sys/resource.h>

#include <csignal>
#endif

using namespace Qt::StringLiterals;

namespace rb {

namespace {

Profile sampleProfile(SourceKind source, DestinationKind destination)
{
    Profile p = Profile::create(u"North District"_s);
    p.source.kind = source;
    switch (source) {
    case SourceKind::Csv:
        p.source.path = u"/srv/drop"_s;
        p.source.watch = true;
        break;
    case SourceKind::Rest:
        p.source.rest.baseUrl = u"https://sis.example.org"_s;
        p.source.rest.clientId = u"rosterbridge"_s;
        p.source.rest.scopes = {u"roster-core.readonly"_s};
        p.source.rest.pageSize = 500;
        break;
    case SourceKind::SftpCsv:
        p.source.sftp.host = u"sis-sftp.example.org"_s;
        p.source.sftp.username = u"export"_s;
        p.source.sftp.authType = SftpAuthType::PublicKey;
        p.source.sftp.privateKeyFile = u"/keys/sis"_s;
        p.source.remotePath = u"exports/oneroster.zip"_s;
        break;
    }
    p.destination.kind = destination;
    if (destination == DestinationKind::Folder) {
        p.destination.folder = u"/srv/out"_s;
    } else {
        p.destination.sftp.host = u"upload.appleschoolcontent.com"_s;
        p.destination.sftp.username = u"district@sftp.apple.com"_s;
        p.destination.sftp.hostKeyFingerprint =
            u"SHA256:abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG"_s;
    }
    p.conversion.filters.schools = {u"sch-0001"_s};
    p.conversion.filters.activeStudentsOnly = true;
    p.conversion.mapping.passwordPolicy = u"6"_s;
    ScheduleRule rule;
    rule.hour = 2;
    rule.minute = 30;
    rule.timeZone = u"America/Chicago"_s;
    p.schedule = rule;
    p.notifications.email.enabled = true;
    p.notifications.email.smtpHost = u"smtp.example.org"_s;
    p.notifications.email.smtpPort = 2525;
    p.notifications.email.startTls = false;
    p.notifications.email.username = u"mailer"_s;
    p.notifications.email.from = u"rosterbridge@example.org"_s;
    p.notifications.email.to = {u"it@example.org"_s, u"admin@example.org"_s};
    p.notifications.webhookUrl = u"https://hooks.example.org/rb"_s;
    p.notifications.successPingUrl = u"https://hc-ping.example.org/5f1c"_s;
    p.notifications.staleAfterDays = 5;
    p.retentionDays = 90;
    p.saveExchangeData = true;
    p.needsFirstRunApproval = false;
    return p;
}

QStringList fieldsOf(const Findings &findings, Severity severity)
{
    QStringList fields;
    for (const Finding &f : findings.kept()) {
        if (f.severity == severity)
            fields << f.field;
    }
    return fields;
}

void writeText(const QString &path, const QByteArray &text)
{
    QFile f(path);
    QVERIFY2(f.open(QIODevice::WriteOnly), qPrintable(path));
    f.write(text);
}

void collectKeys(const QJsonObject &json, QStringList *keys)
{
    for (auto it = json.begin(); it != json.end(); ++it) {
        *keys << it.key();
        if (it.value().isObject())
            collectKeys(it.value().toObject(), keys);
    }
}

QByteArray readText(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

} // namespace

class TestProfileStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void defaults()
    {
        const Profile p = Profile::create(u"x"_s);
        QVERIFY(!p.id.isNull());
        QCOMPARE(p.schemaVersion, Profile::kSchemaVersion);
        QCOMPARE(p.retentionDays, 30);
        QVERIFY(!p.saveExchangeData);
        QVERIFY(p.needsFirstRunApproval);
        QCOMPARE(p.source.kind, SourceKind::Csv);
        QCOMPARE(p.destination.kind, DestinationKind::AsmSftp);
    }

    void roundTrip_data()
    {
        QTest::addColumn<SourceKind>("source");
        QTest::addColumn<DestinationKind>("destination");
        QTest::addColumn<QStringList>("secrets");
        QTest::newRow("csv to asm-sftp") << SourceKind::Csv << DestinationKind::AsmSftp
                                         << QStringList{u"asmPassword"_s, u"smtpPassword"_s};
        QTest::newRow("rest to folder") << SourceKind::Rest << DestinationKind::Folder
                                        << QStringList{u"sisClientSecret"_s, u"smtpPassword"_s};
        QTest::newRow("sftp-csv to asm-sftp")
            << SourceKind::SftpCsv << DestinationKind::AsmSftp
            << QStringList{u"sisSftpKeyPassphrase"_s, u"asmPassword"_s, u"smtpPassword"_s};
    }

    void roundTrip()
    {
        QFETCH(SourceKind, source);
        QFETCH(DestinationKind, destination);
        QFETCH(QStringList, secrets);
        const Profile p = sampleProfile(source, destination);
        const QJsonObject json = p.toJson();
        QCOMPARE(json.value(u"source"_s).toObject().value(u"kind"_s).toString(),
                 sourceKindName(source));
        QCOMPARE(json.value(u"destination"_s).toObject().value(u"kind"_s).toString(),
                 destinationKindName(destination));

        Findings findings;
        const Profile back = Profile::fromJson(json, &findings, u"p.json"_s);
        QVERIFY2(findings.totalCount() == 0, qPrintable(findings.lines().join(u'\n')));
        QCOMPARE(back.toJson(), json);
        QCOMPARE(back.id, p.id);
        QCOMPARE(back.name, p.name);
        QCOMPARE(back.source.kind, source);
        QCOMPARE(back.destination.kind, destination);
        QVERIFY(back.schedule == p.schedule);
        QCOMPARE(back.notifications.email.to, p.notifications.email.to);
        QCOMPARE(back.notifications.successPingUrl, p.notifications.successPingUrl);
        QCOMPARE(back.notifications.staleAfterDays, 5);
        QCOMPARE(back.retentionDays, 90);
        QVERIFY(back.saveExchangeData);
        QVERIFY(!back.needsFirstRunApproval);
        QCOMPARE(back.requiredSecrets(), secrets);
    }

    void noSecretInJson()
    {
        const Profile p = sampleProfile(SourceKind::Rest, DestinationKind::AsmSftp);
        QStringList keys;
        collectKeys(p.toJson(), &keys);
        QVERIFY(keys.contains(u"clientId"_s));
        const QStringList secretKeys = {u"password"_s,
                                        u"passphrase"_s,
                                        u"keyPassphrase"_s,
                                        u"secret"_s,
                                        u"clientSecret"_s,
                                        SecretName::SisClientSecret,
                                        SecretName::AsmPassword,
                                        SecretName::AsmKeyPassphrase,
                                        SecretName::SisSftpPassword,
                                        SecretName::SmtpPassword};
        for (const QString &key : std::as_const(keys)) {
            QVERIFY2(!secretKeys.contains(key, Qt::CaseInsensitive), qPrintable(key));
        }
    }

    void secretsInJsonAreIgnored()
    {
        QJsonObject json = sampleProfile(SourceKind::Csv, DestinationKind::AsmSftp).toJson();
        json.insert(u"asmPassword"_s, u"hunter2"_s);
        QJsonObject dst = json.value(u"destination"_s).toObject();
        QJsonObject sftp = dst.value(u"sftp"_s).toObject();
        sftp.insert(u"password"_s, u"hunter2"_s);
        dst.insert(u"sftp"_s, sftp);
        json.insert(u"destination"_s, dst);
        Findings findings;
        const Profile p = Profile::fromJson(json, &findings, u"p.json"_s);
        QVERIFY(!findings.hasErrors());
        const QStringList warnings = fieldsOf(findings, Severity::Warning);
        QVERIFY2(warnings.contains(u"asmPassword"_s), qPrintable(warnings.join(u' ')));
        QVERIFY2(warnings.contains(u"destination.sftp.password"_s),
                 qPrintable(warnings.join(u' ')));
        QVERIFY(!QJsonDocument(p.toJson()).toJson().contains("hunter2"));
    }

    void badValuesAreNamed()
    {
        const QJsonObject json{
            {u"schemaVersion"_s, 2},
            {u"id"_s, u"not-a-uuid"_s},
            {u"name"_s, 7},
            {u"source"_s, QJsonObject{{u"kind"_s, u"sftp-csv"_s},
                                      {u"sftp"_s, QJsonObject{{u"port"_s, 70000}}},
                                      {u"remotePath"_s, true}}},
            {u"conversion"_s, QJsonObject{{u"activeStudentsOnly"_s, u"yes"_s}}},
            {u"destination"_s, QJsonObject{{u"kind"_s, u"carrier-pigeon"_s}}},
            {u"schedule"_s, u"daily"_s},
            {u"notifications"_s,
             QJsonObject{{u"webhookUrl"_s, u"ftp://x"_s},
                         {u"successPingUrl"_s, u"mailto:it@example.org"_s},
                         {u"staleAfterDays"_s, 99},
                         {u"email"_s, QJsonObject{{u"smtpPort"_s, 0},
                                                  {u"to"_s, QJsonArray{u"nobody"_s}},
                                                  {u"colour"_s, u"red"_s}}}}},
            {u"retentionDays"_s, 0},
            {u"saveExchangeData"_s, u"on"_s},
            {u"needsFirstRunApproval"_s, 1},
            {u"colour"_s, u"red"_s}};
        Findings findings;
        Profile::fromJson(json, &findings, u"p.json"_s);
        const QStringList errors = fieldsOf(findings, Severity::Error);
        const QStringList expected = {u"id"_s,
                                      u"name"_s,
                                      u"source.sftp.port"_s,
                                      u"source.remotePath"_s,
                                      u"conversion.activeStudentsOnly"_s,
                                      u"destination.kind"_s,
                                      u"schedule"_s,
                                      u"notifications.webhookUrl"_s,
                                      u"notifications.successPingUrl"_s,
                                      u"notifications.staleAfterDays"_s,
                                      u"notifications.email.smtpPort"_s,
                                      u"notifications.email.to"_s,
                                      u"retentionDays"_s,
                                      u"saveExchangeData"_s,
                                      u"needsFirstRunApproval"_s};
        for (const QString &field : expected)
            QVERIFY2(errors.contains(field), qPrintable(field % u" not in "_s % errors.join(u' ')));
        const QStringList warnings = fieldsOf(findings, Severity::Warning);
        QVERIFY(warnings.contains(u"colour"_s));
        QVERIFY(warnings.contains(u"notifications.email.colour"_s));
        for (const Finding &f : findings.kept())
            QCOMPARE(f.file, u"p.json"_s);
    }

    void scheduleIsReadAsARule()
    {
        const auto read = [](const QJsonValue &schedule, Findings *findings) {
            return Profile::fromJson(QJsonObject{{u"schemaVersion"_s, 3},
                                                 {u"id"_s, QUuid::createUuid().toString()},
                                                 {u"name"_s, u"p"_s},
                                                 {u"schedule"_s, schedule}},
                                     findings, u"p.json"_s);
        };
        Findings findings;
        QVERIFY(!read(QJsonObject(), &findings).schedule);
        const Profile daily =
            read(QJsonObject{{u"hour"_s, 3}, {u"timeZone"_s, u"UTC"_s}}, &findings);
        QVERIFY(daily.schedule);
        QCOMPARE(daily.schedule->hour, 3);
        const auto aboutSchedule = [](const QStringList &fields) {
            return fields.filter(QRegularExpression(u"^schedule"_s));
        };
        QCOMPARE(aboutSchedule(fieldsOf(findings, Severity::Error)), QStringList());
        QCOMPARE(aboutSchedule(fieldsOf(findings, Severity::Warning)), QStringList());

        // A bad value is an error of the profile, named with its path.
        read(QJsonObject{{u"hour"_s, 25}}, &findings);
        QVERIFY(fieldsOf(findings, Severity::Error).contains(u"schedule.hour"_s));

        // A zone this computer does not know keeps the profile readable: a warning, the rule
        // kept as written and never due.
        Findings zone;
        const Profile mars = read(QJsonObject{{u"timeZone"_s, u"Mars/Olympus_Mons"_s}}, &zone);
        QCOMPARE(aboutSchedule(fieldsOf(zone, Severity::Error)), QStringList());
        QCOMPARE(aboutSchedule(fieldsOf(zone, Severity::Warning)),
                 QStringList{u"schedule.timeZone"_s});
        QCOMPARE(mars.schedule->timeZone, u"Mars/Olympus_Mons"_s);
        QVERIFY(!mars.schedule->isValid());
    }

    void unknownSourceKind()
    {
        Findings findings;
        Profile::fromJson(QJsonObject{{u"schemaVersion"_s, 2},
                                      {u"id"_s, QUuid::createUuid().toString()},
                                      {u"source"_s, QJsonObject{{u"kind"_s, u"ldap"_s}}}},
                          &findings, u"p.json"_s);
        QCOMPARE(fieldsOf(findings, Severity::Error), QStringList{u"source.kind"_s});
    }

    void migratesVersion0()
    {
        // Before versioning: the conversion document was "filters", a csv source "exportPath".
        const QJsonObject v0{
            {u"name"_s, u"Old"_s},
            {u"exportPath"_s, u"/srv/export.zip"_s},
            {u"filters"_s, QJsonObject{{u"schools"_s, QJsonArray{u"sch-9"_s}}}},
            {u"destination"_s, QJsonObject{{u"type"_s, u"folder"_s}, {u"path"_s, u"/out"_s}}},
            {u"saveRequestData"_s, true}};
        Findings findings;
        const Profile p = Profile::fromJson(v0, &findings, u"old.json"_s);
        QVERIFY2(!findings.hasErrors(), qPrintable(findings.lines().join(u'\n')));
        QCOMPARE(findings.warningCount(), 0);
        QVERIFY(!p.id.isNull());
        QCOMPARE(p.name, u"Old"_s);
        QCOMPARE(p.source.kind, SourceKind::Csv);
        QCOMPARE(p.source.path, u"/srv/export.zip"_s);
        QCOMPARE(p.conversion.filters.schools, QStringList{u"sch-9"_s});
        QCOMPARE(p.destination.kind, DestinationKind::Folder);
        QCOMPARE(p.destination.folder, u"/out"_s);
        QVERIFY(p.saveExchangeData);
        QCOMPARE(p.schemaVersion, Profile::kSchemaVersion);
        QVERIFY(fieldsOf(findings, Severity::Info).contains(u"schemaVersion"_s));
        QCOMPARE(p.toJson().value(u"schemaVersion"_s).toInt(), Profile::kSchemaVersion);
    }

    void migratesVersion1()
    {
        const QUuid id = QUuid::createUuid();
        const QJsonObject v1{
            {u"schemaVersion"_s, 1},
            {u"id"_s, id.toString(QUuid::WithoutBraces)},
            {u"source"_s,
             QJsonObject{{u"type"_s, u"rest"_s},
                         {u"rest"_s, QJsonObject{{u"baseUrl"_s, u"https://sis.example.org"_s}}}}},
            {u"destination"_s, QJsonObject{{u"type"_s, u"asm-sftp"_s}}}};
        Findings findings;
        const Profile p = Profile::fromJson(v1, &findings, u"v1.json"_s);
        QVERIFY2(!findings.hasErrors(), qPrintable(findings.lines().join(u'\n')));
        QCOMPARE(p.id, id);
        QCOMPARE(p.source.kind, SourceKind::Rest);
        QCOMPARE(p.source.rest.baseUrl, u"https://sis.example.org"_s);
        QCOMPARE(p.destination.kind, DestinationKind::AsmSftp);
    }

    void newerSchemaIsRefused()
    {
        Findings findings;
        Profile::fromJson(QJsonObject{{u"schemaVersion"_s, Profile::kSchemaVersion + 1}}, &findings,
                          u"new.json"_s);
        QCOMPARE(fieldsOf(findings, Severity::Error), QStringList{u"schemaVersion"_s});
    }

    void saveLoadList()
    {
        QTemporaryDir dir;
        const ProfileStore store(dir.filePath(u"profiles"_s));
        QVERIFY(store.loadAll().profiles.isEmpty()); // a missing folder is an empty store
        const Profile a = sampleProfile(SourceKind::Csv, DestinationKind::Folder);
        Profile b = sampleProfile(SourceKind::Rest, DestinationKind::AsmSftp);
        b.name = u"Alpha"_s;
        QVERIFY_OK(store.save(a));
        QVERIFY_OK(store.save(b));
        QVERIFY(QFileInfo::exists(store.filePath(a.id)));

        const ProfileStore::LoadResult all = store.loadAll();
        QVERIFY(all.unreadableFiles.isEmpty());
        QCOMPARE(all.profiles.size(), 2);
        QCOMPARE(all.profiles.at(0).name, u"Alpha"_s);
        QCOMPARE(all.profiles.at(1).toJson(), a.toJson());

        Findings findings;
        const std::optional<Profile> loaded = store.load(b.id, &findings);
        QVERIFY(loaded);
        QCOMPARE(loaded->toJson(), b.toJson());
        QVERIFY(!store.load(QUuid::createUuid(), &findings));
        QVERIFY(findings.hasErrors());
    }

    void failedWriteKeepsOldFile()
    {
        QTemporaryDir dir;
        const ProfileStore store(dir.path());
        Profile p = sampleProfile(SourceKind::Csv, DestinationKind::Folder);
        QVERIFY(store.save(p));
        const QByteArray before = readText(store.filePath(p.id));

        // A file size limit makes the write fail part way, as a full disk would; root is
        // not exempt from it, unlike from folder permissions.
#ifdef Q_OS_UNIX
        p.name = u"Changed"_s;
        std::signal(SIGXFSZ, SIG_IGN);
        rlimit saved{};
        QCOMPARE(getrlimit(RLIMIT_FSIZE, &saved), 0);
        rlimit small = saved;
        small.rlim_cur = 64;
        QCOMPARE(setrlimit(RLIMIT_FSIZE, &small), 0);
        const Result<void> written = store.save(p);
        QCOMPARE(setrlimit(RLIMIT_FSIZE, &saved), 0);
        QVERIFY(!written);
        QVERIFY(!written.error().isEmpty());
        QCOMPARE(readText(store.filePath(p.id)), before);
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).size(), 1);
        Findings findings;
        QCOMPARE(store.load(p.id, &findings)->name, u"North District"_s);
#else
        QSKIP("needs a POSIX file size limit");
#endif
    }

    void corruptFileReportedOthersLoad()
    {
        QTemporaryDir dir;
        const ProfileStore store(dir.path());
        const Profile good = sampleProfile(SourceKind::Csv, DestinationKind::Folder);
        QVERIFY(store.save(good));
        const QString broken = dir.filePath(u"broken.json"_s);
        writeText(broken, "{ \"name\": ");
        const QString wrong = dir.filePath(u"wrong.json"_s);
        writeText(wrong, "{\"schemaVersion\": 2, \"id\": 5}");

        const ProfileStore::LoadResult all = store.loadAll();
        QCOMPARE(all.profiles.size(), 1);
        QCOMPARE(all.profiles.at(0).id, good.id);
        QCOMPARE(all.unreadableFiles, (QStringList{u"broken.json"_s, u"wrong.json"_s}));
        QStringList files;
        for (const Finding &f : all.findings.kept()) {
            if (f.severity == Severity::Error)
                files << f.file;
        }
        QVERIFY(files.contains(u"broken.json"_s));
        QVERIFY(files.contains(u"wrong.json"_s));
        QCOMPARE(readText(broken), QByteArray("{ \"name\": "));
    }

    void duplicateAndRemove()
    {
        QTemporaryDir dir;
        const ProfileStore store(dir.path());
        const Profile p = sampleProfile(SourceKind::SftpCsv, DestinationKind::AsmSftp);
        QVERIFY(store.save(p));
        const Result<Profile> copy = store.duplicate(p.id, u"Copy"_s);
        QVERIFY2(copy, qPrintable(copy.error()));
        QVERIFY(copy->id != p.id);
        QCOMPARE(copy->name, u"Copy"_s);
        QVERIFY(copy->needsFirstRunApproval);
        QCOMPARE(copy->source.sftp.host, p.source.sftp.host);
        QCOMPARE(store.loadAll().profiles.size(), 2);

        QVERIFY(store.remove(p.id));
        QVERIFY(!QFileInfo::exists(store.filePath(p.id)));
        const ProfileStore::LoadResult all = store.loadAll();
        QCOMPARE(all.profiles.size(), 1);
        QCOMPARE(all.profiles.at(0).id, copy->id);
        QVERIFY(store.remove(p.id)); // already gone
        const Result<Profile> again = store.duplicate(p.id, u"Again"_s);
        QVERIFY(!again);
        QVERIFY(!again.error().isEmpty());
    }

    void exportImport()
    {
        QTemporaryDir dir;
        const ProfileStore store(dir.filePath(u"a"_s));
        const ProfileStore other(dir.filePath(u"b"_s));
        const Profile p = sampleProfile(SourceKind::Rest, DestinationKind::AsmSftp);
        QVERIFY(store.save(p));
        const QString exported = dir.filePath(u"export.json"_s);
        QVERIFY_OK(store.exportTo(p.id, exported));
        QCOMPARE(QJsonDocument::fromJson(readText(exported)).object(), p.toJson());

        // Into another store: the id is free and kept.
        const ProfileStore::ImportResult fresh = other.importFrom(exported);
        QVERIFY2(fresh.profile, qPrintable(fresh.findings.lines().join(u'\n')));
        QVERIFY(!fresh.idChanged);
        QCOMPARE(fresh.profile->id, p.id);
        QVERIFY(fresh.profile->needsFirstRunApproval);
        QCOMPARE(fresh.secretsToEnter,
                 (QStringList{u"sisClientSecret"_s, u"asmPassword"_s, u"smtpPassword"_s}));

        // Into the same store: the id clashes and a new one is given.
        const ProfileStore::ImportResult clash = store.importFrom(exported);
        QVERIFY(clash.profile);
        QVERIFY(clash.idChanged);
        QVERIFY(clash.profile->id != p.id);
        QCOMPARE(clash.profile->name, p.name);
        QCOMPARE(store.loadAll().profiles.size(), 2);

        const QString bad = dir.filePath(u"bad.json"_s);
        writeText(bad, "[]");
        const ProfileStore::ImportResult refused = store.importFrom(bad);
        QVERIFY(!refused.profile);
        QCOMPARE(refused.findings.kept().value(0).file, u"bad.json"_s);
        QCOMPARE(store.loadAll().profiles.size(), 2);
    }
};

} // namespace rb

QTEST_GUILESS_MAIN(rb::TestProfileStore)
#include "tst_profilestore.moc"
