#include "ResultCheck.h"
#include "TestSupport.h"

#include "HistoryTestData.h"
#include "delivery/SftpOperation.h"
#include "store/HistoryDatabase.h"
#include "store/HistoryWriter.h"

#include <QFileInfo>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace rb;
using namespace rb::test;
using namespace Qt::StringLiterals;

// HistoryDatabase's writes, queries, search and retention. The failure cases (read-only, full
// disk, damaged or foreign files, a killed writer) and what is kept of bodies and secrets are
// in tst_historysafety.
class TestHistoryDatabase : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void createsSchemaAndReopens()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"nested/history.db"_s);
        qint64 runId = 0;
        {
            HistoryDatabase db;
            QVERIFY_OK(db.open(path));
            HistoryWriter writer(db, RecordingPolicy{});
            QVERIFY(QFileInfo::exists(path));
            runId = rowId(writer.beginRun(u"p1"_s, RunTrigger::Manual));
            QVERIFY(runId > 0);
            // Foreign keys are on: a step of a run that does not exist is refused.
            const Result<qint64> orphan = writer.addStep(9999, step(u"read"_s, StepStatus::Ok));
            QVERIFY(!orphan);
            QVERIFY(orphan.error().contains(u"FOREIGN KEY"_s, Qt::CaseInsensitive));
        }
        {
            Inspector inspect(path);
            QCOMPARE(inspect.value(u"PRAGMA user_version"_s).toInt(),
                     HistoryDatabase::kSchemaVersion);
            QCOMPARE(inspect.value(u"PRAGMA journal_mode"_s).toString(), u"wal"_s);
            QCOMPARE(inspect.value(u"PRAGMA auto_vacuum"_s).toInt(), 2);
            QCOMPARE(inspect
                         .value(u"SELECT count(*) FROM sqlite_master WHERE type = 'table' AND "
                                u"name IN ('runs','steps','exchanges','delivered_zips')"_s)
                         .toInt(),
                     4);
        }
        HistoryDatabase db;
        QVERIFY_OK(db.open(path));
        std::optional<RunRecord> run;
        QVERIFY(take(db.run(runId), &run));
        QVERIFY(run.has_value());
        QCOMPARE(run->profileId, u"p1"_s);
        QCOMPARE(run->status, RunStatus::Running);
    }

    void fullRunRoundTrips()
    {
        QTemporaryDir dir;
        HistoryDatabase db;
        QVERIFY(db.open(dir.filePath(u"h.db"_s)));
        HistoryWriter writer(db, everythingOn());

        const QDateTime started = QDateTime::currentDateTimeUtc().addSecs(-60);
        const qint64 runId = rowId(writer.beginRun(u"district"_s, RunTrigger::Schedule, started));
        QVERIFY(runId > 0);
        StepRecord fetch = step(u"fetch"_s, StepStatus::Ok, u"fetched 3 pages"_s);
        fetch.counts = QJsonObject{{u"users"_s, 250}};
        const qint64 fetchId = rowId(writer.addStep(runId, fetch));
        const qint64 deliverId =
            rowId(writer.addStep(runId, step(u"deliver"_s, StepStatus::Running)));
        QVERIFY(fetchId > 0 && deliverId > 0);
        QVERIFY(writer.finishStep(deliverId, StepStatus::Ok, 830, QJsonObject{{u"bytes"_s, 1234}},
                                  u"uploaded"_s));

        const QByteArray usersBody = "{\"users\":[{\"sourcedId\":\"stu-1\"}]}";
        QVERIFY_OK(
            writer.addExchanges(fetchId, {ExchangeRecord::fromRest(tokenExchange()),
                                          ExchangeRecord::fromRest(usersExchange(usersBody))}));
        SftpOperation write{u"write"_s, u"dropbox/asm.zip"_s, true, 700, 1234};
        SftpOperation rename{u"rename"_s, u"dropbox/asm.zip"_s, false, 3, 0};
        QVERIFY(writer.addExchanges(
            deliverId, {ExchangeRecord::fromSftp(write), ExchangeRecord::fromSftp(rename)}));
        const QByteArray zip = "PK\x03\x04 pretend zip";
        QVERIFY(writer.storeDeliveredZip(runId, u"asm-2024.zip"_s, zip));
        QVERIFY(writer.finishRun(runId, RunStatus::Success, QJsonObject{{u"students"_s, 240}},
                                 u"delivered"_s));
        QVERIFY(!writer.finishRun(runId, RunStatus::Failed, {}, {}));

        QList<RunRecord> runs;
        QVERIFY(take(db.runs(RunQuery{}), &runs));
        QCOMPARE(runs.size(), 1);
        const RunRecord &run = runs.first();
        QCOMPARE(run.id, runId);
        QCOMPARE(run.profileId, u"district"_s);
        QCOMPARE(run.trigger, RunTrigger::Schedule);
        QCOMPARE(run.startedAt, started);
        QVERIFY(run.endedAt >= started);
        QCOMPARE(run.status, RunStatus::Success);
        QCOMPARE(run.counts.value(u"students"_s).toInt(), 240);
        QCOMPARE(run.message, u"delivered"_s);

        QList<StepRecord> steps;
        QVERIFY(take(db.steps(runId), &steps));
        QCOMPARE(steps.size(), 2);
        QCOMPARE(steps.at(0).ordinal, 1);
        QCOMPARE(steps.at(0).name, u"fetch"_s);
        QCOMPARE(steps.at(0).counts.value(u"users"_s).toInt(), 250);
        QCOMPARE(steps.at(0).message, u"fetched 3 pages"_s);
        QCOMPARE(steps.at(1).ordinal, 2);
        QCOMPARE(steps.at(1).status, StepStatus::Ok);
        QCOMPARE(steps.at(1).durationMs, qint64(830));

        QList<ExchangeRecord> http;
        QVERIFY(take(db.exchanges(fetchId), &http));
        QCOMPARE(http.size(), 2);
        QCOMPARE(http.at(0).kind, ExchangeKind::Http);
        QCOMPARE(http.at(0).operation, u"POST"_s);
        QCOMPARE(http.at(0).status, 200);
        QVERIFY(http.at(0).ok);
        QCOMPARE(http.at(0).durationMs, qint64(42));
        QVERIFY(http.at(0).target.contains(u"scope=roster"_s));
        QCOMPARE(http.at(0).requestHeaders.at(1).first, QByteArray("Content-Type"));
        QCOMPARE(http.at(0).requestHeaders.at(1).second,
                 QByteArray("application/x-www-form-urlencoded"));
        QVERIFY(http.at(0).requestBody.contains("grant_type=client_credentials"));
        QCOMPARE(http.at(1).responseBody, usersBody);
        QCOMPARE(http.at(1).bytes, qint64(usersBody.size()));

        QList<ExchangeRecord> sftp;
        QVERIFY(take(db.exchanges(deliverId), &sftp));
        QCOMPARE(sftp.size(), 2);
        QCOMPARE(sftp.at(0).kind, ExchangeKind::Sftp);
        QCOMPARE(sftp.at(0).operation, u"write"_s);
        QCOMPARE(sftp.at(0).target, u"dropbox/asm.zip"_s);
        QCOMPARE(sftp.at(0).bytes, qint64(1234));
        QVERIFY(sftp.at(0).ok);
        QVERIFY(!sftp.at(1).ok);

        std::optional<DeliveredZip> last;
        QVERIFY(take(db.lastDeliveredZip(u"district"_s), &last));
        QVERIFY(last.has_value());
        QCOMPARE(last->content, zip);
        QCOMPARE(last->fileName, u"asm-2024.zip"_s);
        QCOMPARE(last->bytes, qint64(zip.size()));
        QCOMPARE(last->runId, runId);
        QCOMPARE(last->sha256.size(), 64);
        QVERIFY(take(db.lastDeliveredZip(u"other"_s), &last));
        QVERIFY(!last.has_value());
    }

    void runFiltersAndPaging()
    {
        QTemporaryDir dir;
        HistoryDatabase db;
        QVERIFY(db.open(dir.filePath(u"h.db"_s)));
        HistoryWriter writer(db, RecordingPolicy{});
        const QDateTime base = QDateTime::currentDateTimeUtc().addDays(-10);
        QList<qint64> ids;
        for (int i = 0; i < 10; ++i) {
            const qint64 id =
                rowId(writer.beginRun(i % 2 ? u"a"_s : u"b"_s, RunTrigger::Cli, base.addDays(i)));
            QVERIFY(writer.finishRun(id, i < 3 ? RunStatus::Failed : RunStatus::Success, {}, {}));
            ids.append(id);
        }
        QList<RunRecord> runs;
        RunQuery query;
        query.profileId = u"a"_s;
        QVERIFY(take(db.runs(query), &runs));
        QCOMPARE(runs.size(), 5);
        QCOMPARE(runs.first().id, ids.at(9)); // newest first
        query = RunQuery{};
        query.statuses = {RunStatus::Failed, RunStatus::Held};
        QVERIFY(take(db.runs(query), &runs));
        QCOMPARE(runs.size(), 3);
        query = RunQuery{};
        query.from = base.addDays(2);
        query.to = base.addDays(5);
        QVERIFY(take(db.runs(query), &runs));
        QCOMPARE(runs.size(), 3);
        QCOMPARE(runs.last().id, ids.at(2));
        query = RunQuery{};
        query.limit = 4;
        query.offset = 8;
        QVERIFY(take(db.runs(query), &runs));
        QCOMPARE(runs.size(), 2);
        QCOMPARE(runs.at(1).id, ids.at(0));
    }

    void exchangeBatchIsAllOrNothing()
    {
        QTemporaryDir dir;
        HistoryDatabase db;
        QVERIFY(db.open(dir.filePath(u"h.db"_s)));
        HistoryWriter writer(db, RecordingPolicy{});
        const qint64 run = rowId(writer.beginRun(u"p"_s, RunTrigger::Manual));
        const qint64 stepId = rowId(writer.addStep(run, step(u"fetch"_s, StepStatus::Ok)));
        ExchangeRecord bad = ExchangeRecord::fromRest(usersExchange("{}"));
        bad.kind = static_cast<ExchangeKind>(42); // breaks the table's CHECK
        const Result<void> refused =
            writer.addExchanges(stepId, {ExchangeRecord::fromRest(usersExchange("{}")),
                                         ExchangeRecord::fromRest(usersExchange("{}")), bad});
        QVERIFY(!refused);
        QVERIFY(!refused.error().isEmpty());
        QList<ExchangeRecord> stored;
        QVERIFY(take(db.exchanges(stepId), &stored));
        QVERIFY(stored.isEmpty());
        QVERIFY(writer.addExchanges(stepId, {ExchangeRecord::fromRest(usersExchange("{}"))}));
        QVERIFY(take(db.exchanges(stepId), &stored));
        QCOMPARE(stored.size(), 1);
    }

    void pruneKeepsLastDeliveredZip()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"h.db"_s);
        HistoryDatabase db;
        QVERIFY(db.open(path));
        HistoryWriter writer(db, everythingOn());
        const QDateTime now = QDateTime::currentDateTimeUtc();
        auto addRun = [&](const QString &profile, int daysAgo, const QByteArray &zip) {
            const qint64 run =
                rowId(writer.beginRun(profile, RunTrigger::Schedule, now.addDays(-daysAgo)));
            const qint64 stepId = rowId(writer.addStep(run, step(u"fetch"_s, StepStatus::Ok)));
            bool ok =
                writer.addExchanges(stepId, {ExchangeRecord::fromRest(usersExchange("{}"))}).ok();
            if (!zip.isEmpty())
                ok = ok && writer.storeDeliveredZip(run, u"asm.zip"_s, zip).ok();
            ok = ok && writer.finishRun(run, RunStatus::Success, {}, {}).ok();
            return ok ? run : qint64(0);
        };
        const qint64 oldest = addRun(u"p1"_s, 100, "zip A");
        const qint64 lastDelivery = addRun(u"p1"_s, 50, "zip B");
        const qint64 oldFailure = addRun(u"p1"_s, 40, QByteArray());
        const qint64 recent = addRun(u"p1"_s, 1, QByteArray());
        const qint64 otherProfile = addRun(u"p2"_s, 100, "zip C");
        const qint64 stillRunning =
            rowId(writer.beginRun(u"p1"_s, RunTrigger::Manual, now.addDays(-90)));

        for (qint64 id : {oldest, lastDelivery, oldFailure, recent, otherProfile, stillRunning})
            QVERIFY(id > 0);

        // What "Show changes" compares: a run's zip and its profile's delivery before it.
        std::optional<DeliveredZip> shown;
        QVERIFY(take(db.deliveredZipOf(lastDelivery), &shown) && shown);
        QCOMPARE(shown->content, QByteArray("zip B"));
        QVERIFY(take(db.deliveredZipBefore(lastDelivery), &shown) && shown);
        QCOMPARE(shown->content, QByteArray("zip A"));
        QVERIFY(take(db.deliveredZipBefore(oldest), &shown) && !shown);
        QVERIFY(take(db.deliveredZipOf(oldFailure), &shown) && !shown);
        // Another profile's zip is never "before".
        QVERIFY(take(db.deliveredZipBefore(otherProfile), &shown) && !shown);

        int removed = -1;
        QVERIFY(take(db.prune(u"p1"_s, 30), &removed));
        QCOMPARE(removed, 2);
        std::optional<RunRecord> run;
        for (qint64 gone : {oldest, oldFailure}) {
            QVERIFY(take(db.run(gone), &run));
            QVERIFY(!run.has_value());
        }
        for (qint64 kept : {lastDelivery, recent, otherProfile, stillRunning}) {
            QVERIFY(take(db.run(kept), &run));
            QVERIFY(run.has_value());
        }
        std::optional<DeliveredZip> zip;
        QVERIFY(take(db.lastDeliveredZip(u"p1"_s), &zip));
        QVERIFY(zip.has_value());
        QCOMPARE(zip->content, QByteArray("zip B"));
        QVERIFY(take(db.lastDeliveredZip(u"p2"_s), &zip));
        QCOMPARE(zip->content, QByteArray("zip C"));

        // Nothing of the deleted runs is left behind.
        Inspector inspect(path);
        QCOMPARE(inspect
                     .value(u"SELECT count(*) FROM steps WHERE run_id NOT IN "
                            u"(SELECT id FROM runs)"_s)
                     .toInt(),
                 0);
        QCOMPARE(inspect.value(u"SELECT count(*) FROM exchanges"_s).toInt(), 3);
        QCOMPARE(inspect.value(u"SELECT count(*) FROM delivered_zips"_s).toInt(), 2);

        // Even a retention of zero days keeps the zip the next diff needs.
        QVERIFY(take(db.prune(u"p1"_s, 0), &removed));
        QVERIFY(take(db.lastDeliveredZip(u"p1"_s), &zip));
        QCOMPARE(zip->content, QByteArray("zip B"));
        QVERIFY(!db.prune(u"p1"_s, -1));
    }

    void markInterruptedTurnsRunningRuns()
    {
        QTemporaryDir dir;
        HistoryDatabase db;
        QVERIFY(db.open(dir.filePath(u"h.db"_s)));
        HistoryWriter writer(db, RecordingPolicy{});
        const QDateTime started = QDateTime::currentDateTimeUtc().addSecs(-300);
        const qint64 done = rowId(writer.beginRun(u"p"_s, RunTrigger::Manual, started));
        QVERIFY(writer.finishRun(done, RunStatus::Held, {}, u"held for review"_s));
        const qint64 killed = rowId(writer.beginRun(u"p"_s, RunTrigger::Watch, started));
        StepRecord fetch = step(u"fetch"_s, StepStatus::Running);
        fetch.startedAt = started.addSecs(10);
        fetch.durationMs = 2000;
        QVERIFY(rowId(writer.addStep(killed, fetch)) > 0);

        int count = -1;
        QVERIFY(take(db.markInterrupted(), &count));
        QCOMPARE(count, 1);
        std::optional<RunRecord> run;
        QVERIFY(take(db.run(killed), &run));
        QCOMPARE(run->status, RunStatus::Interrupted);
        QCOMPARE(run->endedAt, started.addSecs(12));
        QVERIFY(!run->message.isEmpty());
        QList<StepRecord> steps;
        QVERIFY(take(db.steps(killed), &steps));
        QCOMPARE(steps.first().status, StepStatus::Interrupted);
        QVERIFY(take(db.run(done), &run));
        QCOMPARE(run->status, RunStatus::Held);
        QVERIFY(take(db.markInterrupted(), &count));
        QCOMPARE(count, 0);
    }

    void searchFindsIds()
    {
        QTemporaryDir dir;
        HistoryDatabase db;
        QVERIFY(db.open(dir.filePath(u"h.db"_s)));
        HistoryWriter writer(db, everythingOn());
        const qint64 first = rowId(writer.beginRun(u"p"_s, RunTrigger::Schedule));
        QVERIFY(rowId(writer.addStep(
                    first, step(u"diff"_s, StepStatus::Ok,
                                u"would deactivate student stu-4711 (left the district)"_s))) > 0);
        QVERIFY(writer.finishRun(first, RunStatus::Success, {}, {}));
        const qint64 second = rowId(writer.beginRun(u"p"_s, RunTrigger::Schedule));
        const qint64 fetch = rowId(writer.addStep(second, step(u"fetch"_s, StepStatus::Ok)));
        QVERIFY(writer.addExchanges(fetch, {ExchangeRecord::fromRest(usersExchange(
                                               "{\"classes\":[{\"sourcedId\":\"cls-889\"}]}"))}));

        QList<SearchHit> hits;
        QVERIFY(take(db.search(u"stu-4711"_s), &hits));
        QCOMPARE(hits.size(), 1);
        QCOMPARE(hits.first().run.id, first);
        QCOMPARE(hits.first().field, u"step message"_s);
        QVERIFY(take(db.search(u"cls-889"_s), &hits));
        QCOMPARE(hits.size(), 1);
        QCOMPARE(hits.first().run.id, second);
        QCOMPARE(hits.first().stepId, fetch);
        QVERIFY(hits.first().exchangeId > 0);
        QCOMPARE(hits.first().field, u"response body"_s);
        QVERIFY(take(db.search(u"STU-4711"_s), &hits)); // ids are exact
        QVERIFY(hits.isEmpty());
        QVERIFY(!take(db.search(QString()), &hits));
    }

    void worksFromAnotherThread()
    {
        QTemporaryDir dir;
        HistoryDatabase db;
        QVERIFY(db.open(dir.filePath(u"h.db"_s)));
        HistoryWriter writer(db, RecordingPolicy{});
        qint64 fromWorker = 0;
        QString workerError;
        QThread *worker = QThread::create([&writer, &fromWorker, &workerError] {
            const Result<qint64> id = writer.beginRun(u"p"_s, RunTrigger::Schedule);
            const Result<void> done =
                id ? writer.finishRun(*id, RunStatus::DryRun, {}, {}) : id.failure();
            fromWorker = done ? *id : 0;
            workerError = done.error();
        });
        worker->start();
        QVERIFY(worker->wait(30000));
        delete worker;
        QVERIFY2(fromWorker > 0, qPrintable(workerError));
        std::optional<RunRecord> run;
        QVERIFY(take(db.run(fromWorker), &run));
        QCOMPARE(run->status, RunStatus::DryRun);
    }
};

QTEST_GUILESS_MAIN(TestHistoryDatabase)
#include "tst_historydatabase.moc"
