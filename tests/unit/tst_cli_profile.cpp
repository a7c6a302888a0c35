#include "ProfileFixtures.h"
#include "ResultCheck.h"
#include "TestSupport.h"

#include "schedule/ScheduleRule.h"
#include "store/AppPaths.h"
#include "store/ProfileStore.h"
#include "store/SecretStore.h"

#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace rb;
using namespace rb::test;
using namespace Qt::StringLiterals;

// `rosterbridge profile list|export|import|secret|remove` on real profile files. The secret
// cases use the real keychain: tools/dev/run-tests.sh runs the tests inside a private D-Bus
// session with an unlocked gnome-keyring.
class TestCliProfile : public QObject
{
    Q_OBJECT
    QTemporaryDir m_tmp;

    QString dir(const QString &name) const { return subfolder(m_tmp, name); }

    ProcessResult profile(const QStringList &args)
    {
        return run(appBinary(), QStringList{QStringLiteral("profile")} + args);
    }

    // Runs `profile ...` with input on its standard input and extra environment variables.
    static ProcessResult profileWithInput(const QStringList &args, const QByteArray &input,
                                          const QHash<QString, QString> &environment = {})
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (auto it = environment.begin(); it != environment.end(); ++it)
            env.insert(it.key(), it.value());
        // Standard input is always closed, so that a command reading it never waits.
        return run(appBinary(), QStringList{u"profile"_s} + args, env, 60000,
                   input.isNull() ? QByteArray("") : input);
    }

    // A profile that needs sisClientSecret (REST source) and asmPassword (ASM over SFTP).
    static Profile restProfile(const QString &folder, const QString &name)
    {
        Profile p = restProfileNeedingSecret(name);
        QString error;
        if (!ProfileStore(folder).save(p))
            qFatal("cannot save the profile: %s", qPrintable(error));
        return p;
    }

    static bool haveKeychain() { return qEnvironmentVariableIsSet("DBUS_SESSION_BUS_ADDRESS"); }

