#include "TestSupport.h"

#include "delivery/SftpOperation.h"
#include "store/HistoryDatabase.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <cstdio>
#include <unistd.h>

using namespace rb;
using namespace Qt::StringLiterals;

namespace {

const QByteArray kToken = "eyJhbGciOiJIUzI1NiJ9.history-access.token";
const QByteArray kClientSecret = "Cl1entS3cret/+=history";
const QByteArray kPassword = "Pa55word!history";
const QByteArray kRefresh = "refresh-7a6b5c4d3e";

// Reads a database with a plain connection of its own, outside the class under test.
class Inspector
{
public:
    explicit Inspector(const QString &path)
        : m_name(u"tst.inspect"_s)
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_name);
        db.setDatabaseName(path);
        if (!db.open())
            qFatal("cannot inspect the database");
    }
    ~Inspector() { QSqlDatabase::removeDatabase(m_name); }
    QVariant value(const QString &sql) const
    {
        QSqlQuery q(QSqlDatabase::database(m_name));
        if (!q.exec(sql) || !q.next())
            return QVariant();
        return q.value(0);
    }
    bool exec(const QString &sql) const
    {
        QSqlQuery q(QSqlDatabase::database(m_name));
        return q.exec(sql);
    }

private:
    QString m_name;
};

QByteArray fileBytes(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// The database and everything SQLite keeps next to it.
QByteArray allBytes(const QString &path)
{
    return fileBytes(path) + fileBytes(QString(path + u"-wal")) +
           fileBytes(QString(path + u"-journal"));
}

RestExchange tokenExchange()
{
    RestExchange e;
    e.purpose = u"token"_s;
    e.method = "POST";
    e.url = QUrl::fromEncoded("https://sis.example.org/oauth/token?client_secret=" +
                              kClientSecret.toPercentEncoding() + "&scope=roster");
    e.requestHeaders = {{"Authorization", QByteArray("Bearer " + kToken)},
                        {"Content-Type", "application/x-www-form-urlencoded"}};
    e.requestBody = "grant_type=client_credentials&client_id=district&client_secret=" +
                    kClientSecret.toPercentEncoding() + "&password=" + kPassword;
    e.startedAt = QDateTime::currentDateTimeUtc();
    e.status = 200;
    e.responseHeaders = {{"Content-Type", "application/json"},
                         {"Set-Cookie", QByteArray("session=" + kRefresh + "; Path=/")}};
    e.responseBody = "{\"access_token\":\"" + kToken + "\",\"refresh_token\":\"" + kRefresh +
                     "\",\"token_type\":\"bearer\",\"note\":\"echo " + kClientSecret + "\"}";
    e.responseBytes = e.responseBody.size();
    e.durationMs = 42;
    return e;
}

RestExchange usersExchange(const QByteArray &body)
{
    RestExchange e;
    e.purpose = u"users page 1"_s;
    e.method = "GET";
    e.url = QUrl(u"https://sis.example.org/ims/oneroster/v1p1/users?limit=100&offset=0"_s);
    e.requestHeaders = {{"Authorization", QByteArray("Bearer " + kToken)},
                        {"Accept", "application/json"}};
    e.startedAt = QDateTime::currentDateTimeUtc();
    e.status = 200;
    e.responseHeaders = {{"Content-Type", "application/json"}};
    e.responseBody = body;
    e.responseBytes = body.size();
    e.durationMs = 120;
    return e;
}

RecordingPolicy everythingOn()
{
    RecordingPolicy policy;
    policy.saveBodies = true;
    policy.redactor.addSecret(kClientSecret);
    policy.redactor.addSecret(kToken);
    return policy;
}

StepRecord step(const QString &name, const QString &status, const QString &message = QString())
{
    StepRecord s;
    s.name = name;
    s.status = status;
    s.startedAt = QDateTime::currentDateTimeUtc();
    s.durationMs = 5;
    s.message = message;
    return s;
}

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
                db.addStep(run, step(QString(u"step " + QString::number(s)), u"ok"_s));
            if (!db.addExchanges(stepId, {ExchangeRecord::fromRest(usersExchange(body)),
                                          ExchangeRecord::fromRest(usersExchange(body))}))
                return 3;
        }
        if (!db.finishRun(run, RunStatus::Success, QJsonObject{{u"users"_s, i}}, u"done"_s))
            return 4;
    }
    const qint64 half = db.beginRun(u"crash"_s, RunTrigger::Schedule);
    const qint64 stepId = db.addStep(half, step(u"fetch"_s, u"running"_s));
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
            QVERIFY2(db.open(path), qPrintable(db.lastError()));
            QVERIFY(QFileInfo::exists(path));
            runId = db.beginRun(u"p1"_s, RunTrigger::Manual);
            QVERIFY(runId > 0);
            // Foreign keys are on: a step of a run that does not exist is refused.
            QCOMPARE(db.addStep(9999, step(u"read"_s, u"ok"_s)), qint64(0));
            QVERIFY(db.lastError().contains(u"FOREIGN KEY"_s, Qt::CaseInsensitive));
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
        QVERIFY2(db.open(path), qPrintable(db.lastError()));
        std::optional<RunRecord> run;
        QVERIFY(db.run(runId, &run));
        QVERIFY(run.has_value());
        QCOMPARE(run->profileId, u"p1"_s);
        QCOMPARE(run->status, RunStatus::Running);
    }

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

    void fullRunRoundTrips()
    {
        QTemporaryDir dir;
        HistoryDatabase db;
        QVERIFY(db.open(dir.filePath(u"h.db"_s)));
        db.setRecordingPolicy(everythingOn());

        const QDateTime started = QDateTime::currentDateTimeUtc().addSecs(-60);
        const qint64 runId = db.beginRun(u"district"_s, RunTrigger::Schedule, started);
        QVERIFY(runId > 0);
        StepRecord fetch = step(u"fetch"_s, u"ok"_s, u"fetched 3 pages"_s);
        fetch.counts = QJsonObject{{u"users"_s, 250}};
        const qint64 fetchId = db.addStep(runId, fetch);
        const qint64 deliverId = db.addStep(runId, step(u"deliver"_s, u"running"_s));
        QVERIFY(fetchId > 0 && deliverId > 0);
        QVERIFY(
            db.finishStep(deliverId, u"ok"_s, 830, QJsonObject{{u"bytes"_s, 1234}}, u"uploaded"_s));

        const QByteArray usersBody = "{\"users\":[{\"sourcedId\":\"stu-1\"}]}";
        QVERIFY2(db.addExchanges(fetchId, {ExchangeRecord::fromRest(tokenExchange()),
                                           ExchangeRecord::fromRest(usersExchange(usersBody))}),
                 qPrintable(db.lastError()));
        SftpOperation write{u"write"_s, u"dropbox/asm.zip"_s, true, 700, 1234};
        SftpOperation rename{u"rename"_s, u"dropbox/asm.zip"_s, false, 3, 0};
        QVERIFY(db.addExchanges(
            deliverId, {ExchangeRecord::fromSftp(write), ExchangeRecord::fromSftp(rename)}));
        const QByteArray zip = "PK\x03\x04 pretend zip";
        QVERIFY(db.storeDeliveredZip(runId, u"asm-2024.zip"_s, zip));
        QVERIFY(db.finishRun(runId, RunStatus::Success, QJsonObject{{u"students"_s, 240}},
                             u"delivered"_s));
        QVERIFY(!db.finishRun(runId, RunStatus::Failed, {}, {}));

        QList<RunRecord> runs;
        QVERIFY(db.runs(RunQuery{}, &runs));
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
        QVERIFY(db.steps(runId, &steps));
        QCOMPARE(steps.size(), 2);
        QCOMPARE(steps.at(0).ordinal, 1);
        QCOMPARE(steps.at(0).name, u"fetch"_s);
        QCOMPARE(steps.at(0).counts.value(u"users"_s).toInt(), 250);
        QCOMPARE(steps.at(0).message, u"fetched 3 pages"_s);
        QCOMPARE(steps.at(1).ordinal, 2);
        QCOMPARE(steps.at(1).status, u"ok"_s);
        QCOMPARE(steps.at(1).durationMs, qint64(830));

        QList<ExchangeRecord> http;
        QVERIFY(db.exchanges(fetchId, &http));
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
        QVERIFY(db.exchanges(deliverId, &sftp));
        QCOMPARE(sftp.size(), 2);
        QCOMPARE(sftp.at(0).kind, ExchangeKind::Sftp);
        QCOMPARE(sftp.at(0).operation, u"write"_s);
        QCOMPARE(sftp.at(0).target, u"dropbox/asm.zip"_s);
        QCOMPARE(sftp.at(0).bytes, qint64(1234));
        QVERIFY(sftp.at(0).ok);
        QVERIFY(!sftp.at(1).ok);

        std::optional<DeliveredZip> last;
        QVERIFY(db.lastDeliveredZip(u"district"_s, &last));
        QVERIFY(last.has_value());
        QCOMPARE(last->content, zip);
        QCOMPARE(last->fileName, u"asm-2024.zip"_s);
        QCOMPARE(last->bytes, qint64(zip.size()));
        QCOMPARE(last->runId, runId);
        QCOMPARE(last->sha256.size(), 64);
        QVERIFY(db.lastDeliveredZip(u"other"_s, &last));
        QVERIFY(!last.has_value());
    }

    void runFiltersAndPaging()
    {
        QTemporaryDir dir;
        HistoryDatabase db;
        QVERIFY(db.open(dir.filePath(u"h.db"_s)));
        const QDateTime base = QDateTime::currentDateTimeUtc().addDays(-10);
        QList<qint64> ids;
        for (int i = 0; i < 10; ++i) {
            const qint64 id =
                db.beginRun(i % 2 ? u"a"_s : u"b"_s, RunTrigger::Cli, base.addDays(i));
            QVERIFY(db.finishRun(id, i < 3 ? RunStatus::Failed : RunStatus::Success, {}, {}));
            ids.append(id);
        }
        QList<RunRecord> runs;
        RunQuery query;
        query.profileId = u"a"_s;
        QVERIFY(db.runs(query, &runs));
        QCOMPARE(runs.size(), 5);
        QCOMPARE(runs.first().id, ids.at(9)); // newest first
        query = RunQuery{};
        query.statuses = {RunStatus::Failed, RunStatus::Held};
        QVERIFY(db.runs(query, &runs));
        QCOMPARE(runs.size(), 3);
        query = RunQuery{};
        query.from = base.addDays(2);
        query.to = base.addDays(5);
        QVERIFY(db.runs(query, &runs));
        QCOMPARE(runs.size(), 3);
        QCOMPARE(runs.last().id, ids.at(2));
        query = RunQuery{};
        query.limit = 4;
        query.offset = 8;
        QVERIFY(db.runs(query, &runs));
        QCOMPARE(runs.size(), 2);
        QCOMPARE(runs.at(1).id, ids.at(0));
    }

    void exchangeBatchIsAllOrNothing()
    {
        QTemporaryDir dir;
        HistoryDatabase db;
        QVERIFY(db.open(dir.filePath(u"h.db"_s)));
        const qint64 run = db.beginRun(u"p"_s, RunTrigger::Manual);
        const qint64 stepId = db.addStep(run, step(u"fetch"_s, u"ok"_s));
        ExchangeRecord bad = ExchangeRecord::fromRest(usersExchange("{}"));
        bad.kind = static_cast<ExchangeKind>(42); // breaks the table's CHECK
        QVERIFY(!db.addExchanges(stepId, {ExchangeRecord::fromRest(usersExchange("{}")),
                                          ExchangeRecord::fromRest(usersExchange("{}")), bad}));
        QVERIFY(!db.lastError().isEmpty());
        QList<ExchangeRecord> stored;
        QVERIFY(db.exchanges(stepId, &stored));
        QVERIFY(stored.isEmpty());
        QVERIFY(db.addExchanges(stepId, {ExchangeRecord::fromRest(usersExchange("{}"))}));
        QVERIFY(db.exchanges(stepId, &stored));
        QCOMPARE(stored.size(), 1);
    }

    void bodiesDroppedWhenSwitchOff()
    {
        QTemporaryDir dir;
        HistoryDatabase db;
        QVERIFY(db.open(dir.filePath(u"h.db"_s)));
        QVERIFY(!db.recordingPolicy().saveBodies); // off unless the profile turns it on
        const qint64 run = db.beginRun(u"p"_s, RunTrigger::Manual);
        const qint64 stepId = db.addStep(run, step(u"fetch"_s, u"ok"_s));
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
        const qint64 stepId = db.addStep(run, step(u"fetch"_s, u"ok"_s));
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
            const qint64 stepId = db.addStep(run, step(u"token"_s, u"failed"_s,
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

    void pruneKeepsLastDeliveredZip()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"h.db"_s);
        HistoryDatabase db;
        QVERIFY(db.open(path));
        db.setRecordingPolicy(everythingOn());
        const QDateTime now = QDateTime::currentDateTimeUtc();
        auto addRun = [&](const QString &profile, int daysAgo, const QByteArray &zip) {
            const qint64 run = db.beginRun(profile, RunTrigger::Schedule, now.addDays(-daysAgo));
            const qint64 stepId = db.addStep(run, step(u"fetch"_s, u"ok"_s));
            db.addExchanges(stepId, {ExchangeRecord::fromRest(usersExchange("{}"))});
            if (!zip.isEmpty())
                db.storeDeliveredZip(run, u"asm.zip"_s, zip);
            db.finishRun(run, RunStatus::Success, {}, {});
            return run;
        };
        const qint64 oldest = addRun(u"p1"_s, 100, "zip A");
        const qint64 lastDelivery = addRun(u"p1"_s, 50, "zip B");
        const qint64 oldFailure = addRun(u"p1"_s, 40, QByteArray());
        const qint64 recent = addRun(u"p1"_s, 1, QByteArray());
        const qint64 otherProfile = addRun(u"p2"_s, 100, "zip C");
        const qint64 stillRunning = db.beginRun(u"p1"_s, RunTrigger::Manual, now.addDays(-90));

        int removed = -1;
        QVERIFY2(db.prune(u"p1"_s, 30, &removed), qPrintable(db.lastError()));
        QCOMPARE(removed, 2);
        std::optional<RunRecord> run;
        for (qint64 gone : {oldest, oldFailure}) {
            QVERIFY(db.run(gone, &run));
            QVERIFY(!run.has_value());
        }
        for (qint64 kept : {lastDelivery, recent, otherProfile, stillRunning}) {
            QVERIFY(db.run(kept, &run));
            QVERIFY(run.has_value());
        }
        std::optional<DeliveredZip> zip;
        QVERIFY(db.lastDeliveredZip(u"p1"_s, &zip));
        QVERIFY(zip.has_value());
        QCOMPARE(zip->content, QByteArray("zip B"));
        QVERIFY(db.lastDeliveredZip(u"p2"_s, &zip));
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
        QVERIFY(db.prune(u"p1"_s, 0, &removed));
        QVERIFY(db.lastDeliveredZip(u"p1"_s, &zip));
        QCOMPARE(zip->content, QByteArray("zip B"));
        QVERIFY(!db.prune(u"p1"_s, -1));
    }

    void markInterruptedTurnsRunningRuns()
    {
        QTemporaryDir dir;
        HistoryDatabase db;
        QVERIFY(db.open(dir.filePath(u"h.db"_s)));
        const QDateTime started = QDateTime::currentDateTimeUtc().addSecs(-300);
        const qint64 done = db.beginRun(u"p"_s, RunTrigger::Manual, started);
        QVERIFY(db.finishRun(done, RunStatus::Held, {}, u"held for review"_s));
        const qint64 killed = db.beginRun(u"p"_s, RunTrigger::Watch, started);
        StepRecord fetch = step(u"fetch"_s, u"running"_s);
        fetch.startedAt = started.addSecs(10);
        fetch.durationMs = 2000;
        QVERIFY(db.addStep(killed, fetch) > 0);

        int count = -1;
        QVERIFY(db.markInterrupted(&count));
        QCOMPARE(count, 1);
        std::optional<RunRecord> run;
        QVERIFY(db.run(killed, &run));
        QCOMPARE(run->status, RunStatus::Interrupted);
        QCOMPARE(run->endedAt, started.addSecs(12));
        QVERIFY(!run->message.isEmpty());
        QList<StepRecord> steps;
        QVERIFY(db.steps(killed, &steps));
        QCOMPARE(steps.first().status, u"interrupted"_s);
        QVERIFY(db.run(done, &run));
        QCOMPARE(run->status, RunStatus::Held);
        QVERIFY(db.markInterrupted(&count));
        QCOMPARE(count, 0);
    }

    void searchFindsIds()
    {
        QTemporaryDir dir;
        HistoryDatabase db;
        QVERIFY(db.open(dir.filePath(u"h.db"_s)));
        db.setRecordingPolicy(everythingOn());
        const qint64 first = db.beginRun(u"p"_s, RunTrigger::Schedule);
        QVERIFY(db.addStep(first,
                           step(u"diff"_s, u"ok"_s,
                                u"would deactivate student stu-4711 (left the district)"_s)) > 0);
        QVERIFY(db.finishRun(first, RunStatus::Success, {}, {}));
        const qint64 second = db.beginRun(u"p"_s, RunTrigger::Schedule);
        const qint64 fetch = db.addStep(second, step(u"fetch"_s, u"ok"_s));
        QVERIFY(db.addExchanges(fetch, {ExchangeRecord::fromRest(usersExchange(
                                           "{\"classes\":[{\"sourcedId\":\"cls-889\"}]}"))}));

        QList<SearchHit> hits;
        QVERIFY(db.search(u"stu-4711"_s, &hits));
        QCOMPARE(hits.size(), 1);
        QCOMPARE(hits.first().run.id, first);
        QCOMPARE(hits.first().field, u"step message"_s);
        QVERIFY(db.search(u"cls-889"_s, &hits));
        QCOMPARE(hits.size(), 1);
        QCOMPARE(hits.first().run.id, second);
        QCOMPARE(hits.first().stepId, fetch);
        QVERIFY(hits.first().exchangeId > 0);
        QCOMPARE(hits.first().field, u"response body"_s);
        QVERIFY(db.search(u"STU-4711"_s, &hits)); // ids are exact
        QVERIFY(hits.isEmpty());
        QVERIFY(!db.search(QString(), &hits));
    }

    void worksFromAnotherThread()
    {
        QTemporaryDir dir;
        HistoryDatabase db;
        QVERIFY(db.open(dir.filePath(u"h.db"_s)));
        qint64 fromWorker = 0;
        QThread *worker = QThread::create([&db, &fromWorker] {
            fromWorker = db.beginRun(u"p"_s, RunTrigger::Schedule);
            db.finishRun(fromWorker, RunStatus::DryRun, {}, {});
        });
        worker->start();
        QVERIFY(worker->wait(30000));
        delete worker;
        QVERIFY2(fromWorker > 0, qPrintable(db.lastError()));
        std::optional<RunRecord> run;
        QVERIFY(db.run(fromWorker, &run));
        QCOMPARE(run->status, RunStatus::DryRun);
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
                QCOMPARE(steps.first().status, u"interrupted"_s);
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
    TestHistoryDatabase test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_historydatabase.moc"
