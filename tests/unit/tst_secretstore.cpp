// SecretStore against the real keychain: under tools/dev/run-tests.sh the tests run inside a
// private D-Bus session with an unlocked gnome-keyring. The no-keychain cases run this binary
// again as a child process with a broken session bus, so that the parent's working bus
// connection is not disturbed.
#include "store/Profile.h"
#include "store/SecretStore.h"

#include <QElapsedTimer>
#include <QHash>
#include <QLocalServer>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace rb {

namespace {

const char *const kChildVariable = "RB_TST_SECRETSTORE_CHILD";

const QStringList kOverrideVariables = {u"ROSTERBRIDGE_SIS_SECRET"_s,
                                        u"ROSTERBRIDGE_ASM_PASSWORD"_s,
                                        u"ROSTERBRIDGE_ASM_KEY_PASSPHRASE"_s,
                                        u"ROSTERBRIDGE_SIS_SFTP_PASSWORD"_s,
                                        u"ROSTERBRIDGE_SIS_SFTP_KEY_PASSPHRASE"_s,
                                        u"ROSTERBRIDGE_SMTP_PASSWORD"_s};

bool isChild()
{
    return qEnvironmentVariableIsSet(kChildVariable);
}

// Collects every result a store reports, by request id.
class Results : public QObject
{
public:
    explicit Results(SecretStore *store)
    {
        connect(store, &SecretStore::finished, this,
                [this](const SecretResult &r) { m_results.insert(r.requestId, r); });
    }

    SecretResult wait(quint64 id, int timeoutMs = 20000)
    {
        if (!QTest::qWaitFor([&] { return m_results.contains(id); }, timeoutMs)) {
            SecretResult none;
            none.errorText = u"no result within the test's wait"_s;
            return none;
        }
        return m_results.take(id);
    }

    int count() const { return int(m_results.size()); }

private:
    QHash<quint64, SecretResult> m_results;
};

} // namespace

