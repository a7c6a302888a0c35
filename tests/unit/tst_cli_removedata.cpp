#include "ProfileFixtures.h"
#include "TestSupport.h"

#include "store/AppPaths.h"
#include "store/ProfileStore.h"
#include "store/SecretStore.h"

#include <QDir>
#include <QFileInfo>
#include <QLockFile>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QTest>

using namespace rb;
using namespace rb::test;
using namespace Qt::StringLiterals;

// `rosterbridge remove-user-data`: what the Windows uninstaller runs when the user asks for
// their data to go too. The keychain case uses the real Secret Service: tools/dev/run-tests.sh
// runs the tests inside a private D-Bus session with an unlocked gnome-keyring.
class TestCliRemoveData : public QObject
{
    Q_OBJECT
    QTemporaryDir m_tmp;

    QString dir(const QString &name) const { return subfolder(m_tmp, name); }

    // The app's environment with its standard folders under home (Linux: XDG locations).
    static QProcessEnvironment environmentFor(const QString &home)
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"HOME"_s, home);
        env.insert(u"XDG_CONFIG_HOME"_s, home + u"/.config"_s);
        env.insert(u"XDG_DATA_HOME"_s, home + u"/.local/share"_s);
        return env;
    }

    static ProcessResult app(const QStringList &args, const QProcessEnvironment &env,
                             const QByteArray &input = "")
    {
        // Standard input is always given, so that a command reading it never waits.
        return run(appBinary(), args, env, 120000, input);
    }

    static void saveProfile(const QString &folder, const Profile &p)
    {
        QString error;
        if (!ProfileStore(folder).save(p))
            qFatal("cannot save the profile: %s", qPrintable(error));
    }

    // A profile that needs sisClientSecret; it is never run.
    static Profile restProfile(const QString &name)
    {
        Profile p = restProfileNeedingSecret(name);
        p.destination.kind = DestinationKind::Folder;
        p.destination.folder = u"/nonexistent"_s;
        return p;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_tmp.isValid());
        // An override would answer reads instead of the keychain.
        qunsetenv("ROSTERBRIDGE_SIS_SECRET");
    }

    // The uninstaller's case: the standard folders, secrets in the keychain (one left behind
    // by a profile removed earlier), a run in the history with its package held for review,
    // and start at login.
    void listsThenRemovesEverything()
    {
#ifndef Q_OS_LINUX
        QSKIP("the standard folders are moved with XDG variables, which only Linux reads");
#endif
        if (!qEnvironmentVariableIsSet("DBUS_SESSION_BUS_ADDRESS"))
            QSKIP("DBUS_SESSION_BUS_ADDRESS is not set: no session bus, so no keychain to test "
                  "against (tools/dev/run-tests.sh provides one with gnome-keyring)");
        const QString home = dir(u"home"_s);
        const QProcessEnvironment env = environmentFor(home);
        const QString config = home + u"/.config/RosterBridge"_s;
        const QString data = home + u"/.local/share/RosterBridge"_s;
        const QString profiles = AppPaths::profilesFolder(config);
        const QString autostart = home + u"/.config/autostart/rosterbridge.desktop"_s;

        const Profile north = restProfile(u"North District"_s);
        saveProfile(profiles, north);
        const Profile gone = restProfile(u"Gone District"_s);
        saveProfile(profiles, gone);
        Profile south = Profile::create(u"South District"_s);
        const QString district = m_tmp.filePath(u"tiny.zip"_s);
        QCOMPARE(run(generatorBinary(), {u"--scale"_s, u"tiny"_s, u"--version"_s, u"1.1"_s,
                                         u"--run-date"_s, u"2026-09-01"_s, u"-o"_s, district})
                     .exitCode,
                 0);
        south.source.kind = SourceKind::Csv;
        south.source.path = district;
        south.conversion.filters.runDate = QDate(2026, 9, 1);
        south.destination.kind = DestinationKind::Folder;
        south.destination.folder = dir(u"dropbox"_s);
        saveProfile(profiles, south);

        for (const Profile &p : {north, gone}) {
            const ProcessResult r = app({u"profile"_s, u"secret"_s, p.name, u"sisClientSecret"_s},
                                        env, "s3cret-value\n");
            QVERIFY2(r.exitCode == 0, r.err.constData());
        }
        // Removed by hand: its secret is known only to the keychain's index now.
        QVERIFY(QFile::remove(ProfileStore(profiles).filePath(gone.id)));
        // The first delivery is held: a run in the history and a package kept for review.
        ProcessResult r = app({u"run"_s, u"--profile"_s, u"South District"_s}, env);
        QVERIFY2(r.exitCode == 3, r.err.constData());
        QVERIFY(QFileInfo::exists(AppPaths::historyDatabase(data)));
        QVERIFY(!QDir(AppPaths::heldFolder(data)).isEmpty());
        QVERIFY(QDir().mkpath(QFileInfo(autostart).path()));
        writeFile(autostart, "[Desktop Entry]\nType=Application\nName=RosterBridge\n");

        // Without --yes: the list, and nothing removed.
        r = app({u"remove-user-data"_s}, env);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.out.contains("North District") && r.out.contains("South District"),
                 r.out.constData());
        QVERIFY2(r.out.contains("2 secret"), r.out.constData());
        QVERIFY2(r.out.contains(config.toUtf8()) && r.out.contains(data.toUtf8()),
                 r.out.constData());
        QVERIFY2(r.out.contains(autostart.toUtf8()), r.out.constData());
        QVERIFY2(r.err.contains("--yes"), r.err.constData());
        QVERIFY(QFileInfo::exists(ProfileStore(profiles).filePath(north.id)));
        QVERIFY(QFileInfo::exists(AppPaths::historyDatabase(data)));
        QVERIFY(QFileInfo::exists(autostart));
        QCOMPARE(readSecretNow(config, north.id, u"sisClientSecret"_s).value, u"s3cret-value"_s);

        r = app({u"remove-user-data"_s, u"--yes"_s}, env);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY2(r.out.contains("Removed 2 secret"), r.out.constData());
        QVERIFY(!QFileInfo::exists(config));
        QVERIFY(!QFileInfo::exists(data));
        QVERIFY(!QFileInfo::exists(autostart));
        QCOMPARE(readSecretNow(config, north.id, u"sisClientSecret"_s).status,
                 SecretStatus::NotFound);
        QCOMPARE(readSecretNow(config, gone.id, u"sisClientSecret"_s).status,
                 SecretStatus::NotFound);
        // Only RosterBridge's own folders went.
        QVERIFY(QFileInfo::exists(district));
        QVERIFY(QFileInfo(home + u"/.config"_s).isDir());

        r = app({u"remove-user-data"_s, u"--yes"_s}, env);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY2(r.out.contains("nothing to remove"), r.out.constData());
    }

    // Checked before the keychain is asked, so no keychain is needed.
    void refusesWhileRosterBridgeRuns()
    {
        const QString config = dir(u"running/config"_s);
        const QString data = dir(u"running/data"_s);
        saveProfile(AppPaths::profilesFolder(config), Profile::create(u"Busy"_s));
        const QStringList where = {u"--config-dir"_s, config, u"--data-dir"_s, data};
        QLockFile lock(data + u"/runs.lock"_s);
        QVERIFY(lock.tryLock(0));
        const ProcessResult r = app(QStringList{u"remove-user-data"_s, u"--yes"_s} + where,
                                    environmentFor(m_tmp.path()));
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("running"), r.err.constData());
        QCOMPARE(ProfileStore(AppPaths::profilesFolder(config)).loadAll().profiles.size(), 1);
        QVERIFY(QFileInfo::exists(data + u"/runs.lock"_s));
    }

    void explicitFoldersAndUsage()
    {
        const QProcessEnvironment env = environmentFor(m_tmp.path());
        const QString config = m_tmp.filePath(u"explicit/config"_s);
        const QString data = m_tmp.filePath(u"explicit/data"_s);
        const QStringList where = {u"--config-dir"_s, config, u"--data-dir"_s, data};
        ProcessResult r = app(QStringList{u"remove-user-data"_s} + where, env);
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains("nothing to remove"), r.out.constData());

        saveProfile(AppPaths::profilesFolder(config), Profile::create(u"Only"_s));
        QVERIFY(QDir().mkpath(AppPaths::heldFolder(data)));
        writeFile(AppPaths::heldFolder(data) + u"/package.zip"_s, "zip");
        const QString outside = dir(u"explicit/other"_s);
        writeFile(outside + u"/keep.txt"_s, "mine");
        r = app(QStringList{u"remove-user-data"_s, u"--yes"_s} + where, env);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(!QFileInfo::exists(config));
        QVERIFY(!QFileInfo::exists(data));
        QVERIFY(QFileInfo::exists(outside + u"/keep.txt"_s));

        r = app({u"remove-user-data"_s, u"extra"_s}, env);
        QCOMPARE(r.exitCode, 2);
        // Never with --yes here: the guard is what is tested, not what would follow it.
        r = app({u"remove-user-data"_s, u"--data-dir"_s, m_tmp.path() + u"/.."_s}, env);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("home folder"), r.err.constData());
    }
};

QTEST_GUILESS_MAIN(TestCliRemoveData)
#include "tst_cli_removedata.moc"
