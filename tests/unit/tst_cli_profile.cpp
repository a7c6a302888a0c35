#include "TestSupport.h"

#include "store/ProfileStore.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace rb;
using namespace rb::test;

// `rosterbridge profile list|export|import` on real profile files.
class TestCliProfile : public QObject
{
    Q_OBJECT
    QTemporaryDir m_tmp;

    QString dir(const QString &name) const
    {
        const QString path = m_tmp.filePath(name);
        QDir().mkpath(path);
        return path;
    }

    ProcessResult profile(const QStringList &args)
    {
        return run(appBinary(), QStringList{QStringLiteral("profile")} + args);
    }

private slots:
    void listExportImport()
    {
        const QString home = dir(QStringLiteral("profiles"));
        const ProfileStore store(home);
        Profile north = Profile::create(QStringLiteral("North District"));
        north.source.kind = SourceKind::Rest;
        north.source.rest.baseUrl = QStringLiteral("https://sis.example.org");
        north.source.rest.clientId = QStringLiteral("rb");
        QString error;
        QVERIFY2(store.save(north, &error), qPrintable(error));
        QVERIFY(store.save(Profile::create(QStringLiteral("South District")), &error));

        auto r = profile({QStringLiteral("list"), QStringLiteral("--profiles-dir"), home});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains("North District"));
        QVERIFY(r.out.contains("South District"));
        QVERIFY(r.out.contains(north.id.toString(QUuid::WithoutBraces).toUtf8()));

        r = profile({QStringLiteral("list"), QStringLiteral("--json"),
                     QStringLiteral("--profiles-dir"), home});
        QCOMPARE(QJsonDocument::fromJson(r.out).array().size(), 2);

        const QString exported = m_tmp.filePath(QStringLiteral("north.json"));
        r = profile({QStringLiteral("export"), QStringLiteral("North District"),
                     QStringLiteral("-o"), exported, QStringLiteral("--profiles-dir"), home});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(!readFile(exported).contains("secret"));

        const QString other = dir(QStringLiteral("other-computer"));
        r = profile({QStringLiteral("import"), exported, QStringLiteral("--profiles-dir"), other});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(r.out.contains("Imported \"North District\""));
        QVERIFY2(r.out.contains("sisClientSecret"), r.out.constData());
        QCOMPARE(ProfileStore(other).loadAll().profiles.size(), 1);
    }

    void corruptFileIsNamedAndLeftAlone()
    {
        const QString home = dir(QStringLiteral("with-broken"));
        QString error;
        QVERIFY(ProfileStore(home).save(Profile::create(QStringLiteral("Good")), &error));
        const QString broken = QDir(home).filePath(QStringLiteral("broken.json"));
        writeFile(broken, "{ not json");
        const auto r = profile({QStringLiteral("list"), QStringLiteral("--profiles-dir"), home});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.out.contains("Good"));
        QVERIFY2(r.err.contains("broken.json"), r.err.constData());
        QCOMPARE(readFile(broken), QByteArray("{ not json"));
    }

    void usage()
    {
        QCOMPARE(profile({}).exitCode, 2);
        QCOMPARE(profile({QStringLiteral("rename")}).exitCode, 2);
        QCOMPARE(profile({QStringLiteral("export"), QStringLiteral("x")}).exitCode, 2);
        const auto r = profile({QStringLiteral("export"), QStringLiteral("Nobody"),
                                QStringLiteral("-o"), m_tmp.filePath(QStringLiteral("n.json")),
                                QStringLiteral("--profiles-dir"), dir(QStringLiteral("empty"))});
        QCOMPARE(r.exitCode, 1);
    }
};

QTEST_GUILESS_MAIN(TestCliProfile)
#include "tst_cli_profile.moc"
