#include "AsmTables.h"
#include "DevServerProcess.h"
#include "ResultCheck.h"
#include "SshServerProcess.h"
#include "TestSupport.h"

#include "log/LogFile.h"
#include "oneroster/rest/OAuth2TokenProvider.h"
#include "schedule/ScheduleRule.h"
#include "service/ServiceCredentials.h"
#include "store/AppPaths.h"
#include "store/AppSettings.h"
#include "store/ProfileStore.h"

#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace rb;
using namespace rb::test;
using namespace Qt::StringLiterals;

// `rosterbridge run`, `serve` and `history` end to end: a profile reads the development
// OneRoster server (or a watched drop folder) and delivers to a loopback sshd's dropbox. The
// first delivery is held, then approved; the host key is pinned into the profile; a changed
// host key stops delivery; every run shows in the history; and no secret is left in the
// history database, the log file (debug logging on) or any output.
class TestCliRun : public QObject
{
    Q_OBJECT
    QTemporaryDir m_tmp;
    SshServerProcess m_sshd;
    DevServerProcess m_sis;
    QString m_district;
    const QString m_sisSecret = u"sis-secret-9c1d7e"_s;
    QByteArray m_allOutput;

    QString path(const QString &name) const { return m_tmp.filePath(name); }
    QString profilesDir() const { return path(u"config/profiles"_s); }
    QString dataDir() const { return path(u"data"_s); }
    QString dropbox() const { return QDir(m_sshd.homeDir()).filePath(u"dropbox"_s); }
    QStringList uploads() const
    {
        return QDir(dropbox()).entryList({u"*.zip"_s}, QDir::Files, QDir::Name);
    }

    QProcessEnvironment environment(bool withSecrets = true) const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const QString &name : env.keys()) {
            if (name.startsWith(u"ROSTERBRIDGE_"_s))
                env.remove(name);
        }
        if (withSecrets) {
            env.insert(u"ROSTERBRIDGE_SIS_SECRET"_s, m_sisSecret);
            env.insert(u"ROSTERBRIDGE_ASM_PASSWORD"_s, SshServerProcess::password());
        }
        // Every log line the engine writes goes to stderr, so that it can be checked too.
        env.insert(u"QT_LOGGING_RULES"_s, u"rosterbridge.*=true"_s);
        return env;
    }

    ProcessResult app(const QStringList &args, bool withSecrets = true)
    {
        const ProcessResult r =
            run(appBinary(),
                args + QStringList{u"--profiles-dir"_s, profilesDir(), u"--config-dir"_s,
                                   path(u"config"_s), u"--data-dir"_s, dataDir()},
                environment(withSecrets), 180000);
        m_allOutput += r.out + r.err;
        return r;
    }

    Profile loadProfile(const QUuid &id)
    {
        Findings findings;
        return ProfileStore(profilesDir()).load(id, &findings).value_or(Profile{});
    }

    Profile asmProfile(const QString &name)
    {
        Profile p = Profile::create(name);
        p.conversion.filters.runDate = QDate(2026, 9, 1);
        p.destination.kind = DestinationKind::AsmSftp;
        p.destination.sftp.host = u"127.0.0.1"_s;
        p.destination.sftp.port = m_sshd.port();
        p.destination.sftp.username = SshServerProcess::userName();
        p.destination.sftp.authType = SftpAuthType::Password;
        p.saveExchangeData = true;
        return p;
    }

    Profile restProfile(const QString &name)
    {
        Profile p = asmProfile(name);
        p.source.kind = SourceKind::Rest;
        p.source.rest.baseUrl = m_sis.baseUrl().toString();
        p.source.rest.version = OneRosterVersion::V1_1;
        p.source.rest.authType = RestAuthType::OAuth2;
        p.source.rest.tokenUrl = m_sis.baseUrl().toString() + u"/oauth/token"_s;
        p.source.rest.clientId = u"rb"_s;
        p.source.rest.pageSize = 20;
        return p;
    }

    void save(const Profile &p) { QVERIFY_OK(ProfileStore(profilesDir()).save(p)); }

    // Starts serve on these folders (a watched folder settles in 0.5 s, the clock is read every
    // second) and waits until it says it serves; *err collects what it printed.
    static bool startServe(QProcess *serve, const QProcessEnvironment &env, const QString &profiles,
                           const QString &config, const QString &data, QByteArray *err)
    {
        serve->setProcessEnvironment(env);
        serve->start(appBinary(), {u"serve"_s, u"--watch-quiet"_s, u"0.5"_s, u"--heartbeat"_s,
                                   u"1"_s, u"--profiles-dir"_s, profiles, u"--config-dir"_s, config,
                                   u"--data-dir"_s, data});
        return serve->waitForStarted() && QTest::qWaitFor(
                                              [&] {
                                                  *err += serve->readAllStandardError();
                                                  return err->contains("Serving");
                                              },
                                              20000);
    }

    QJsonArray history()
    {
        const ProcessResult r = app({u"history"_s, u"--json"_s, u"--limit"_s, u"100"_s});
        return QJsonDocument::fromJson(r.out).array();
    }

