#include "DevServerProcess.h"
#include "TestSupport.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace rb::test;

// `rosterbridge convert --source` and `rosterbridge test-connection` against rb-devserver,
// with the secret given the headless way, through the environment.
class TestCliRest : public QObject
{
    Q_OBJECT
    QTemporaryDir m_tmp;
    QString m_district;
    const QByteArray m_secret = "cli-secret-value";

    QString path(const QString &name) const { return m_tmp.filePath(name); }

    QString sourceFile(const DevServerProcess &server, const QString &name)
    {
        const QString base = server.baseUrl().toString();
        const QString file = path(name);
        writeFile(file,
                  QJsonDocument(QJsonObject{{QStringLiteral("baseUrl"), base},
                                            {QStringLiteral("version"), QStringLiteral("1.1")},
                                            {QStringLiteral("authType"), QStringLiteral("oauth2")},
                                            {QStringLiteral("tokenUrl"),
                                             QString(base + QStringLiteral("/oauth/token"))},
                                            {QStringLiteral("clientId"), QStringLiteral("cli")},
                                            {QStringLiteral("pageSize"), QJsonValue(20)},
                                            {QStringLiteral("retryBaseDelayMs"), QJsonValue(50)},
                                            {QStringLiteral("maxRetries"), QJsonValue(2)}})
                      .toJson());
        return file;
    }

    ProcessResult app(const QStringList &args, const QByteArray &secret)
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("ROSTERBRIDGE_SIS_SECRET"));
        if (!secret.isNull())
            env.insert(QStringLiteral("ROSTERBRIDGE_SIS_SECRET"), QString::fromUtf8(secret));
        return run(appBinary(), args, env, 120000);
    }

    bool startServer(DevServerProcess *server, const QStringList &extra = {})
    {
        return server->start(QStringList{QStringLiteral("--data"), m_district,
                                         QStringLiteral("--auth"), QStringLiteral("oauth2"),
                                         QStringLiteral("--client-id"), QStringLiteral("cli"),
                                         QStringLiteral("--client-secret"),
                                         QString::fromUtf8(m_secret)} +
                             extra);
    }

    // The zip from the REST source holds the same rows as converting the CSV district.
    void sameAsCsvConversion(const QString &restZip, const QString &csvName)
    {
        const QString csvZip = path(csvName);
        QCOMPARE(app({QStringLiteral("convert"), m_district, QStringLiteral("-o"), csvZip,
                      QStringLiteral("--run-date"), QStringLiteral("2026-09-01")},
                     {})
                     .exitCode,
                 0);
        for (rb::AsmTable t : rb::kAsmTables)
            QCOMPARE(readAsmTable(restZip, t), readAsmTable(csvZip, t));
    }

