#include "ResultCheck.h"
#include "TestSupport.h"

#include "store/AppPaths.h"
#include "store/ProfileStore.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace rb;
using namespace rb::test;
using namespace Qt::StringLiterals;

// `convert` is a run like a profile's: the same steps, one report schema with `run --json`
// (docs/run-report.md), and a history entry only with --record.
class TestCliReport : public QObject
{
    Q_OBJECT
    QTemporaryDir m_tmp;
    QString m_export;

    QString path(const QString &name) const { return m_tmp.filePath(name); }

    ProcessResult app(const QStringList &args) { return run(appBinary(), args, 120000); }

    static QJsonObject json(const QByteArray &bytes)
    {
        return QJsonDocument::fromJson(bytes).object();
    }

    static QStringList stepNames(const QJsonObject &report)
    {
        QStringList names;
        for (const QJsonValue s : report.value(u"steps"_s).toArray())
            names << s.toObject().value(u"name"_s).toString();
        return names;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_tmp.isValid());
        m_export = path(u"district.zip"_s);
        const ProcessResult r =
            run(generatorBinary(), {u"--scale"_s, u"tiny"_s, u"--version"_s, u"1.2"_s,
                                    u"--run-date"_s, u"2026-09-01"_s, u"-o"_s, m_export});
        QVERIFY2(r.exitCode == 0, r.err.constData());
    }

    void convertAndRunShareOneSchema()
    {
        Profile p = Profile::create(u"Report District"_s);
        p.source.path = m_export;
        p.conversion.filters.runDate = QDate(2026, 9, 1);
        p.destination.kind = DestinationKind::Folder;
        p.destination.folder = path(u"deliveries"_s);
        p.needsFirstRunApproval = false;
        QVERIFY(QDir().mkpath(p.destination.folder));
        QVERIFY_OK(ProfileStore(path(u"profiles"_s)).save(p));
        ProcessResult r = app({u"run"_s, u"--profile"_s, p.name, u"--json"_s, u"--profiles-dir"_s,
                               path(u"profiles"_s), u"--config-dir"_s, path(u"config"_s),
                               u"--data-dir"_s, path(u"run-data"_s)});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonObject fromRun = json(r.out);

        r = app({u"convert"_s, m_export, u"-o"_s, path(u"out.zip"_s), u"--run-date"_s,
                 u"2026-09-01"_s, u"--report"_s, path(u"report.json"_s)});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonObject fromConvert = json(readFile(path(u"report.json"_s)));

        // The documented keys, in both.
        const QStringList keys = {u"schemaVersion"_s, u"outcome"_s,     u"status"_s,  u"message"_s,
                                  u"details"_s,       u"profileId"_s,   u"profile"_s, u"runId"_s,
                                  u"trigger"_s,       u"mode"_s,        u"input"_s,   u"output"_s,
                                  u"delivered"_s,     u"deliveredTo"_s, u"errors"_s,  u"warnings"_s,
                                  u"findings"_s,      u"rows"_s,        u"diff"_s,    u"safety"_s,
                                  u"source"_s,        u"steps"_s,       u"counts"_s};
        for (const QString &key : keys) {
            QVERIFY2(fromRun.contains(key), qPrintable(u"run --json lacks "_s + key));
            QVERIFY2(fromConvert.contains(key), qPrintable(u"convert --report lacks "_s + key));
        }
        QCOMPARE(fromRun.value(u"schemaVersion"_s).toInt(), 1);
        QCOMPARE(fromConvert.value(u"schemaVersion"_s).toInt(), 1);
        QVERIFY(fromRun.contains(u"delivery"_s));
        QVERIFY(!fromConvert.contains(u"delivery"_s));
        QCOMPARE(fromRun.value(u"outcome"_s).toString(), u"delivered"_s);
        QCOMPARE(fromConvert.value(u"outcome"_s).toString(), u"written"_s);
        QCOMPARE(fromConvert.value(u"output"_s).toString(),
                 QFileInfo(path(u"out.zip"_s)).absoluteFilePath());

        // One set of step names: convert stops where there is nothing to deliver.
        const QStringList all = {u"acquire"_s, u"filter"_s,  u"map"_s,     u"validate"_s,
                                 u"compare"_s, u"package"_s, u"deliver"_s, u"record"_s};
        QCOMPARE(stepNames(fromRun), all);
        QCOMPARE(stepNames(fromConvert), all.mid(0, 6));

        // Same export, same settings: the same counts, read the same way.
        for (const QString &key : {u"rows"_s, u"source"_s})
            QCOMPARE(fromConvert.value(key), fromRun.value(key));
        QVERIFY(fromConvert.value(u"source"_s)
                    .toObject()
                    .value(u"read"_s)
                    .toObject()
                    .value(u"enrollments"_s)
                    .toInteger() > 0);
    }

    void recordsOnlyWhenAsked()
    {
        const QString dataDir = path(u"convert-data"_s);
        const QString folder = path(u"dropbox"_s);
        QVERIFY(QDir().mkpath(folder));
        ProcessResult r = app({u"convert"_s, m_export, u"-o"_s, path(u"a.zip"_s), u"--run-date"_s,
                               u"2026-09-01"_s, u"--data-dir"_s, dataDir});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        // Its log may go there; the run goes to no history.
        QVERIFY2(!QFileInfo::exists(AppPaths::historyDatabase(dataDir)),
                 "an unrecorded run wrote to the history");

        const QStringList deliver = {
            u"convert"_s,    m_export, u"--run-date"_s,       u"2026-09-01"_s, u"--record"_s,
            u"--data-dir"_s, dataDir,  u"--deliver-folder"_s, folder};
        r = app(deliver + QStringList{u"-o"_s, path(u"b.zip"_s), u"--approve"_s, u"--report"_s,
                                      path(u"b.json"_s)});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonObject first = json(readFile(path(u"b.json"_s)));
        QVERIFY(first.value(u"recorded"_s).toBool());
        QVERIFY(first.value(u"delivered"_s).toBool());

        r = app({u"history"_s, u"--json"_s, u"--data-dir"_s, dataDir, u"--profiles-dir"_s,
                 path(u"none"_s)});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonArray runs = QJsonDocument::fromJson(r.out).array();
        QCOMPARE(runs.size(), 1);
        QCOMPARE(runs.first().toObject().value(u"id"_s).toInteger(),
                 first.value(u"runId"_s).toInteger());

        // The recorded delivery is what the next recorded run compares with: unchanged data is
        // delivered without --previous or --approve.
        r = app(deliver + QStringList{u"-o"_s, path(u"c.zip"_s), u"--report"_s, path(u"c.json"_s)});
        QVERIFY2(r.exitCode == 0, QByteArray(r.out + r.err).constData());
        const QJsonObject second = json(readFile(path(u"c.json"_s)));
        QVERIFY(second.value(u"diff"_s).toObject().value(u"hasPrevious"_s).toBool());
        QCOMPARE(QDir(folder).entryList(QDir::Files).size(), 2);
    }

    void deliversToOnePlace()
    {
        const ProcessResult r =
            app({u"convert"_s, m_export, u"-o"_s, path(u"x.zip"_s), u"--deliver-folder"_s,
                 path(u"dropbox"_s), u"--deliver-sftp"_s, path(u"asm.json"_s)});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(!QFileInfo::exists(path(u"x.zip"_s)));
    }
};

QTEST_GUILESS_MAIN(TestCliReport)
#include "tst_cli_report.moc"