class TestSecretStore : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    bool requireBus() { return qEnvironmentVariableIsSet("DBUS_SESSION_BUS_ADDRESS"); }

    // Runs one test function of this binary again in a child with the given environment
    // changes; the child does the checking.
    void runChild(const QString &function, const QHash<QString, QString> &set,
                  const QStringList &unset)
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QString::fromLatin1(kChildVariable), u"1"_s);
        for (auto it = set.begin(); it != set.end(); ++it)
            env.insert(it.key(), it.value());
        for (const QString &name : unset)
            env.remove(name);
        QProcess child;
        child.setProcessEnvironment(env);
        child.setProcessChannelMode(QProcess::MergedChannels);
        child.start(QCoreApplication::applicationFilePath(), {function});
        QVERIFY(child.waitForFinished(60000));
        const QByteArray output = child.readAll();
        QVERIFY2(child.exitStatus() == QProcess::NormalExit && child.exitCode() == 0,
                 output.constData());
        QVERIFY2(
            output.contains(QByteArray("PASS   : rb::TestSecretStore::" + function.toLatin1())),
            output.constData());
    }

    // In the child: a write and a read both end with a clear "no keychain" (or, for a bus
    // that never answers, "timed out") within the store's timeout.
    void expectUnavailable(SecretStatus expected)
    {
        SecretStore store(m_dir.path());
        store.setTimeout(3s);
        Results results(&store);
        QSignalSpy availability(&store, &SecretStore::availabilityChanged);
        const QUuid profile = QUuid::createUuid();
        QElapsedTimer clock;
        clock.start();
        const SecretResult written =
            results.wait(store.write(profile, SecretName::AsmPassword, u"pw"_s));
        QVERIFY2(written.status == expected,
                 qPrintable(secretStatusName(written.status) % u": "_s % written.errorText));
        QVERIFY(clock.elapsed() < 3000 + 2000);
        QVERIFY(!written.errorText.isEmpty());
        QCOMPARE(store.availability(), SecretStore::Availability::Unavailable);
        QCOMPARE(store.unavailableReason(), written.errorText);
        QCOMPARE(availability.size(), 1);

        clock.restart();
        const SecretResult read = results.wait(store.read(profile, SecretName::AsmPassword));
        QCOMPARE(read.status, expected);
        QVERIFY(read.value.isEmpty());
        QVERIFY(clock.elapsed() < 3000 + 2000);
        qInfo("%s: %s", qPrintable(secretStatusName(read.status)), qPrintable(read.errorText));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        // Overrides in the caller's environment would hide the keychain.
        for (const QString &name : kOverrideVariables)
            qunsetenv(name.toLatin1().constData());
    }

    void keysAndVariables()
    {
        const QUuid id = QUuid::fromString(u"2f1c5d8e-0d4b-4a57-9a59-7b0e0a8c9d11"_s);
        QCOMPARE(SecretStore::keyFor(id, SecretName::AsmPassword),
                 u"2f1c5d8e-0d4b-4a57-9a59-7b0e0a8c9d11/asmPassword"_s);
        QCOMPARE(QString(SecretStore::kService), u"RosterBridge"_s);
        QCOMPARE(SecretStore::environmentVariableFor(SecretName::SisClientSecret),
                 u"ROSTERBRIDGE_SIS_SECRET"_s);
        QCOMPARE(SecretStore::environmentVariableFor(SecretName::AsmPassword),
                 u"ROSTERBRIDGE_ASM_PASSWORD"_s);
        QCOMPARE(SecretStore::environmentVariableFor(SecretName::AsmKeyPassphrase),
                 u"ROSTERBRIDGE_ASM_KEY_PASSPHRASE"_s);
        QCOMPARE(SecretStore::environmentVariableFor(SecretName::SisSftpPassword),
                 u"ROSTERBRIDGE_SIS_SFTP_PASSWORD"_s);
        QVERIFY(SecretStore::environmentVariableFor(u"somethingElse"_s).isEmpty());
    }

    // Needs no keychain: a set variable answers before the keychain is asked.
    void environmentSuppliesSecret()
    {
        if (isChild())
            QSKIP("parent only");
        SecretStore store(m_dir.path());
        Results results(&store);
        const QUuid profile = QUuid::createUuid();
        qputenv("ROSTERBRIDGE_SIS_SECRET", "from-env");
        const quint64 id = store.read(profile, SecretName::SisClientSecret);
        QCOMPARE(results.count(), 0); // never reported from inside the call
        const SecretResult r = results.wait(id);
        qunsetenv("ROSTERBRIDGE_SIS_SECRET");
        QVERIFY(r.ok());
        QVERIFY(r.fromEnvironment);
        QCOMPARE(r.value, u"from-env"_s);
        QCOMPARE(r.name, QString(SecretName::SisClientSecret));
    }

    void writeReadOverwriteDelete()
    {
        if (isChild())
            QSKIP("parent only");
        if (!requireBus())
            QSKIP("DBUS_SESSION_BUS_ADDRESS is not set: no session bus, so no keychain to test "
                  "against (tools/dev/run-tests.sh provides one with gnome-keyring)");
        SecretStore store(m_dir.path());
        Results results(&store);
        const QUuid profile = QUuid::createUuid();
        const QString name = SecretName::AsmPassword;

        SecretResult r = results.wait(store.write(profile, name, u"first ünïcode"_s));
        QVERIFY2(r.ok(), qPrintable(secretStatusName(r.status) % u": "_s % r.errorText));
        QCOMPARE(store.availability(), SecretStore::Availability::Available);
        QVERIFY(store.unavailableReason().isEmpty());
        QCOMPARE(store.knownSecrets(profile), QStringList{name});

        r = results.wait(store.read(profile, name));
        QVERIFY2(r.ok(), qPrintable(r.errorText));
        QVERIFY(!r.fromEnvironment);
        QCOMPARE(r.value, u"first ünïcode"_s);

        r = results.wait(store.write(profile, name, u"second"_s));
        QVERIFY(r.ok());
        r = results.wait(store.read(profile, name));
        QCOMPARE(r.value, u"second"_s);
        QCOMPARE(store.knownSecrets(profile), QStringList{name});

        r = results.wait(store.remove(profile, name));
        QVERIFY2(r.ok(), qPrintable(r.errorText));
        QVERIFY(store.knownSecrets(profile).isEmpty());
        r = results.wait(store.read(profile, name));
        QCOMPARE(r.status, SecretStatus::NotFound);
        QVERIFY(r.value.isEmpty());

        // Removing what is not there is not an error.
        r = results.wait(store.remove(profile, name));
        QVERIFY(r.ok());
    }

    void environmentTakesPrecedence()
    {
        if (isChild())
            QSKIP("parent only");
        if (!requireBus())
            QSKIP("DBUS_SESSION_BUS_ADDRESS is not set: no session bus, so no keychain");
        SecretStore store(m_dir.path());
        Results results(&store);
        const QUuid profile = QUuid::createUuid();
        const QString name = SecretName::AsmKeyPassphrase;
        QVERIFY(results.wait(store.write(profile, name, u"from-keychain"_s)).ok());

        qputenv("ROSTERBRIDGE_ASM_KEY_PASSPHRASE", "from-env");
        SecretResult r = results.wait(store.read(profile, name));
        QCOMPARE(r.value, u"from-env"_s);
        QVERIFY(r.fromEnvironment);

        // Set but empty counts as not set.
        qputenv("ROSTERBRIDGE_ASM_KEY_PASSPHRASE", "");
        r = results.wait(store.read(profile, name));
        qunsetenv("ROSTERBRIDGE_ASM_KEY_PASSPHRASE");
        QCOMPARE(r.value, u"from-keychain"_s);
        QVERIFY(!r.fromEnvironment);

        QVERIFY(results.wait(store.removeProfileSecrets(profile)).ok());
    }

    void removingProfileRemovesItsSecrets()
    {
        if (isChild())
            QSKIP("parent only");
        if (!requireBus())
            QSKIP("DBUS_SESSION_BUS_ADDRESS is not set: no session bus, so no keychain");
        SecretStore store(m_dir.path());
        Results results(&store);
        const QUuid gone = QUuid::createUuid();
        const QUuid kept = QUuid::createUuid();
        for (const QString &name :
             {QString(SecretName::SisClientSecret), QString(SecretName::AsmPassword),
              QString(SecretName::SmtpPassword)})
            QVERIFY(results.wait(store.write(gone, name, u"v-"_s + name)).ok());
        QVERIFY(results.wait(store.write(kept, SecretName::AsmPassword, u"kept"_s)).ok());
        QCOMPARE(store.knownSecrets(gone).size(), 3);

        // A second store reads the same index from disk: a fresh start finds the names.
        SecretStore restarted(m_dir.path());
        Results restartedResults(&restarted);
        const SecretResult removed = restartedResults.wait(restarted.removeProfileSecrets(gone));
        QVERIFY2(removed.ok(), qPrintable(removed.errorText));
        QCOMPARE(removed.operation, SecretResult::Operation::RemoveProfile);
        QVERIFY(restarted.knownSecrets(gone).isEmpty());
        QFile indexAfter(restarted.indexPath());
        QVERIFY(indexAfter.open(QIODevice::ReadOnly));
        QVERIFY(!indexAfter.readAll().contains(gone.toString(QUuid::WithoutBraces).toLatin1()));

        for (const QString &name :
             {QString(SecretName::SisClientSecret), QString(SecretName::AsmPassword),
              QString(SecretName::SmtpPassword)})
            QCOMPARE(results.wait(store.read(gone, name)).status, SecretStatus::NotFound);
        const SecretResult other = results.wait(store.read(kept, SecretName::AsmPassword));
        QCOMPARE(other.value, u"kept"_s);
        QCOMPARE(store.knownSecrets(kept), QStringList{QString(SecretName::AsmPassword)});

        // The index never holds a value.
        QFile index(store.indexPath());
        QVERIFY(index.open(QIODevice::ReadOnly));
        const QByteArray text = index.readAll();
        QVERIFY(!text.contains("kept\""));
        QVERIFY(!text.contains("v-"));

        QVERIFY(results.wait(store.removeProfileSecrets(kept)).ok());
        // A profile with nothing indexed is removed at once.
        QVERIFY(results.wait(store.removeProfileSecrets(QUuid::createUuid())).ok());
    }

    // The session bus address points to a socket that does not exist.
    void deadBusMeansNoKeychain()
    {
        if (isChild())
            return expectUnavailable(SecretStatus::NoKeychain);
        runChild(QString::fromLatin1(QTest::currentTestFunction()),
                 {{u"DBUS_SESSION_BUS_ADDRESS"_s,
                   QString(u"unix:path="_s % m_dir.filePath(u"no-such-bus"_s))}},
                 {});
    }

    // No session bus at all, and no X11 display to autolaunch one.
    void noBusMeansNoKeychain()
    {
        if (isChild())
            return expectUnavailable(SecretStatus::NoKeychain);
        // A runtime folder without a "bus" socket, so the per-user bus is not found either.
        runChild(QString::fromLatin1(QTest::currentTestFunction()),
                 {{u"XDG_RUNTIME_DIR"_s, m_dir.path()}},
                 {u"DBUS_SESSION_BUS_ADDRESS"_s, u"DISPLAY"_s});
    }

    // A bus that accepts the connection and never answers, as a hung or locked service would:
    // the caller hears "timed out" once the timeout has passed, not never.
    void silentBusTimesOut()
    {
        if (isChild())
            return expectUnavailable(SecretStatus::TimedOut);
        QLocalServer silent;
        const QString socket = m_dir.filePath(u"silent-bus"_s);
        QVERIFY(silent.listen(socket));
        runChild(QString::fromLatin1(QTest::currentTestFunction()),
                 {{u"DBUS_SESSION_BUS_ADDRESS"_s, QString(u"unix:path="_s % socket)}}, {});
    }
};

} // namespace rb

QTEST_GUILESS_MAIN(rb::TestSecretStore)
#include "tst_secretstore.moc"