private slots:
    void initTestCase()
    {
        QVERIFY(m_tmp.isValid());
        // Overrides would answer reads instead of the keychain.
        for (const char *name :
             {"ROSTERBRIDGE_SIS_SECRET", "ROSTERBRIDGE_ASM_PASSWORD",
              "ROSTERBRIDGE_ASM_KEY_PASSPHRASE", "ROSTERBRIDGE_SIS_SFTP_PASSWORD",
              "ROSTERBRIDGE_SIS_SFTP_KEY_PASSPHRASE", "ROSTERBRIDGE_SMTP_PASSWORD"})
            qunsetenv(name);
    }

    void listExportImport()
    {
        const QString home = dir(QStringLiteral("profiles"));
        const ProfileStore store(home);
        Profile north = Profile::create(QStringLiteral("North District"));
        north.source.kind = SourceKind::Rest;
        north.source.rest.baseUrl = QStringLiteral("https://sis.example.org");
        north.source.rest.clientId = QStringLiteral("rb");
        QVERIFY_OK(store.save(north));
        QVERIFY(store.save(Profile::create(QStringLiteral("South District"))));

        auto r = profile({QStringLiteral("list"), QStringLiteral("--profiles-dir"), home});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains("North District"));
        QVERIFY(r.out.contains("South District"));
        QVERIFY(r.out.contains(north.id.toString(QUuid::WithoutBraces).toUtf8()));

        r = profile({QStringLiteral("list"), QStringLiteral("--json"),
                     QStringLiteral("--profiles-dir"), home});
        QCOMPARE(QJsonDocument::fromJson(r.out).array().size(), 2);

        const QString exported = m_tmp.filePath(QStringLiteral("north.json"));
        r = profile({QStringLiteral("export"), QStringLiteral("North District"),
                     QStringLiteral("-o"), exported, QStringLiteral("--profiles-dir"), home});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(!readFile(exported).contains("secret"));

        const QString other = dir(QStringLiteral("other-computer"));
        r = profile({QStringLiteral("import"), exported, QStringLiteral("--profiles-dir"), other});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(r.out.contains("Imported \"North District\""));
        QVERIFY2(r.out.contains("sisClientSecret"), r.out.constData());
        QCOMPARE(ProfileStore(other).loadAll().profiles.size(), 1);
    }

    // A profile written by hand or with its id stripped is imported under a new id.
    void importWithoutIdGetsOne()
    {
        const QString home = dir(u"no-id"_s);
        QJsonObject json = Profile::create(u"Hand Written"_s).toJson();
        json.remove(u"id"_s);
        const QString file = m_tmp.filePath(u"hand-written.json"_s);
        writeFile(file, QJsonDocument(json).toJson());
        const auto r = profile({u"import"_s, file, u"--profiles-dir"_s, home});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY2(r.out.contains("Imported \"Hand Written\""), r.out.constData());
        const auto loaded = ProfileStore(home).loadAll();
        QCOMPARE(loaded.profiles.size(), 1);
        QVERIFY(!loaded.profiles.at(0).id.isNull());

        // A malformed id is still refused, by field.
        json.insert(u"id"_s, u"not-a-uuid"_s);
        writeFile(file, QJsonDocument(json).toJson());
        const auto bad = profile({u"import"_s, file, u"--profiles-dir"_s, home});
        QCOMPARE(bad.exitCode, 1);
        QVERIFY2(bad.err.contains("hand-written.json") && bad.err.contains("id"),
                 bad.err.constData());
    }

    void pauseAndResumeTheSchedule()
    {
        const QString home = dir(QStringLiteral("scheduled"));
        Profile p = Profile::create(QStringLiteral("Nightly"));
        ScheduleRule rule;
        rule.hour = 4;
        rule.timeZone = QStringLiteral("Europe/London");
        p.schedule = rule;
        QVERIFY(ProfileStore(home).save(p));
        QVERIFY(ProfileStore(home).save(Profile::create(QStringLiteral("By Hand"))));
        const QStringList where{QStringLiteral("--profiles-dir"), home};
        auto r = profile(QStringList{QStringLiteral("pause"), QStringLiteral("Nightly")} + where);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        Findings findings;
        const auto paused = ProfileStore(home).load(p.id, &findings);
        QVERIFY(paused->schedule->paused);
        r = profile(QStringList{QStringLiteral("list")} + where);
        QVERIFY2(r.out.contains("(paused)"), r.out.constData());
        QVERIFY2(r.out.contains("run by hand"), r.out.constData());
        r = profile(QStringList{QStringLiteral("resume"), QStringLiteral("Nightly")} + where);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(r.out.contains("04:00"));
        QVERIFY(!ProfileStore(home).load(p.id, &findings)->schedule->paused);
        r = profile(QStringList{QStringLiteral("pause"), QStringLiteral("By Hand")} + where);
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains("no schedule"));
    }

    void corruptFileIsNamedAndLeftAlone()
    {
        const QString home = dir(QStringLiteral("with-broken"));
        QVERIFY(ProfileStore(home).save(Profile::create(QStringLiteral("Good"))));
        const QString broken = QDir(home).filePath(QStringLiteral("broken.json"));
        writeFile(broken, "{ not json");
        const auto r = profile({QStringLiteral("list"), QStringLiteral("--profiles-dir"), home});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.out.contains("Good"));
        QVERIFY2(r.err.contains("broken.json"), r.err.constData());
        QCOMPARE(readFile(broken), QByteArray("{ not json"));
    }

    void secretStoredRemovedAndGoneWithProfile()
    {
        if (!haveKeychain())
            QSKIP("DBUS_SESSION_BUS_ADDRESS is not set: no session bus, so no keychain to test "
                  "against (tools/dev/run-tests.sh provides one with gnome-keyring)");
        const QString home = dir(u"secret-profiles"_s);
        const QString config = dir(u"secret-config"_s);
        const Profile north = restProfile(home, u"North District"_s);
        const QStringList where = {u"--profiles-dir"_s, home, u"--config-dir"_s, config};
        const QByteArray value = "Cl1ent-S3cret-\xc3\xbc-4711";

        ProcessResult r = profileWithInput(
            QStringList{u"secret"_s, u"North District"_s, u"sisClientSecret"_s} + where,
            value + "\n");
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY2(r.out.contains("Stored sisClientSecret"), r.out.constData());
        QVERIFY(!r.out.contains(value) && !r.err.contains(value));
        SecretResult read = readSecretNow(config, north.id, u"sisClientSecret"_s);
        QVERIFY2(read.ok(), qPrintable(read.errorText));
        QVERIFY(!read.fromEnvironment);
        QCOMPARE(read.value, QString::fromUtf8(value));

        // By id, with a Windows line ending; only one line ending is taken off.
        r = profileWithInput(
            QStringList{u"secret"_s, north.id.toString(QUuid::WithoutBraces), u"asmPassword"_s} +
                where,
            "pass word \r\n");
        QVERIFY2(r.exitCode == 0, r.err.constData());
        read = readSecretNow(config, north.id, u"asmPassword"_s);
        QCOMPARE(read.value, u"pass word "_s);
        QCOMPARE(SecretStore(AppPaths::secretsIndexFolder(config)).knownSecrets(north.id),
                 (QStringList{u"sisClientSecret"_s, u"asmPassword"_s}));

        r = profileWithInput(
            QStringList{u"secret"_s, u"North District"_s, u"asmPassword"_s, u"--remove"_s} + where,
            {});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(readSecretNow(config, north.id, u"asmPassword"_s).status, SecretStatus::NotFound);
        QCOMPARE(readSecretNow(config, north.id, u"sisClientSecret"_s).value,
                 QString::fromUtf8(value));

        r = profileWithInput(QStringList{u"remove"_s, u"North District"_s} + where, {});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY2(r.out.contains("Removed the profile \"North District\""), r.out.constData());
        QVERIFY(!QFileInfo::exists(ProfileStore(home).filePath(north.id)));
        QCOMPARE(readSecretNow(config, north.id, u"sisClientSecret"_s).status,
                 SecretStatus::NotFound);
        QVERIFY(SecretStore(AppPaths::secretsIndexFolder(config)).knownSecrets(north.id).isEmpty());
    }

    // Checked before the keychain is asked, so no keychain is needed.
    void secretNamesAndValueAreChecked()
    {
        const QString home = dir(u"names-profiles"_s);
        const QStringList where = {u"--profiles-dir"_s, home, u"--config-dir"_s,
                                   dir(u"names-config"_s)};
        restProfile(home, u"North District"_s);

        ProcessResult r = profileWithInput(
            QStringList{u"secret"_s, u"North District"_s, u"smtpPassword"_s} + where, "x\n");
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("sisClientSecret, asmPassword"), r.err.constData());
        r = profileWithInput(
            QStringList{u"secret"_s, u"North District"_s, u"bogus"_s, u"--remove"_s} + where, {});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("smtpPassword"), r.err.constData());
        r = profileWithInput(
            QStringList{u"secret"_s, u"North District"_s, u"asmPassword"_s} + where, "\n");
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("empty"), r.err.constData());
        r = profileWithInput(QStringList{u"secret"_s, u"North District"_s} + where, "x");
        QCOMPARE(r.exitCode, 2);
        r = profileWithInput(QStringList{u"secret"_s, u"Nobody"_s, u"asmPassword"_s} + where, "x");
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(profileWithInput(QStringList{u"remove"_s, u"Nobody"_s} + where, {}).exitCode, 1);
    }

    // A session bus address that leads nowhere: the keychain is reported unavailable.
    void unavailableKeychainIsReported()
    {
        const QString home = dir(u"nokeychain-profiles"_s);
        const QString config = dir(u"nokeychain-config"_s);
        const QStringList where = {u"--profiles-dir"_s, home, u"--config-dir"_s, config};
        const Profile north = restProfile(home, u"North District"_s);
        const QHash<QString, QString> deadBus = {
            {u"DBUS_SESSION_BUS_ADDRESS"_s,
             QString(u"unix:path="_s + m_tmp.filePath(u"no-such-bus"_s))}};

        ProcessResult r = profileWithInput(
            QStringList{u"secret"_s, u"North District"_s, u"asmPassword"_s} + where,
            "Unseen-Pa55\n", deadBus);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("ROSTERBRIDGE_ASM_PASSWORD"), r.err.constData());
        QVERIFY(!r.out.contains("Unseen-Pa55") && !r.err.contains("Unseen-Pa55"));

        // The profile goes; the secrets it had are named as left behind.
        r = profileWithInput(QStringList{u"remove"_s, u"North District"_s} + where, {}, deadBus);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(!QFileInfo::exists(ProfileStore(home).filePath(north.id)));
        QVERIFY2(r.err.contains("left") && r.err.contains("asmPassword"), r.err.constData());
    }

    void usage()
    {
        QCOMPARE(profile({}).exitCode, 2);
        QCOMPARE(profile({QStringLiteral("rename")}).exitCode, 2);
        QCOMPARE(profile({QStringLiteral("export"), QStringLiteral("x")}).exitCode, 2);
        const auto r = profile({QStringLiteral("export"), QStringLiteral("Nobody"),
                                QStringLiteral("-o"), m_tmp.filePath(QStringLiteral("n.json")),
                                QStringLiteral("--profiles-dir"), dir(QStringLiteral("empty"))});
        QCOMPARE(r.exitCode, 1);
    }
};

QTEST_GUILESS_MAIN(TestCliProfile)
#include "tst_cli_profile.moc"
