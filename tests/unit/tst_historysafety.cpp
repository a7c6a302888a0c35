#include "ResultCheck.h"
#include "TestSupport.h"

#include "HistoryTestData.h"
#include "store/HistoryDatabase.h"
#include "store/HistoryWriter.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

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
    HistoryWriter writer(db, everythingOn());
    const QByteArray body = QByteArray("{\"users\":[") + QByteArray(2000, 'x') + "]}";
    for (int i = 0; i < 5; ++i) {
        const qint64 run = rowId(writer.beginRun(u"crash"_s, RunTrigger::Schedule));
        for (int s = 0; s < 3; ++s) {
            const qint64 stepId = rowId(
                writer.addStep(run, step(QString(u"step " + QString::number(s)), StepStatus::Ok)));
            if (!writer.addExchanges(stepId, {ExchangeRecord::fromRest(usersExchange(body)),
                                              ExchangeRecord::fromRest(usersExchange(body))}))
                return 3;
        }
        if (!writer.finishRun(run, RunStatus::Success, QJsonObject{{u"users"_s, i}}, u"done"_s))
            return 4;
    }
    const qint64 half = rowId(writer.beginRun(u"crash"_s, RunTrigger::Schedule));
    const qint64 stepId = rowId(writer.addStep(half, step(u"fetch"_s, StepStatus::Running)));
    std::printf("ready %lld\n", static_cast<long long>(half));
    std::fflush(stdout);
    // Keeps writing until the parent kills it.
    for (;;) {
        if (!writer.addExchanges(stepId, {ExchangeRecord::fromRest(usersExchange(body))}))
            return 5;
    }
}

// Opens a database in a folder mounted read-only; reports the outcome on stdout.
int childOpenReadOnly(const QString &path)
{
    const QByteArray before = fileBytes(path);
    HistoryDatabase db;
    const Result<void> opened = db.open(path);
    std::printf("opened=%d\nerror=%s\nunchanged=%d\n", opened ? 1 : 0,
                opened.error().toUtf8().constData(), fileBytes(path) == before ? 1 : 0);
    HistoryDatabase reader;
    const Result<void> read = reader.open(path, HistoryDatabase::OpenMode::ReadOnly);
    std::printf("readonly-open=%d\nreadonly-error=%s\n", read ? 1 : 0,
                read.error().toUtf8().constData());
    std::fflush(stdout);
    return 0;
}

