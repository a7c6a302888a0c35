#include "ResultCheck.h"
#include "TestSupport.h"

#include "HistoryTestData.h"
#include "delivery/SftpOperation.h"
#include "store/AppPaths.h"
#include "store/HistoryDatabase.h"
#include "store/HistoryWriter.h"
#include "store/ProfileStore.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace rb;
using namespace rb::test;
using namespace Qt::StringLiterals;

namespace {

QString idOf(const Profile &p)
{
    return p.id.toString(QUuid::WithoutBraces);
}

ExchangeRecord http(const QString &method, const QString &url, const QByteArray &requestBody,
                    const QByteArray &responseBody)
{
    ExchangeRecord e;
    e.kind = ExchangeKind::Http;
    e.operation = method;
    e.target = url;
    e.status = 200;
    e.ok = true;
    e.startedAt = QDateTime::currentDateTimeUtc();
    e.durationMs = 120;
    e.bytes = responseBody.size();
    e.requestHeaders = {{"Accept", "application/json"}};
    e.requestBody = requestBody;
    e.responseHeaders = {{"Content-Type", "application/json"}};
    e.responseBody = responseBody;
    return e;
}

} // namespace

// `rosterbridge history` on a real history database and real profiles.
class TestCliHistory : public QObject
{
    Q_OBJECT
    QTemporaryDir m_tmp;
    QString m_profiles;
    QString m_data;
    Profile m_north = Profile::create(u"North District"_s);
    Profile m_south = Profile::create(u"South District"_s);
    const QString m_gone = QUuid::createUuid().toString(QUuid::WithoutBraces);
    QDateTime m_base;
    qint64 m_delivered = 0; // North, schedule, success: steps and exchanges
    qint64 m_failed = 0;    // North, manual, failed
    qint64 m_held = 0;      // South, cli, held
    qint64 m_orphan = 0;    // a deleted profile's run
    qint64 m_dryRun = 0;    // South, watch, dry run (newest)

    ProcessResult history(const QStringList &args, const QString &data = QString())
    {
        return run(appBinary(), QStringList{u"history"_s} + args +
                                    QStringList{u"--data-dir"_s, data.isEmpty() ? m_data : data,
                                                u"--profiles-dir"_s, m_profiles});
    }

    static QJsonDocument json(const ProcessResult &r)
    {
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(r.out, &error);
        if (error.error != QJsonParseError::NoError)
            qWarning("not JSON (%s): %s", qPrintable(error.errorString()), r.out.constData());
        return doc;
    }

    static QList<qint64> ids(const QJsonArray &runs)
    {
        QList<qint64> list;
        for (const QJsonValue &v : runs)
            list << v.toObject().value(u"id"_s).toInteger();
        return list;
    }

    // A run's line starts with its id.
    static QByteArray idCell(qint64 id) { return QByteArray(QByteArray::number(id) + ' '); }

    static QByteArray localTime(const QDateTime &time)
    {
        return time.toLocalTime().toString(u"yyyy-MM-dd HH:mm"_s).toUtf8();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_tmp.isValid());
        m_profiles = m_tmp.filePath(u"profiles"_s);
        m_data = m_tmp.filePath(u"data"_s);
        const ProfileStore store(m_profiles);
        QVERIFY_OK(store.save(m_north));
        QVERIFY_OK(store.save(m_south));

        m_base = QDateTime::currentDateTimeUtc().addDays(-3);
        m_base.setTime(QTime(m_base.time().hour(), 0));
        HistoryDatabase db;
        QVERIFY_OK(db.open(AppPaths::historyDatabase(m_data)));
        RecordingPolicy policy;
        policy.saveBodies = true;
        HistoryWriter writer(db, policy);

        m_delivered = rowId(writer.beginRun(idOf(m_north), RunTrigger::Schedule, m_base));
        const qint64 fetch = rowId(writer.addStep(
            m_delivered, stepWith(u"fetch"_s, StepStatus::Ok, QJsonObject{{u"users"_s, 250}},
                                  u"fetched 3 pages"_s)));
        QVERIFY(writer.addExchanges(
            fetch, {http(u"POST"_s, u"https://sis.example.org/oauth/token"_s,
                         "grant_type=client_credentials", "{\"token_type\":\"bearer\"}"),
                    http(u"GET"_s, u"https://sis.example.org/ims/oneroster/v1p1/users"_s, {},
                         "{\"users\":[{\"sourcedId\":\"stu-4711\"}]}")}));
        const qint64 deliver = rowId(
            writer.addStep(m_delivered, stepWith(u"deliver"_s, StepStatus::Ok, {}, u"uploaded"_s)));
        QVERIFY_OK(writer.addExchanges(deliver, sftpDelivery()));
        QVERIFY(writer.finishRun(m_delivered, RunStatus::Success, QJsonObject{{u"students"_s, 240}},
                                 u"delivered"_s));