private slots:
    void initTestCase()
    {
        QString why;
        if (!SshServerProcess::canRun(&why))
            QSKIP(qPrintable(why));
        QVERIFY2(m_sshd.setUp(), qPrintable(m_sshd.errorString()));
        QVERIFY2(m_sshd.start(), qPrintable(m_sshd.errorString()));
        QVERIFY(m_sshd.setDropbox(true));
        AppSettings(path(u"config"_s)).setDebugLogging(true);
        m_district = path(u"tiny.zip"_s);
        QCOMPARE(run(generatorBinary(), {u"--scale"_s, u"tiny"_s, u"--version"_s, u"1.1"_s,
                                         u"--run-date"_s, u"2026-09-01"_s, u"-o"_s, m_district})
                     .exitCode,
                 0);
        QVERIFY2(m_sis.start({u"--data"_s, m_district, u"--auth"_s, u"oauth2"_s, u"--client-id"_s,
                              u"rb"_s, u"--client-secret"_s, m_sisSecret}),
                 qPrintable(m_sis.errorOutput()));
    }

    void restProfileIsHeldApprovedAndPinned()
    {
        Profile p = restProfile(u"REST District"_s);
        p.destination.sftp.trustOnFirstUse = true;
        save(p);

        ProcessResult r = app({u"run"_s, u"--profile"_s, u"REST District"_s});
        QVERIFY2(r.exitCode == 3, r.err.constData());
        QVERIFY2(r.out.contains("Held for review"), r.out.constData());
        QVERIFY(uploads().isEmpty());

        r = app({u"run"_s, u"--profile"_s, u"REST District"_s, u"--approve-held"_s});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(uploads().size(), 1);
        Profile after = loadProfile(p.id);
        QCOMPARE(after.destination.sftp.hostKeyFingerprint, m_sshd.fingerprint(u"host_ed25519"_s));
        QVERIFY(!after.destination.sftp.trustOnFirstUse);
        QVERIFY(!after.needsFirstRunApproval);

        // Unchanged data passes the safety check on its own now.
        r = app({u"run"_s, u"--profile"_s, u"REST District"_s});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(uploads().size(), 2);
        // The two deliveries carry the same rows.
        for (AsmTable t : kAsmTables) {
            QCOMPARE(readAsmTable(QDir(dropbox()).filePath(uploads().at(0)), t),
                     readAsmTable(QDir(dropbox()).filePath(uploads().at(1)), t));
        }

        r = app({u"run"_s, u"--profile"_s, u"REST District"_s, u"--dry-run"_s, u"--json"_s});
        QVERIFY2(r.exitCode == 4, r.err.constData());
        QCOMPARE(QJsonDocument::fromJson(r.out).object().value(u"status"_s).toString(),
                 u"dryrun"_s);
        QCOMPARE(uploads().size(), 2);

        const QJsonArray runs = history();
        QStringList statuses;
        for (const QJsonValue &v : runs)
            statuses << v.toObject().value(u"status"_s).toString();
        QCOMPARE(statuses, QStringList({u"dryrun"_s, u"success"_s, u"success"_s, u"held"_s}));
        r = app({u"history"_s});
        QVERIFY2(r.out.contains("REST District"), r.out.constData());
    }

    void changedHostKeyStopsDelivery()
    {
        Profile p = asmProfile(u"CSV District"_s);
        p.source.kind = SourceKind::Csv;
        p.source.path = m_district;
        p.destination.sftp.hostKeyFingerprint = m_sshd.fingerprint(u"host_ed25519"_s);
        p.needsFirstRunApproval = false;
        save(p);
        const int before = int(uploads().size());
        QVERIFY2(m_sshd.start(u"host2_ed25519"_s), qPrintable(m_sshd.errorString()));
        p.destination.sftp.port = m_sshd.port();
        save(p);
        const ProcessResult r = app({u"run"_s, u"--profile"_s, u"CSV District"_s});
        QVERIFY2(m_sshd.start(), qPrintable(m_sshd.errorString()));
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.out.contains("Failed") &&
                     r.err.contains(m_sshd.fingerprint(u"host2_ed25519"_s).toUtf8()),
                 QByteArray(r.out + r.err).constData());
        QCOMPARE(int(uploads().size()), before);
        // The pinned key is left as it was.
        QCOMPARE(loadProfile(p.id).destination.sftp.hostKeyFingerprint,
                 m_sshd.fingerprint(u"host_ed25519"_s));
    }

    // A process killed mid-upload leaves a partial zip in the dropbox and its name in the data
    // folder's upload journal; the next run, in another process, removes it before it uploads.
    void partialUploadOfAKilledProcessIsRemoved()
    {
        Profile p = asmProfile(u"Cut Upload"_s);
        p.source.kind = SourceKind::Csv;
        p.source.path = m_district;
        p.destination.sftp.hostKeyFingerprint = m_sshd.fingerprint(u"host_ed25519"_s);
        p.needsFirstRunApproval = false;
        save(p);
        const QString partial = u"dropbox/rosterbridge-20261205-060000000.zip"_s;
        writeFile(QDir(m_sshd.homeDir()).filePath(partial), QByteArray(4096, 'x'));
        const QString account =
            SshServerProcess::userName() + u"@127.0.0.1:"_s + QString::number(m_sshd.port());
        const QString journal = AppPaths::uploadJournal(dataDir());
        QVERIFY(QDir().mkpath(dataDir()));
        writeFile(journal,
                  QJsonDocument(
                      QJsonObject{{u"pending"_s, QJsonArray{QJsonObject{{u"account"_s, account},
                                                                        {u"path"_s, partial}}}}})
                      .toJson());
        const ProcessResult r = app({u"run"_s, u"--profile"_s, u"Cut Upload"_s});
        QVERIFY2(r.exitCode == 0, QByteArray(r.out + r.err).constData());
        QVERIFY(!QFileInfo::exists(QDir(m_sshd.homeDir()).filePath(partial)));
        QVERIFY2(!QFileInfo::exists(journal), "the journal still lists an upload");
    }

    void testConnectionPinsTheConfirmedHostKey()
    {
        Profile p = asmProfile(u"Pin Me"_s);
        p.source.kind = SourceKind::Csv;
        p.source.path = m_district;
        save(p);
        const QString key = m_sshd.fingerprint(u"host_ed25519"_s);
        ProcessResult r = app({u"test-connection"_s, u"--profile"_s, u"Pin Me"_s});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.out.contains(key.toUtf8()), r.out.constData());
        QVERIFY(loadProfile(p.id).destination.sftp.hostKeyFingerprint.isEmpty());

        // A key other than the one the server shows is never pinned.
        r = app({u"test-connection"_s, u"--profile"_s, u"Pin Me"_s, u"--trust-host-key"_s,
                 m_sshd.fingerprint(u"host2_ed25519"_s)});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(loadProfile(p.id).destination.sftp.hostKeyFingerprint.isEmpty());

        r = app({u"test-connection"_s, u"--profile"_s, u"Pin Me"_s, u"--trust-host-key"_s, key});
        QVERIFY2(r.exitCode == 0, QByteArray(r.out + r.err).constData());
        QVERIFY(r.out.contains("SIS / export: ok"));
        QCOMPARE(loadProfile(p.id).destination.sftp.hostKeyFingerprint, key);
        r = app({u"test-connection"_s, u"--profile"_s, u"Pin Me"_s});
        QVERIFY2(r.exitCode == 0, QByteArray(r.out + r.err).constData());

        // The server's key changed (here: the pin is another key): the test fails, naming both,
        // and the new key replaces the pin only when the admin confirms exactly that key.
        const QString other = m_sshd.fingerprint(u"host2_ed25519"_s);
        p = loadProfile(p.id);
        p.destination.sftp.hostKeyFingerprint = other;
        save(p);
        r = app({u"test-connection"_s, u"--profile"_s, u"Pin Me"_s});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.out.contains(key.toUtf8()) && r.out.contains(other.toUtf8()),
                 QByteArray(r.out + r.err).constData());
        QCOMPARE(loadProfile(p.id).destination.sftp.hostKeyFingerprint, other);
        r = app({u"test-connection"_s, u"--profile"_s, u"Pin Me"_s, u"--trust-host-key"_s, key});
        QVERIFY2(r.exitCode == 0, QByteArray(r.out + r.err).constData());
        QCOMPARE(loadProfile(p.id).destination.sftp.hostKeyFingerprint, key);
        r = app({u"test-connection"_s, u"--profile"_s, u"Pin Me"_s, u"--trust-host-key"_s, other});
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(loadProfile(p.id).destination.sftp.hostKeyFingerprint, key);
    }

    void missingSecretIsRecordedAsFailed()
    {
        Profile p = asmProfile(u"No Secret"_s);
        p.source.kind = SourceKind::Csv;
        p.source.path = m_district;
        save(p);
        const ProcessResult r = app({u"run"_s, u"--profile"_s, u"No Secret"_s}, false);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.out.contains("asmPassword"), r.out.constData());
        const QJsonArray runs = history();
        QCOMPARE(runs.first().toObject().value(u"status"_s).toString(), u"failed"_s);
    }

    // `serve` runs a REST profile on its schedule and a CSV profile when an export settles in
    // its drop folder, both to the sshd, and stops cleanly on SIGTERM.
    void serveRunsOnScheduleAndOnWatchedExports()
    {
        Profile scheduled = restProfile(u"Scheduled District"_s);
        scheduled.destination.sftp.hostKeyFingerprint = m_sshd.fingerprint(u"host_ed25519"_s);
        scheduled.needsFirstRunApproval = false;
        // Hourly at the next whole minute at least 5 s away, so the test waits about a minute.
        const QDateTime soon = QDateTime::currentDateTimeUtc().addSecs(65);
        ScheduleRule rule;
        rule.kind = ScheduleKind::EveryNHours;
        rule.everyHours = 1;
        rule.minute = soon.time().minute();
        rule.timeZone = u"UTC"_s;
        rule.runOnWeekends = true;
        scheduled.schedule = rule;
        save(scheduled);

        const QString drop = path(u"drop"_s);
        QDir().mkpath(drop);
        Profile p = asmProfile(u"Watched District"_s);
        p.source.kind = SourceKind::Csv;
        p.source.path = drop;
        p.source.watch = true;
        p.destination.sftp.port = m_sshd.port();
        p.destination.sftp.hostKeyFingerprint = m_sshd.fingerprint(u"host_ed25519"_s);
        p.needsFirstRunApproval = false;
        save(p);
        const int before = int(uploads().size());

        QProcess serve;
        QByteArray err;
        QVERIFY(
            startServe(&serve, environment(), profilesDir(), path(u"config"_s), dataDir(), &err));
        // A second process may not run profiles at the same time.
        const ProcessResult locked = app({u"run"_s, u"--profile"_s, u"Watched District"_s});
        QCOMPARE(locked.exitCode, 1);
        QVERIFY2(locked.err.contains("already running"), locked.err.constData());

        QVERIFY(QFile::copy(m_district, QDir(drop).filePath(u"export.zip"_s)));
        QByteArray out;
        QVERIFY2(QTest::qWaitFor(
                     [&] {
                         out += serve.readAllStandardOutput();
                         return out.contains("Delivered");
                     },
                     60000),
                 QByteArray(out + err + serve.readAllStandardError()).constData());
        QVERIFY(out.contains("Watched District [watch] Delivered"));
        QVERIFY2(QTest::qWaitFor(
                     [&] {
                         out += serve.readAllStandardOutput();
                         return out.contains("Scheduled District [schedule] Delivered");
                     },
                     150000),
                 QByteArray(out + err + serve.readAllStandardError()).constData());
        QCOMPARE(int(uploads().size()), before + 2);

        ::kill(pid_t(serve.processId()), SIGTERM);
        QVERIFY(serve.waitForFinished(20000));
        QCOMPARE(serve.exitStatus(), QProcess::NormalExit);
        QCOMPARE(serve.exitCode(), 0);
        m_allOutput += out + err + serve.readAll();
        const QJsonArray runs = history();
        QStringList triggers;
        for (const QJsonValue &v : runs)
            triggers << v.toObject().value(u"trigger"_s).toString();
        triggers = triggers.mid(0, 2);
        triggers.sort();
        QCOMPARE(triggers, QStringList({u"schedule"_s, u"watch"_s}));
    }

    // The unattended service: no keychain (no session bus) and no ROSTERBRIDGE_* variables; the
    // password comes from the folder systemd names in $CREDENTIALS_DIRECTORY.
    void serveReadsSecretsFromTheServiceCredentials()
    {
        const QString profiles = path(u"service/profiles"_s);
        const QString drop = path(u"service/drop"_s);
        const QString credentials = path(u"service/credentials"_s);
        for (const QString &folder : {profiles, drop, credentials})
            QVERIFY(QDir().mkpath(folder));
        Profile p = asmProfile(u"Service District"_s);
        p.source.kind = SourceKind::Csv;
        p.source.path = drop;
        p.source.watch = true;
        p.destination.sftp.hostKeyFingerprint = m_sshd.fingerprint(u"host_ed25519"_s);
        p.needsFirstRunApproval = false;
        QVERIFY_OK(ProfileStore(profiles).save(p));
        QFile credential(
            QDir(credentials)
                .filePath(ServiceCredentials::credentialName(p.id, SecretName::AsmPassword)));
        QVERIFY(credential.open(QIODevice::WriteOnly));
        credential.write(SshServerProcess::password().toUtf8());
        credential.close();
        const int before = int(uploads().size());

        QProcessEnvironment env = environment(false);
        env.remove(u"DBUS_SESSION_BUS_ADDRESS"_s);
        env.insert(u"CREDENTIALS_DIRECTORY"_s, credentials);
        QProcess serve;
        QByteArray out;
        QByteArray err;
        QVERIFY(startServe(&serve, env, profiles, path(u"service/config"_s),
                           path(u"service/data"_s), &err));
        QVERIFY(QFile::copy(m_district, QDir(drop).filePath(u"export.zip"_s)));
        QVERIFY2(QTest::qWaitFor(
                     [&] {
                         out += serve.readAllStandardOutput();
                         return out.contains("Service District [watch]");
                     },
                     60000),
                 QByteArray(out + err + serve.readAllStandardError()).constData());
        ::kill(pid_t(serve.processId()), SIGTERM);
        QVERIFY(serve.waitForFinished(20000));
        err += serve.readAllStandardError();
        m_allOutput += out + err;
        QVERIFY2(out.contains("Service District [watch] Delivered"),
                 QByteArray(out + err).constData());
        // Only the credential could have given the password.
        QCOMPARE(int(uploads().size()), before + 1);
    }

    // A real read-only data folder (a read-only bind mount in a private mount namespace, where
    // even root cannot write): the run stops before doing anything, and says why.
    // A grade gone holds the run. --keep-removals sends the grade that arrived and the
    // students whose password policy changed, keeps the missing grade as last delivered, and
    // leaves the package held: the next run holds the same removals, with nothing else to do.
    void keptRemovalsAreSentAndStayHeld()
    {
        const QString name = u"Kept Removals"_s;
        Profile p = asmProfile(name);
        p.source.kind = SourceKind::Csv;
        p.source.path = m_district;
        p.destination.sftp.hostKeyFingerprint = m_sshd.fingerprint(u"host_ed25519"_s);
        p.needsFirstRunApproval = false;
        save(p);
        const QString id = p.id.toString(QUuid::WithoutBraces);
        const QString heldZip = QDir(dataDir()).filePath(u"held/"_s + id + u".zip"_s);
        ProcessResult r = app({u"run"_s, u"--profile"_s, name, u"--dry-run"_s});
        QVERIFY2(r.exitCode == 4, r.err.constData());
        // The grades, busiest first.
        QHash<QByteArray, int> perGrade;
        const AsmRows students = readAsmTable(heldZip, AsmTable::Students);
        for (const QByteArrayList &row : students.mid(1))
            ++perGrade[column(students, row, "grade_level")];
        QByteArrayList grades = perGrade.keys();
        std::sort(grades.begin(), grades.end(),
                  [&perGrade](const QByteArray &a, const QByteArray &b) {
                      return perGrade.value(a) > perGrade.value(b) ||
                             (perGrade.value(a) == perGrade.value(b) && a < b);
                  });
        QVERIFY(grades.size() >= 3);
        const QString removed = QString::fromUtf8(grades.at(0));
        const QString added = QString::fromUtf8(grades.at(1));
        const QString updated = QString::fromUtf8(grades.at(2));

        const auto newUpload = [this](const QStringList &before) {
            const QStringList now = uploads();
            for (const QString &f : now) {
                if (!before.contains(f))
                    return QDir(dropbox()).filePath(f);
            }
            return QString();
        };
        p.conversion.filters.exclusions.grades = {added};
        save(p);
        QStringList before = uploads();
        r = app({u"run"_s, u"--profile"_s, name});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QString first = newUpload(before);
        QVERIFY(!first.isEmpty());

        p.conversion.filters.exclusions.grades = {removed};
        p.conversion.mapping.passwordPolicyByGrade.insert(updated, u"8"_s);
        save(p);
        r = app({u"run"_s, u"--profile"_s, name, u"--json"_s});
        QVERIFY2(r.exitCode == 3, r.err.constData());
        const QJsonObject heldDiff = QJsonDocument::fromJson(r.out)
                                         .object()
                                         .value(u"counts"_s)
                                         .toObject()
                                         .value(u"diff"_s)
                                         .toObject()
                                         .value(u"tables"_s)
                                         .toObject();
        const auto removedIn = [](const QJsonObject &tables, AsmTable t) {
            return tables.value(asmFileName(t)).toObject().value(u"removed"_s).toInteger();
        };
        QVERIFY(removedIn(heldDiff, AsmTable::Students) > 0);
        const QByteArray heldMeta = readFile(heldZip.chopped(4) + u".json"_s);

        r = app({u"run"_s, u"--profile"_s, name, u"--keep-removals"_s});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("--keep-removals goes with --approve-held"), r.err.constData());

        before = uploads();
        r = app({u"run"_s, u"--profile"_s, name, u"--approve-held"_s, u"--keep-removals"_s,
                 u"--json"_s});
        QVERIFY2(r.exitCode == 0, QByteArray(r.out + r.err).constData());
        const QJsonObject report = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(report.value(u"outcome"_s).toString(), u"delivered"_s);
        QCOMPARE(report.value(u"reviewPackage"_s).toString(), heldZip);
        const QJsonObject kept =
            report.value(u"counts"_s).toObject().value(u"keptRemovals"_s).toObject();
        qint64 keptTotal = 0;
        for (AsmTable t : kAsmTables) {
            QCOMPARE(kept.value(asmFileName(t)).toInteger(), removedIn(heldDiff, t));
            keptTotal += removedIn(heldDiff, t);
        }
        const QString message = report.value(u"message"_s).toString();
        QVERIFY2(message.startsWith(u"Additions and updates were delivered"_s) &&
                     message.contains(u"; %1 removal"_s.arg(keptTotal)) &&
                     message.endsWith(u"stay held for review."_s),
                 qPrintable(message));

        // Exactly the held package's rows and the rows of the last delivery it lacks.
        const QString sent = newUpload(before);
        QVERIFY(!sent.isEmpty());
        const auto expected = withRemovalsKept(readPackage(heldZip), readPackage(first));
        for (AsmTable t : kAsmTables)
            QCOMPARE(rowContents(readAsmTable(sent, t)), expected[size_t(t)]);
        const AsmRows sentStudents = readAsmTable(sent, AsmTable::Students);
        QSet<QByteArray> sentGrades;
        for (const QByteArrayList &row : sentStudents.mid(1)) {
            const QByteArray grade = column(sentStudents, row, "grade_level");
            sentGrades.insert(grade);
            if (grade == updated.toUtf8())
                QCOMPARE(column(sentStudents, row, "password_policy"), QByteArray("8"));
        }
        QVERIFY(sentGrades.contains(removed.toUtf8()) && sentGrades.contains(added.toUtf8()));
        // Still held, unchanged.
        QCOMPARE(readFile(heldZip.chopped(4) + u".json"_s), heldMeta);

        // Compared with what was sent, the next run has the same removals and nothing else.
        before = uploads();
        r = app({u"run"_s, u"--profile"_s, name, u"--json"_s});
        QVERIFY2(r.exitCode == 3, r.err.constData());
        const QJsonObject againDiff = QJsonDocument::fromJson(r.out)
                                          .object()
                                          .value(u"counts"_s)
                                          .toObject()
                                          .value(u"diff"_s)
                                          .toObject()
                                          .value(u"tables"_s)
                                          .toObject();
        for (AsmTable t : kAsmTables) {
            const QJsonObject table = againDiff.value(asmFileName(t)).toObject();
            QCOMPARE(table.value(u"removed"_s).toInteger(), removedIn(heldDiff, t));
            QCOMPARE(table.value(u"added"_s).toInteger(), 0);
            QCOMPARE(table.value(u"changed"_s).toInteger(), 0);
        }
        QCOMPARE(uploads(), before);
    }

    void readOnlyHistoryFailsCleanly()
    {
        const QString history = QDir(dataDir()).filePath(u"history.sqlite"_s);
        const QByteArray before = readFile(history);
        const int uploaded = int(uploads().size());
        const QString script =
            u"mount --bind \"$1\" \"$1\" && mount -o remount,bind,ro \"$1\" && shift && "
            u"exec \"$@\""_s;
        QProcess p;
        p.setProcessEnvironment(environment());
        p.start(u"unshare"_s,
                {u"-m"_s, u"sh"_s, u"-c"_s, script, u"sh"_s, dataDir(), appBinary(), u"run"_s,
                 u"--profile"_s, u"CSV District"_s, u"--profiles-dir"_s, profilesDir(),
                 u"--config-dir"_s, path(u"config"_s), u"--data-dir"_s, dataDir()});
        QVERIFY(p.waitForFinished(60000));
        const QByteArray err = p.readAllStandardError();
        if (err.contains("mount:") || err.contains("unshare:"))
            QSKIP(qPrintable(u"no private read-only mount here: "_s + QString::fromUtf8(err)));
        QCOMPARE(p.exitCode(), 1);
        QVERIFY2(err.contains("cannot write to its data folder"), err.constData());
        QCOMPARE(readFile(history), before);
        QCOMPARE(int(uploads().size()), uploaded);
    }

    void noSecretAnywhere()
    {
        // Every run above kept request and response bodies; the secrets must not be in them,
        // in the database files, or in anything the commands printed (logging on).
        QByteArray stored;
        QDirIterator it(dataDir(), QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext())
            stored += readFile(it.next());
        QDirIterator config(path(u"config"_s), QDir::Files, QDirIterator::Subdirectories);
        while (config.hasNext())
            stored += readFile(config.next());
        QVERIFY(stored.size() > 10000);
        QVERIFY(m_allOutput.contains("rosterbridge."));
        for (const QString &secret : {m_sisSecret, SshServerProcess::password()}) {
            QVERIFY2(!stored.contains(secret.toUtf8()), qPrintable(secret));
            QVERIFY2(!m_allOutput.contains(secret.toUtf8()), qPrintable(secret));
            QVERIFY(!stored.contains(secret.toUtf8().toBase64()));
        }

        // Every command wrote to the log file in the data folder, in detail (debug logging is
        // on in the settings), and no secret in any form it was sent in, nor a token issued.
        const QDir logs(AppPaths::logFolder(dataDir()));
        QVERIFY(QFileInfo::exists(LogFile::filePath(logs.path())));
        QByteArray log;
        for (const QString &name : logs.entryList({u"rosterbridge*.log"_s}, QDir::Files))
            log += readFile(logs.filePath(name));
        static const QRegularExpression line(uR"(^\S+ (debug|info|warning|critical) (\S+) )"_s,
                                             QRegularExpression::MultilineOption);
        QSet<QString> categories;
        for (auto match = line.globalMatch(QString::fromUtf8(log)); match.hasNext();)
            categories.insert(match.next().captured(2));
        for (const QString &category :
             {u"rosterbridge.log"_s, u"rosterbridge.pipeline.run"_s,
              u"rosterbridge.delivery.sftp"_s, u"rosterbridge.oneroster.rest.auth"_s})
            QVERIFY2(categories.contains(category), qPrintable(category));
        QVERIFY2(categories.size() >= 8, qPrintable(QStringList(categories.values()).join(u' ')));
        QVERIFY(log.contains(" debug rosterbridge."));
        QByteArrayList forms;
        for (const QString &secret : {m_sisSecret, SshServerProcess::password()}) {
            const QByteArray utf8 = secret.toUtf8();
            forms << utf8 << utf8.toBase64() << utf8.toPercentEncoding()
                  << OAuth2TokenProvider::formEncode(utf8);
        }
        forms << OAuth2TokenProvider::basicAuthorization(u"rb"_s, m_sisSecret).mid(6);
        int tokens = 0;
        const QJsonArray requests = m_sis.log();
        for (const QJsonValue &request : requests) {
            const QString authorization = request[u"headers"_s][u"Authorization"_s].toString();
            if (authorization.startsWith(u"Bearer "_s)) {
                forms << authorization.mid(7).toUtf8();
                ++tokens;
            }
        }
        QVERIFY(tokens > 0);
        for (const QByteArray &form : std::as_const(forms))
            QVERIFY2(!log.contains(form), form.constData());
    }
};

QTEST_GUILESS_MAIN(TestCliRun)
#include "tst_cli_run.moc"