// Writes zips onto a tiny file system until the disk is full.
int childFillDisk(const QString &path)
{
    HistoryDatabase db;
    if (const Result<void> opened = db.open(path); !opened) {
        std::printf("open failed: %s\n", opened.error().toUtf8().constData());
        return 2;
    }
    HistoryWriter writer(db, RecordingPolicy{});
    QByteArray zip(64 * 1024, Qt::Uninitialized);
    for (int i = 0; i < 200; ++i) {
        for (char &c : zip)
            c = static_cast<char>(QRandomGenerator::global()->generate());
        const Result<qint64> run = writer.beginRun(u"full"_s, RunTrigger::Cli);
        const Result<void> kept =
            run ? writer.storeDeliveredZip(*run, u"asm.zip"_s, zip) : run.failure();
        if (!kept) {
            std::printf("failed-cleanly=1\nerror=%s\n", kept.error().toUtf8().constData());
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
        const Result<void> opened = db.open(newer);
        QVERIFY(!opened);
        QVERIFY2(opened.error().contains(u"newer"_s), qPrintable(opened.error()));
        QCOMPARE(fileBytes(newer), before);

        const QString foreign = dir.filePath(u"foreign.db"_s);
        {
            Inspector inspect(foreign);
            QVERIFY(inspect.exec(u"CREATE TABLE invoices (id INTEGER)"_s));
        }
        const QByteArray foreignBefore = fileBytes(foreign);
        const Result<void> refused = db.open(foreign);
        QVERIFY(!refused);
        QVERIFY2(refused.error().contains(u"not a RosterBridge history"_s),
                 qPrintable(refused.error()));
        QCOMPARE(fileBytes(foreign), foreignBefore);
    }

    void bodiesDroppedWhenSwitchOff()
    {
        QTemporaryDir dir;
        HistoryDatabase db;
        QVERIFY(db.open(dir.filePath(u"h.db"_s)));
        HistoryWriter writer(db, RecordingPolicy{});
        QVERIFY(!writer.policy().saveBodies); // off unless the profile turns it on
        const qint64 run = rowId(writer.beginRun(u"p"_s, RunTrigger::Manual));
        const qint64 stepId = rowId(writer.addStep(run, step(u"fetch"_s, StepStatus::Ok)));
        const QByteArray body = "{\"users\":[{\"sourcedId\":\"stu-42\"}]}";
        QVERIFY(writer.addExchanges(stepId, {ExchangeRecord::fromRest(tokenExchange()),
                                             ExchangeRecord::fromRest(usersExchange(body))}));
        QList<ExchangeRecord> stored;
        QVERIFY(take(db.exchanges(stepId), &stored));
        QCOMPARE(stored.size(), 2);
        for (const ExchangeRecord &e : stored) {
            QVERIFY(e.requestBody.isNull());
            QVERIFY(e.responseBody.isNull());
            QVERIFY(!e.requestHeaders.isEmpty());
            QVERIFY(!e.requestHeaders.at(0).second.contains(kToken));
        }
        QCOMPARE(stored.at(1).bytes, qint64(body.size()));
        QList<SearchHit> hits;
        QVERIFY(take(db.search(u"stu-42"_s), &hits));
        QVERIFY(hits.isEmpty());
    }

    // Two runs, or a run and the window, write to one database at once: each keeps what its
    // own policy allows, and one's failure is never reported to the other.
    void writersKeepTheirOwnPolicyAndErrors()
    {
        QTemporaryDir dir;
        HistoryDatabase db;
        QVERIFY_OK(db.open(dir.filePath(u"h.db"_s)));
        HistoryWriter keeping(db, everythingOn());
        HistoryWriter dropping(db, RecordingPolicy{});
        const qint64 runA = rowId(keeping.beginRun(u"a"_s, RunTrigger::Schedule));
        const qint64 runB = rowId(dropping.beginRun(u"b"_s, RunTrigger::Manual));
        const qint64 stepA = rowId(keeping.addStep(runA, step(u"fetch"_s, StepStatus::Ok)));
        const qint64 stepB = rowId(dropping.addStep(runB, step(u"fetch"_s, StepStatus::Ok)));
        QVERIFY(stepA > 0 && stepB > 0);
        const QByteArray body = "{\"users\":[{\"sourcedId\":\"stu-7\"}]}";
        constexpr int kRounds = 20;
        int failedInThread = 0;
        QThread *other = QThread::create([&] {
            for (int i = 0; i < kRounds; ++i) {
                if (!dropping.addExchanges(stepB, {ExchangeRecord::fromRest(usersExchange(body))}))
                    ++failedInThread;
            }
            // Refused, and said so to this caller only.
            if (dropping.finishRun(runA + runB + 1000, RunStatus::Success, {}, {}))
                ++failedInThread;
        });
        other->start();
        for (int i = 0; i < kRounds; ++i)
            QVERIFY_OK(
                keeping.addExchanges(stepA, {ExchangeRecord::fromRest(usersExchange(body))}));
        QVERIFY(other->wait(30000));
        delete other;
        QCOMPARE(failedInThread, 0);
        QVERIFY_OK(keeping.finishRun(runA, RunStatus::Success, {}, u"done"_s));
        const Result<void> wrong = dropping.finishRun(runA, RunStatus::Success, {}, {});
        QVERIFY(!wrong);
        QVERIFY2(wrong.error().contains(QString::number(runA)), qPrintable(wrong.error()));
        QVERIFY_OK(dropping.finishRun(runB, RunStatus::Success, {}, u"done"_s));

        QList<ExchangeRecord> kept;
        QList<ExchangeRecord> dropped;
        QVERIFY(take(db.exchanges(stepA), &kept));
        QVERIFY(take(db.exchanges(stepB), &dropped));
        QCOMPARE(kept.size(), kRounds);
        QCOMPARE(dropped.size(), kRounds);
        for (const ExchangeRecord &e : std::as_const(kept))
            QCOMPARE(e.responseBody, body);
        for (const ExchangeRecord &e : std::as_const(dropped))
            QVERIFY(e.responseBody.isNull());
    }

    void bodiesCappedAndRedacted()
    {
        QTemporaryDir dir;
        HistoryDatabase db;
        QVERIFY(db.open(dir.filePath(u"h.db"_s)));
        RecordingPolicy policy = everythingOn();
        QCOMPARE(policy.bodyCap, qsizetype(64 * 1024));
        HistoryWriter writer(db, policy);
        const qint64 run = rowId(writer.beginRun(u"p"_s, RunTrigger::Manual));
        const qint64 stepId = rowId(writer.addStep(run, step(u"fetch"_s, StepStatus::Ok)));
        const QByteArray big = "{\"users\":[" + QByteArray(200 * 1024, 'u') + "]}";
        QVERIFY(writer.addExchanges(stepId, {ExchangeRecord::fromRest(usersExchange(big)),
                                             ExchangeRecord::fromRest(tokenExchange())}));
        policy.bodyCap = 100;
        HistoryWriter capped(db, policy);
        QVERIFY(capped.addExchanges(stepId, {ExchangeRecord::fromRest(usersExchange(big))}));

        QList<ExchangeRecord> stored;
        QVERIFY(take(db.exchanges(stepId), &stored));
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
            HistoryWriter writer(db, everythingOn());
            const qint64 run = rowId(writer.beginRun(u"p"_s, RunTrigger::Manual));
            const qint64 stepId =
                rowId(writer.addStep(run, step(u"token"_s, StepStatus::Failed,
                                               QString(u"retrying with client_secret=" +
                                                       QString::fromUtf8(kClientSecret)))));
            RestExchange failed = tokenExchange();
            failed.error = QString(u"server said: bad password=" + QString::fromUtf8(kPassword));
            QVERIFY(writer.addExchanges(
                stepId,
                {ExchangeRecord::fromRest(tokenExchange()), ExchangeRecord::fromRest(failed),
                 ExchangeRecord::fromRest(
                     usersExchange("{\"users\":[],\"echo\":\"" + kToken + "\"}"))}));
            QVERIFY(
                writer.finishRun(run, RunStatus::Failed, {},
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
            HistoryWriter writer(db, RecordingPolicy{});
            QVERIFY(writer.finishRun(rowId(writer.beginRun(u"p"_s, RunTrigger::Cli)),
                                     RunStatus::Success, {}, {}));
        }
        const QByteArray before = fileBytes(path);
        HistoryDatabase db;
        QVERIFY_OK(db.open(path, HistoryDatabase::OpenMode::ReadOnly));
        QList<RunRecord> runs;
        QVERIFY(take(db.runs(RunQuery{}), &runs));
        QCOMPARE(runs.size(), 1);
        HistoryWriter writer(db, RecordingPolicy{});
        const Result<qint64> refused = writer.beginRun(u"p"_s, RunTrigger::Cli);
        QVERIFY(!refused);
        QVERIFY2(refused.error().contains(u"read-only"_s), qPrintable(refused.error()));
        QVERIFY(!writer.addExchanges(runs.first().id, {ExchangeRecord()}));
        QVERIFY(!db.markInterrupted());
        QVERIFY(!writer.storeDeliveredZip(runs.first().id, u"a.zip"_s, "zip"));
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
            HistoryWriter writer(db, RecordingPolicy{});
            QVERIFY(writer.finishRun(rowId(writer.beginRun(u"p"_s, RunTrigger::Cli)),
                                     RunStatus::Success, {}, {}));
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
        const Result<void> opened = db.open(path);
        QVERIFY(!opened);
        QVERIFY2(opened.error().contains(u"read-only"_s), qPrintable(opened.error()));
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
        const Result<void> opened = db.open(path);
        QVERIFY(!opened);
        QVERIFY(!db.isOpen());
        QVERIFY2(opened.error().contains(u"damaged"_s), qPrintable(opened.error()));
        QVERIFY2(opened.error().contains(u"left as it is"_s), qPrintable(opened.error()));
        QCOMPARE(fileBytes(path), content);
        HistoryWriter writer(db, RecordingPolicy{});
        const Result<qint64> refused = writer.beginRun(u"p"_s, RunTrigger::Cli);
        QVERIFY(!refused);
        QVERIFY2(refused.error().contains(u"not open"_s), qPrintable(refused.error()));
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
        QVERIFY_OK(db.open(path));
        int count = 0;
        QVERIFY(take(db.markInterrupted(), &count));
        QCOMPARE(count, 1);
        QList<RunRecord> runs;
        QVERIFY(take(db.runs(RunQuery{}), &runs));
        QCOMPARE(runs.size(), 6);
        for (const RunRecord &run : std::as_const(runs)) {
            QList<StepRecord> steps;
            QVERIFY(take(db.steps(run.id), &steps));
            if (run.id == halfRun) {
                QCOMPARE(run.status, RunStatus::Interrupted);
                QCOMPARE(steps.size(), 1);
                QCOMPARE(steps.first().status, StepStatus::Interrupted);
                QList<ExchangeRecord> exchanges;
                QVERIFY(take(db.exchanges(steps.first().id), &exchanges));
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
                QVERIFY(take(db.exchanges(s.id), &exchanges));
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
