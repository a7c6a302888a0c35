#include "TestSupport.h"

#include "HistoryTestData.h"
#include "store/HistoryDatabase.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>
#include <unistd.h>

using namespace rb;
using namespace rb::test;
using namespace Qt::StringLiterals;

namespace {

// --- child modes: the test binary runs itself with --history-child MODE PATH ---

int childCrashWriter(const QString &path)
{
    HistoryDatabase db;
    if (!db.open(path))
        return 2;
    db.setRecordingPolicy(everythingOn());
    const QByteArray body = QByteArray("{\"users\":[") + QByteArray(2000, 'x') + "]}";
    for (int i = 0; i < 5; ++i) {
        const qint64 run = db.beginRun(u"crash"_s, RunTrigger::Schedule);
        for (int s = 0; s < 3; ++s) {
            const qint64 stepId =
                db.addStep(run, step(QString(u"step " + QString::number(s)), StepStatus::Ok));
            if (!db.addExchanges(stepId, {ExchangeRecord::fromRest(usersExchange(body)),
                                          ExchangeRecord::fromRest(usersExchange(body))}))
                return 3;
        }
        if (!db.finishRun(run, RunStatus::Success, QJsonObject{{u"users"_s, i}}, u"done"_s))
            return 4;
    }
    const qint64 half = db.beginRun(u"crash"_s, RunTrigger::Schedule);
    const qint64 stepId = db.addStep(half, step(u"fetch"_s, StepStatus::Running));
    std::printf("ready %lld\n", static_cast<long long>(half));
    std::fflush(stdout);
    // Keeps writing until the parent kills it.
    for (;;) {
        if (!db.addExchanges(stepId, {ExchangeRecord::fromRest(usersExchange(body))}))
            return 5;
    }
}

// Opens a database in a folder mounted read-only; reports the outcome on stdout.
int childOpenReadOnly(const QString &path)
{
    const QByteArray before = fileBytes(path);
    HistoryDatabase db;
    const bool opened = db.open(path);
    std::printf("opened=%d\nerror=%s\nunchanged=%d\n", opened ? 1 : 0,
                db.lastError().toUtf8().constData(), fileBytes(path) == before ? 1 : 0);
    HistoryDatabase reader;
    const bool read = reader.open(path, HistoryDatabase::OpenMode::ReadOnly);
    std::printf("readonly-open=%d\nreadonly-error=%s\n", read ? 1 : 0,
                reader.lastError().toUtf8().constData());
    std::fflush(stdout);
    return 0;
}

// Writes zips onto a tiny file system until the disk is full.
int childFillDisk(const QString &path)
{
    HistoryDatabase db;
    if (!db.open(path)) {
        std::printf("open failed: %s\n", db.lastError().toUtf8().constData());
        return 2;
    }
    QByteArray zip(64 * 1024, Qt::Uninitialized);
    for (int i = 0; i < 200; ++i) {
        for (char &c : zip)
            c = static_cast<char>(QRandomGenerator::global()->generate());
        const qint64 run = db.beginRun(u"full"_s, RunTrigger::Cli);
        if (run == 0 || !db.storeDeliveredZip(run, u"asm.zip"_s, zip)) {
            std::printf("failed-cleanly=1\nerror=%s\n", db.lastError().toUtf8().constData());
            std::fflush(stdout);
            return 0;
        }
    }
    std::printf("never full\n");
    return 1;
}

} // namespace