private slots:
    void initTestCase()
    {
        m_district = path(QStringLiteral("tiny.zip"));
        QCOMPARE(run(generatorBinary(), {QStringLiteral("--scale"), QStringLiteral("tiny"),
                                         QStringLiteral("--version"), QStringLiteral("1.1"),
                                         QStringLiteral("--run-date"), QStringLiteral("2026-09-01"),
                                         QStringLiteral("-o"), m_district})
                     .exitCode,
                 0);
    }

    void convertFromTheApi()
    {
        DevServerProcess server;
        QVERIFY(startServer(&server));
        const QString source = sourceFile(server, QStringLiteral("sis.json"));
        const QString restZip = path(QStringLiteral("rest.zip"));
        const QString report = path(QStringLiteral("rest-report.json"));
        const auto r = app({QStringLiteral("convert"), QStringLiteral("--source"), source,
                            QStringLiteral("-o"), restZip, QStringLiteral("--run-date"),
                            QStringLiteral("2026-09-01"), QStringLiteral("--report"), report},
                           m_secret);
        QVERIFY2(r.exitCode == 0, r.err.constData());

        sameAsCsvConversion(restZip, QStringLiteral("csv.zip"));
        if (QTest::currentTestFailed())
            return;

        // The report keeps every exchange, and no secret or token in any of them.
        const QByteArray json = readFile(report);
        const QJsonObject fetch =
            QJsonDocument::fromJson(json).object().value(QStringLiteral("fetch")).toObject();
        QVERIFY(fetch.value(QStringLiteral("requests")).toInt() > 5);
        QVERIFY(!json.contains(m_secret));
        QVERIFY(!json.contains("Bearer ey"));
    }

    // The server in Aeries mode serves only 1.1 at {base}/ims/oneroster/v1p1, takes tokens at
    // {base}/token, refuses a token request without a scope (invalid_scope) and every call
    // without the cookies of the token response: the preset alone must supply all four.
    void aeriesPresetFillsWhatTheFileLeavesOut()
    {
        DevServerProcess server;
        QVERIFY(startServer(&server, {QStringLiteral("--vendor"), QStringLiteral("aeries"),
                                      QStringLiteral("--base-path"), QStringLiteral("/aeries")}));
        const QString source = path(QStringLiteral("aeries.json"));
        writeFile(source, QJsonDocument(
                              QJsonObject{{QStringLiteral("baseUrl"), server.baseUrl().toString()},
                                          {QStringLiteral("vendor"), QStringLiteral("aeries")},
                                          {QStringLiteral("clientId"), QStringLiteral("cli")}})
                              .toJson());
        const QString restZip = path(QStringLiteral("aeries.zip"));
        const auto r = app({QStringLiteral("convert"), QStringLiteral("--source"), source,
                            QStringLiteral("-o"), restZip, QStringLiteral("--run-date"),
                            QStringLiteral("2026-09-01")},
                           m_secret);
        QVERIFY2(r.exitCode == 0, QByteArray(r.out + r.err).constData());

        sameAsCsvConversion(restZip, QStringLiteral("aeries-csv.zip"));
    }

    // A settings file that names PowerSchool, Infinite Campus or Synergy and gives only the
    // base URL, the client ID (and, for Synergy, whose token URL no rule derives, the token URL)
    // converts against the development server in that vendor's mode.
    void newPresetsFillWhatTheFileLeavesOut_data()
    {
        QTest::addColumn<QString>("vendor");
        QTest::addColumn<QString>("baseSuffix");
        QTest::addColumn<QString>("tokenSuffix");
        QTest::newRow("powerschool") << "powerschool"
                                     << ""
                                     << "";
        QTest::newRow("infinitecampus") << "infinitecampus"
                                        << "/ims/oneroster/rostering/v1p2"
                                        << "";
        QTest::newRow("synergy") << "synergy"
                                 << ""
                                 << "/oauth/token";
    }
    void newPresetsFillWhatTheFileLeavesOut()
    {
        QFETCH(QString, vendor);
        QFETCH(QString, baseSuffix);
        QFETCH(QString, tokenSuffix);
        DevServerProcess server;
        QVERIFY(startServer(&server, {QStringLiteral("--vendor"), vendor}));
        const QString base = server.baseUrl().toString();
        QJsonObject settings{{QStringLiteral("baseUrl"), QString(base + baseSuffix)},
                             {QStringLiteral("vendor"), vendor},
                             {QStringLiteral("clientId"), QStringLiteral("cli")}};
        if (!tokenSuffix.isEmpty())
            settings.insert(QStringLiteral("tokenUrl"), QString(base + tokenSuffix));
        const QString source = path(vendor + QStringLiteral(".json"));
        writeFile(source, QJsonDocument(settings).toJson());

        const auto test =
            app({QStringLiteral("test-connection"), QStringLiteral("--source"), source}, m_secret);
        QVERIFY2(test.exitCode == 0, QByteArray(test.out + test.err).constData());
        const QString restZip = path(vendor + QStringLiteral(".zip"));
        const auto r = app({QStringLiteral("convert"), QStringLiteral("--source"), source,
                            QStringLiteral("-o"), restZip, QStringLiteral("--run-date"),
                            QStringLiteral("2026-09-01")},
                           m_secret);
        QVERIFY2(r.exitCode == 0, QByteArray(r.out + r.err).constData());
        sameAsCsvConversion(restZip, vendor + QStringLiteral("-csv.zip"));
    }

    void unknownVendorIsAUsageError()
    {
        const QString source = path(QStringLiteral("unknown-vendor.json"));
        writeFile(source,
                  QJsonDocument(QJsonObject{{QStringLiteral("baseUrl"),
                                             QStringLiteral("https://sis.example.org")},
                                            {QStringLiteral("vendor"), QStringLiteral("campus")},
                                            {QStringLiteral("clientId"), QStringLiteral("cli")}})
                      .toJson());
        const auto r =
            app({QStringLiteral("test-connection"), QStringLiteral("--source"), source}, m_secret);
        QVERIFY(r.exitCode != 0);
        // The message names the presets there are.
        QVERIFY2(r.err.contains("infinitecampus") && r.err.contains("powerschool") &&
                     r.err.contains("synergy"),
                 QByteArray(r.out + r.err).constData());
    }

    void secretMustBeGiven()
    {
        DevServerProcess server;
        QVERIFY(startServer(&server));
        const auto r = app({QStringLiteral("convert"), QStringLiteral("--source"),
                            sourceFile(server, QStringLiteral("nosecret.json")),
                            QStringLiteral("-o"), path(QStringLiteral("x.zip"))},
                           QByteArray());
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("ROSTERBRIDGE_SIS_SECRET"), r.err.constData());
    }

    void serverFailureWritesNothing()
    {
        DevServerProcess server;
        QVERIFY(startServer(&server,
                            {QStringLiteral("--fault"), QStringLiteral("error500Always=true")}));
        const QString out = path(QStringLiteral("never.zip"));
        const auto r =
            app({QStringLiteral("convert"), QStringLiteral("--source"),
                 sourceFile(server, QStringLiteral("failing.json")), QStringLiteral("-o"), out},
                m_secret);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("500") && r.err.contains("/ims/oneroster/v1p1/orgs"),
                 r.err.constData());
        QVERIFY(!QFileInfo::exists(out));
    }

    void testConnection()
    {
        DevServerProcess server;
        QVERIFY(startServer(&server));
        const QString source = sourceFile(server, QStringLiteral("conn.json"));
        auto r =
            app({QStringLiteral("test-connection"), QStringLiteral("--source"), source}, m_secret);
        QVERIFY2(r.exitCode == 0, QByteArray(r.out + r.err).constData());
        QVERIFY2(r.out.contains("FirstPage") || r.out.contains("first page") ||
                     r.out.contains("First page"),
                 r.out.constData());

        r = app({QStringLiteral("test-connection"), QStringLiteral("--source"), source}, "wrong");
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.out.contains("FAILED") && r.out.contains("401"), r.out.constData());
    }
};

QTEST_GUILESS_MAIN(TestCliRest)
#include "tst_cli_rest.moc"