        const LaterRuns later =
            writeLaterRuns(writer, idOf(m_north), idOf(m_south), m_gone, m_base, u"diff"_s);
        m_failed = later.failed;
        m_held = later.held;
        m_orphan = later.orphan;
        m_dryRun = later.dryRun;
        QVERIFY(m_failed && m_held && m_orphan && m_dryRun);
    }

    void listsNewestFirst()
    {
        const QString path = AppPaths::historyDatabase(m_data);
        const QByteArray before = readFile(path);
        const ProcessResult r = history({});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QList<QByteArray> lines = r.out.trimmed().split('\n');
        QCOMPARE(lines.size(), 6); // a header and five runs
        QVERIFY2(lines.at(0).startsWith("RUN"), lines.at(0).constData());
        QVERIFY(lines.at(1).startsWith(idCell(m_dryRun)));
        QVERIFY(lines.at(5).startsWith(idCell(m_delivered)));

        const QByteArray delivered = lines.at(5);
        QVERIFY2(delivered.contains(localTime(m_base)), delivered.constData());
        QVERIFY(delivered.contains("North District"));
        QVERIFY(delivered.contains("schedule"));
        QVERIFY(delivered.contains("success"));
        QVERIFY(delivered.contains(" h ")); // ended now, started three days ago
        QVERIFY(delivered.endsWith("delivered"));
        // A message over two lines stays on its run's line.
        QVERIFY2(lines.at(4).endsWith("token rejected by the SIS"), lines.at(4).constData());
        QVERIFY(lines.at(3).contains("South District"));
        QVERIFY(lines.at(3).contains("held"));
        // The deleted profile's run shows its id.
        QVERIFY(lines.at(2).contains(m_gone.toUtf8()));
        // Read only: the file is as it was.
        QCOMPARE(readFile(path), before);
    }

    void printsJson()
    {
        const ProcessResult r = history({u"--json"_s});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonArray runs = json(r).array();
        QCOMPARE(ids(runs), (QList<qint64>{m_dryRun, m_orphan, m_held, m_failed, m_delivered}));
        const QJsonObject delivered = runs.at(4).toObject();
        QCOMPARE(delivered.value(u"profileId"_s).toString(), idOf(m_north));
        QCOMPARE(delivered.value(u"profileName"_s).toString(), u"North District"_s);
        QCOMPARE(delivered.value(u"trigger"_s).toString(), u"schedule"_s);
        QCOMPARE(delivered.value(u"status"_s).toString(), u"success"_s);
        QCOMPARE(delivered.value(u"counts"_s).toObject().value(u"students"_s).toInt(), 240);
        QCOMPARE(QDateTime::fromString(delivered.value(u"startedAt"_s).toString(), Qt::ISODate),
                 m_base);
        QVERIFY(delivered.value(u"durationMs"_s).toInteger() > 0);
        QVERIFY(runs.at(1).toObject().value(u"profileName"_s).isNull());

        const ProcessResult limited = history({u"--json"_s, u"--limit"_s, u"2"_s});
        QCOMPARE(ids(json(limited).array()), (QList<qint64>{m_dryRun, m_orphan}));
    }

    void filtersByStatus()
    {
        ProcessResult r = history({u"--status"_s, u"failed"_s});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(r.out.trimmed().split('\n').size(), 2);
        QVERIFY(r.out.contains("token rejected"));

        r = history({u"--status"_s, u"held,dryrun"_s, u"--json"_s});
        QCOMPARE(ids(json(r).array()), (QList<qint64>{m_dryRun, m_held}));
        r = history({u"--status"_s, u"cancelled"_s});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains("No runs match."));
    }

    void filtersByProfile()
    {
        ProcessResult r = history({u"--profile"_s, u"North District"_s, u"--json"_s});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(ids(json(r).array()), (QList<qint64>{m_failed, m_delivered}));
        r = history({u"--profile"_s, idOf(m_south), u"--json"_s});
        QCOMPARE(ids(json(r).array()), (QList<qint64>{m_dryRun, m_held}));
        // A deleted profile is found by its id.
        r = history({u"--profile"_s, m_gone, u"--json"_s});
        QCOMPARE(ids(json(r).array()), QList<qint64>{m_orphan});
        r = history({u"--profile"_s, u"Nobody"_s});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("Nobody"), r.err.constData());
    }

    void showsOneRun()
    {
        ProcessResult r = history({u"--run"_s, QString::number(m_delivered)});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QByteArray text = r.out;
        QVERIFY2(text.contains("North District, schedule, success"), text.constData());
        QVERIFY(text.contains("students=240"));
        QVERIFY(text.contains("1  fetch  ok  1.5 s  users=250  fetched 3 pages"));
        QVERIFY(text.contains("2  deliver  ok"));
        QVERIFY(text.contains("http  POST  https://sis.example.org/oauth/token  200  ok  120 ms"));
        QVERIFY(text.contains("sftp  write  dropbox/asm.zip  ok  700 ms"));
        QVERIFY(text.contains("sftp  rename  dropbox/asm.zip  failed  3 ms"));
        QVERIFY(text.contains("error: permission denied"));
        // Bodies are for --json; the text stays one line per exchange.
        QVERIFY(!text.contains("stu-4711"));

        r = history({u"--run"_s, QString::number(m_delivered), u"--json"_s});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonObject run = json(r).object();
        QCOMPARE(run.value(u"id"_s).toInteger(), m_delivered);
        const QJsonArray steps = run.value(u"steps"_s).toArray();
        QCOMPARE(steps.size(), 2);
        QCOMPARE(steps.at(0).toObject().value(u"name"_s).toString(), u"fetch"_s);
        const QJsonArray fetch = steps.at(0).toObject().value(u"exchanges"_s).toArray();
        QCOMPARE(fetch.size(), 2);
        const QJsonObject token = fetch.at(0).toObject();
        QCOMPARE(token.value(u"kind"_s).toString(), u"http"_s);
        QCOMPARE(token.value(u"requestBody"_s).toString(), u"grant_type=client_credentials"_s);
        QCOMPARE(token.value(u"requestHeaders"_s).toArray().at(0).toObject().value(u"name"_s),
                 u"Accept"_s);
        QCOMPARE(fetch.at(1).toObject().value(u"responseBody"_s).toString(),
                 u"{\"users\":[{\"sourcedId\":\"stu-4711\"}]}"_s);
        const QJsonArray deliver = steps.at(1).toObject().value(u"exchanges"_s).toArray();
        QCOMPARE(deliver.at(0).toObject().value(u"kind"_s).toString(), u"sftp"_s);
        QCOMPARE(deliver.at(0).toObject().value(u"bytes"_s).toInteger(), 1234);
        QCOMPARE(deliver.at(1).toObject().value(u"ok"_s).toBool(), false);
        QCOMPARE(deliver.at(1).toObject().value(u"error"_s).toString(), u"permission denied"_s);

        r = history({u"--run"_s, u"9999"_s});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("9999"), r.err.constData());
    }

    void searchesBodiesAndMessages()
    {
        ProcessResult r = history({u"--search"_s, u"stu-4711"_s});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QList<QByteArray> lines = r.out.trimmed().split('\n');
        QCOMPARE(lines.size(), 3); // header, the run, where it was found
        QVERIFY(lines.at(1).startsWith(idCell(m_delivered)));
        QVERIFY(lines.at(1).contains("North District"));
        QVERIFY2(lines.at(2).contains("found in step 1 \"fetch\", the response body"),
                 lines.at(2).constData());

        r = history({u"--search"_s, u"stu-9001"_s, u"--json"_s});
        const QJsonArray hits = json(r).array();
        QCOMPARE(hits.size(), 1);
        const QJsonObject hit = hits.at(0).toObject();
        QCOMPARE(hit.value(u"run"_s).toObject().value(u"id"_s).toInteger(), m_held);
        QCOMPARE(hit.value(u"field"_s).toString(), u"step message"_s);
        QVERIFY(hit.value(u"exchangeId"_s).isNull());

        // The filters apply to search hits too.
        r = history({u"--search"_s, u"stu-9001"_s, u"--profile"_s, u"North District"_s});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains("was not found"));
    }

    void missingDatabaseMeansNoRuns()
    {
        const QString empty = m_tmp.filePath(u"empty-data"_s);
        ProcessResult r = history({}, empty);
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out.trimmed(), QByteArray("No runs yet."));
        r = history({u"--json"_s}, empty);
        QCOMPARE(r.exitCode, 0);
        QVERIFY(json(r).isArray());
        QVERIFY(json(r).array().isEmpty());
        QVERIFY(!QFileInfo::exists(AppPaths::historyDatabase(empty)));
    }

    void corruptDatabaseIsNamedAndLeftAlone()
    {
        const QString data = m_tmp.filePath(u"corrupt-data"_s);
        QVERIFY(QDir().mkpath(data));
        const QString path = AppPaths::historyDatabase(data);
        QByteArray noise(8192, Qt::Uninitialized);
        for (char &c : noise)
            c = char(QRandomGenerator::global()->generate());
        writeFile(path, noise);
        const ProcessResult r = history({}, data);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(path.toUtf8()), r.err.constData());
        QCOMPARE(readFile(path), noise);
        QCOMPARE(QDir(data).entryList(QDir::Files), QStringList{QFileInfo(path).fileName()});
    }

    void usageErrors()
    {
        ProcessResult r = history({u"--status"_s, u"bogus"_s});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("bogus"), r.err.constData());
        for (const char *name :
             {"success", "failed", "held", "dryrun", "cancelled", "interrupted", "running"})
            QVERIFY2(r.err.contains(name), r.err.constData());
        QCOMPARE(history({u"--limit"_s, u"0"_s}).exitCode, 2);
        QCOMPARE(history({u"--run"_s, u"abc"_s}).exitCode, 2);
        QCOMPARE(history({u"extra"_s}).exitCode, 2);
        QCOMPARE(history({u"--run"_s, u"1"_s, u"--search"_s, u"x"_s}).exitCode, 2);
        r = history({u"--help"_s});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains("--search"));
    }
};

QTEST_GUILESS_MAIN(TestCliHistory)
#include "tst_cli_history.moc"