// HistoryDatabase when things go wrong: files that are not ours or are newer, read-only files
// and file systems, a full disk, a writer killed mid-write; and what the history keeps of
// bodies and secrets.
class TestHistorySafety : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void refusesNewerSchemaAndForeignDatabases()
    {
        QTemporaryDir dir;
        const QString newer = dir.filePath(u"newer.db"_s);
        {
            HistoryDatabase db;
            QVERIFY(db.open(newer));
        }
        {
            Inspector inspect(newer);
            QVERIFY(inspect.exec(u"PRAGMA user_version = 99"_s));
        }
        const QByteArray before = fileBytes(newer);
        HistoryDatabase db;
        QVERIFY(!db.open(newer));
        QVERIFY2(db.lastError().contains(u"newer"_s), qPrintable(db.lastError()));
        QCOMPARE(fileBytes(newer), before);

        const QString foreign = dir.filePath(u"foreign.db"_s);
        {
            Inspector inspect(foreign);
            QVERIFY(inspect.exec(u"CREATE TABLE invoices (id INTEGER)"_s));
        }
        const QByteArray foreignBefore = fileBytes(foreign);
        QVERIFY(!db.open(foreign));
        QVERIFY2(db.lastError().contains(u"not a RosterBridge history"_s),
                 qPrintable(db.lastError()));
        QCOMPARE(fileBytes(foreign), foreignBefore);
    }

    void bodiesDroppedWhenSwitchOff()
    {
        QTemporaryDir dir;
        HistoryDatabase db;
        QVERIFY(db.open(dir.filePath(u"h.db"_s)));
        QVERIFY(!db.recordingPolicy().saveBodies); // off unless the profile turns it on
        const qint64 run = db.beginRun(u"p"_s, RunTrigger::Manual);
        const qint64 stepId = db.addStep(run, step(u"fetch"_s, StepStatus::Ok));
        const QByteArray body = "{\"users\":[{\"sourcedId\":\"stu-42\"}]}";
        QVERIFY(db.addExchanges(stepId, {ExchangeRecord::fromRest(tokenExchange()),
                                         ExchangeRecord::fromRest(usersExchange(body))}));
        QList<ExchangeRecord> stored;
        QVERIFY(db.exchanges(stepId, &stored));
        QCOMPARE(stored.size(), 2);
        for (const ExchangeRecord &e : stored) {
            QVERIFY(e.requestBody.isNull());
            QVERIFY(e.responseBody.isNull());
            QVERIFY(!e.requestHeaders.isEmpty());
            QVERIFY(!e.requestHeaders.at(0).second.contains(kToken));
        }
        QCOMPARE(stored.at(1).bytes, qint64(body.size()));
        QList<SearchHit> hits;
        QVERIFY(db.search(u"stu-42"_s, &hits));
        QVERIFY(hits.isEmpty());
    }

    void bodiesCappedAndRedacted()
    {
        QTemporaryDir dir;
        HistoryDatabase db;
        QVERIFY(db.open(dir.filePath(u"h.db"_s)));
        RecordingPolicy policy = everythingOn();
        QCOMPARE(policy.bodyCap, qsizetype(64 * 1024));
        db.setRecordingPolicy(policy);
        const qint64 run = db.beginRun(u"p"_s, RunTrigger::Manual);
        const qint64 stepId = db.addStep(run, step(u"fetch"_s, StepStatus::Ok));
        const QByteArray big = "{\"users\":[" + QByteArray(200 * 1024, 'u') + "]}";
        QVERIFY(db.addExchanges(stepId, {ExchangeRecord::fromRest(usersExchange(big)),
                                         ExchangeRecord::fromRest(tokenExchange())}));
        policy.bodyCap = 100;
        db.setRecordingPolicy(policy);
        QVERIFY(db.addExchanges(stepId, {ExchangeRecord::fromRest(usersExchange(big))}));

        QList<ExchangeRecord> stored;
        QVERIFY(db.exchanges(stepId, &stored));
        QCOMPARE(stored.size(), 3);
        QCOMPARE(stored.at(0).responseBody.size(), qsizetype(64 * 1024));
        QVERIFY(stored.at(0).responseBodyTruncated);
        QCOMPARE(stored.at(0).bytes, qint64(big.size()));
        const ExchangeRecord &token = stored.at(1);
        QVERIFY(!token.responseBodyTruncated);
        QVERIFY(token.responseBody.contains(Redactor::kMask));
        QVERIFY(!token.responseBody.contains(kToken));
        QVERIFY(!token.requestBody.contains(kPassword));
        QCOMPARE(token.requestHeaders.at(0).second, QByteArray("Bearer " + Redactor::kMask));
        QCOMPARE(stored.at(2).responseBody.size(), qsizetype(100));
        QVERIFY(stored.at(2).responseBodyTruncated);
    }

    void secretsNeverReachTheFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"h.db"_s);
        QByteArray whileOpen;
        {
            HistoryDatabase db;
            QVERIFY(db.open(path));
            db.setRecordingPolicy(everythingOn());
            const qint64 run = db.beginRun(u"p"_s, RunTrigger::Manual);
            const qint64 stepId = db.addStep(run, step(u"token"_s, StepStatus::Failed,
                                                       QString(u"retrying with client_secret=" +
                                                               QString::fromUtf8(kClientSecret))));
            RestExchange failed = tokenExchange();
            failed.error = QString(u"server said: bad password=" + QString::fromUtf8(kPassword));
            QVERIFY(db.addExchanges(stepId, {ExchangeRecord::fromRest(tokenExchange()),
                                             ExchangeRecord::fromRest(failed),
                                             ExchangeRecord::fromRest(usersExchange(
                                                 "{\"users\":[],\"echo\":\"" + kToken + "\"}"))}));
            QVERIFY(db.finishRun(run, RunStatus::Failed, {},
                                 QString(u"token " + QString::fromUtf8(kToken) + u" rejected")));
            whileOpen = allBytes(path);
        }
        const QByteArray afterClose = allBytes(path);
        // The reads saw real content, so an absent secret is a real absence.
        QVERIFY(whileOpen.contains("grant_type=client_credentials"));
        QVERIFY(afterClose.contains("grant_type=client_credentials"));
        const QByteArrayList secrets = {kToken,
                                        kClientSecret,
                                        kClientSecret.toPercentEncoding(),
                                        kClientSecret.toBase64(),
                                        kPassword,
                                        kPassword.toPercentEncoding(),
                                        kRefresh,
                                        QByteArray("Bearer " + kToken)};
        for (const QByteArray &secret : secrets) {
            QVERIFY2(!whileOpen.contains(secret), secret.constData());
            QVERIFY2(!afterClose.contains(secret), secret.constData());
        }
    }

    // Simulated with SQLite's read-only open (QSQLITE_OPEN_READONLY), which works as root too.
    void readOnlyOpenModeFailsCleanly()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"h.db"_s);
        {
            HistoryDatabase db;
            QVERIFY(db.open(path));
            QVERIFY(db.finishRun(db.beginRun(u"p"_s, RunTrigger::Cli), RunStatus::Success, {}, {}));
        }
        const QByteArray before = fileBytes(path);
        HistoryDatabase db;
        QVERIFY2(db.open(path, HistoryDatabase::OpenMode::ReadOnly), qPrintable(db.lastError()));
        QList<RunRecord> runs;
        QVERIFY(db.runs(RunQuery{}, &runs));
        QCOMPARE(runs.size(), 1);
        QCOMPARE(db.beginRun(u"p"_s, RunTrigger::Cli), qint64(0));
        QVERIFY2(db.lastError().contains(u"read-only"_s), qPrintable(db.lastError()));
        QVERIFY(!db.addExchanges(runs.first().id, {ExchangeRecord()}));
        QVERIFY(!db.markInterrupted());
        QVERIFY(!db.storeDeliveredZip(runs.first().id, u"a.zip"_s, "zip"));
        db.close();
        QCOMPARE(fileBytes(path), before);

        QVERIFY(!db.open(dir.filePath(u"missing.db"_s), HistoryDatabase::OpenMode::ReadOnly));
        QVERIFY(!QFileInfo::exists(dir.filePath(u"missing.db"_s)));
    }

    // A real read-only file system: a read-only bind mount in a private mount namespace
    // (unshare -m), where even root cannot write.
    void readOnlyMountFailsCleanly()
    {
        QTemporaryDir dir;
        const QString folder = dir.filePath(u"ro"_s);
        QVERIFY(QDir().mkpath(folder));
        const QString path = QDir(folder).filePath(u"h.db"_s);
        {
            HistoryDatabase db;
            QVERIFY(db.open(path));
            QVERIFY(db.finishRun(db.beginRun(u"p"_s, RunTrigger::Cli), RunStatus::Success, {}, {}));
        }
        const QByteArray before = fileBytes(path);
        const QString script =
            u"mount --bind \"$1\" \"$1\" && mount -o remount,bind,ro \"$1\" && exec \"$2\" "
            u"--history-child readonly \"$3\""_s;
        const test::ProcessResult r = test::run(u"unshare"_s,
                                                {u"-m"_s, u"sh"_s, u"-c"_s, script, u"sh"_s, folder,
                                                 QCoreApplication::applicationFilePath(), path},
                                                60000);
        if (!r.out.contains("opened="))
            QSKIP(qPrintable(QString(u"no private read-only mount here: " +
                                     QString::fromUtf8(r.err.trimmed()))));
        QVERIFY2(r.out.contains("opened=0\n"), r.out.constData());
        QVERIFY2(r.out.contains("read-only"), r.out.constData());
        QVERIFY2(r.out.contains("unchanged=1\n"), r.out.constData());
        QVERIFY2(r.out.contains("readonly-error="), r.out.constData());
        QCOMPARE(fileBytes(path), before);
    }

    void readOnlyFileWithoutRoot()
    {
        if (::geteuid() == 0)
            QSKIP("root ignores file permissions; see readOnlyMountFailsCleanly");
        QTemporaryDir dir;
        const QString path = dir.filePath(u"h.db"_s);
        {
            HistoryDatabase db;
            QVERIFY(db.open(path));
        }
        QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::ReadGroup));
        const QByteArray before = fileBytes(path);
        HistoryDatabase db;
        QVERIFY(!db.open(path));
        QVERIFY2(db.lastError().contains(u"read-only"_s), qPrintable(db.lastError()));
        QCOMPARE(fileBytes(path), before);
    }

    void diskFullFailsCleanly()
    {
        QTemporaryDir dir;
        const QString folder = dir.filePath(u"small"_s);
        QVERIFY(QDir().mkpath(folder));
        const QString script = u"mount -t tmpfs -o size=1m tmpfs \"$1\" && exec \"$2\" "
                               u"--history-child fill \"$1/h.db\""_s;
        const test::ProcessResult r = test::run(u"unshare"_s,
                                                {u"-m"_s, u"sh"_s, u"-c"_s, script, u"sh"_s, folder,
                                                 QCoreApplication::applicationFilePath()},
                                                120000);
        if (r.exitCode != 0 && !r.out.contains("failed-cleanly"))
            QSKIP(qPrintable(QString(u"no private tmpfs here: " +
                                     QString::fromUtf8(r.err.trimmed() + r.out.trimmed()))));
        QVERIFY2(r.out.contains("failed-cleanly=1"), r.out.constData());
        QVERIFY2(r.out.contains("disk is full"), r.out.constData());
    }

    void corruptFileRefusedUntouched_data()
    {
        QTest::addColumn<QByteArray>("content");
        QByteArray noise(16 * 1024, Qt::Uninitialized);
        for (char &c : noise)
            c = static_cast<char>(QRandomGenerator::global()->generate());
        QTest::newRow("random bytes") << noise;
        QTest::newRow("sqlite header, random pages")
            << QByteArray(QByteArray("SQLite format 3\0", 16) + noise.mid(16));
        QTest::newRow("short text") << QByteArray("hello");
    }

    void corruptFileRefusedUntouched()
    {
        QFETCH(QByteArray, content);
        QTemporaryDir dir;
        const QString path = dir.filePath(u"h.db"_s);
        test::writeFile(path, content);
        HistoryDatabase db;
        QVERIFY(!db.open(path));
        QVERIFY(!db.isOpen());
        QVERIFY2(db.lastError().contains(u"damaged"_s), qPrintable(db.lastError()));
        QVERIFY2(db.lastError().contains(u"left as it is"_s), qPrintable(db.lastError()));
        QCOMPARE(fileBytes(path), content);
        QCOMPARE(db.beginRun(u"p"_s, RunTrigger::Cli), qint64(0));
        QVERIFY(!QFileInfo::exists(QString(path + u"-wal")));
    }

    void killedWriterLosesNoEarlierHistory()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"h.db"_s);
        QProcess child;
        child.start(QCoreApplication::applicationFilePath(),
                    {u"--history-child"_s, u"crash"_s, path});
        QVERIFY(child.waitForStarted());
        QByteArray out;
        while (!out.contains('\n')) {
            QVERIFY2(child.waitForReadyRead(60000), child.readAllStandardError().constData());
            out += child.readAllStandardOutput();
        }
        QVERIFY2(out.startsWith("ready "), out.constData());
        const qint64 halfRun = out.mid(6).trimmed().toLongLong();
        // Let it write a little more, then kill it mid-transaction as likely as not.
        QTest::qWait(50 + QRandomGenerator::global()->bounded(150));
        child.kill(); // SIGKILL
        QVERIFY(child.waitForFinished(30000));
        QCOMPARE(child.exitStatus(), QProcess::CrashExit);

        {
            Inspector inspect(path);
            QCOMPARE(inspect.value(u"PRAGMA integrity_check"_s).toString(), u"ok"_s);
        }
        HistoryDatabase db;
        QVERIFY2(db.open(path), qPrintable(db.lastError()));
        int count = 0;
        QVERIFY(db.markInterrupted(&count));
        QCOMPARE(count, 1);
        QList<RunRecord> runs;
        QVERIFY(db.runs(RunQuery{}, &runs));
        QCOMPARE(runs.size(), 6);
        for (const RunRecord &run : std::as_const(runs)) {
            QList<StepRecord> steps;
            QVERIFY(db.steps(run.id, &steps));
            if (run.id == halfRun) {
                QCOMPARE(run.status, RunStatus::Interrupted);
                QCOMPARE(steps.size(), 1);
                QCOMPARE(steps.first().status, StepStatus::Interrupted);
                QList<ExchangeRecord> exchanges;
                QVERIFY(db.exchanges(steps.first().id, &exchanges));
                // Whole batches only: every kept exchange is complete.
                for (const ExchangeRecord &e : std::as_const(exchanges))
                    QVERIFY(e.responseBody.endsWith("]}"));
                continue;
            }
            QCOMPARE(run.status, RunStatus::Success);
            QCOMPARE(run.message, u"done"_s);
            QCOMPARE(steps.size(), 3);
            for (const StepRecord &s : std::as_const(steps)) {
                QList<ExchangeRecord> exchanges;
                QVERIFY(db.exchanges(s.id, &exchanges));
                QCOMPARE(exchanges.size(), 2);
            }
        }
    }
};

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() == 4 && args.at(1) == u"--history-child") {
        if (args.at(2) == u"crash")
            return childCrashWriter(args.at(3));
        if (args.at(2) == u"readonly")
            return childOpenReadOnly(args.at(3));
        if (args.at(2) == u"fill")
            return childFillDisk(args.at(3));
        return 64;
    }
    TestHistorySafety test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_historysafety.moc"
