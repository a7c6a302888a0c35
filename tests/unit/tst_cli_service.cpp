#include "TestSupport.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace rb;
using namespace rb::test;
using namespace Qt::StringLiterals;

// `rosterbridge service status|remove` and `remove-user-data` seeing the service, with the
// user's configuration folder (where systemd looks for user units) in a temporary folder.
// Installing needs a systemd user manager, which does not run here: tst_serviceinstaller
// covers it with the system commands recorded.
class TestCliService : public QObject
{
    Q_OBJECT
    QTemporaryDir m_tmp;

    QString config() const { return m_tmp.filePath(u"config"_s); }
    QString unitFile() const { return m_tmp.filePath(u"xdg/systemd/user/rosterbridge.service"_s); }

    ProcessResult app(const QStringList &args)
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"XDG_CONFIG_HOME"_s, m_tmp.filePath(u"xdg"_s));
        return run(appBinary(),
                   args + QStringList{u"--config-dir"_s, config(), u"--data-dir"_s,
                                      m_tmp.filePath(u"data"_s)},
                   env, 60000, QByteArray(""));
    }

private slots:
    void initTestCase() { QVERIFY(m_tmp.isValid()); }

    void statusAndRemoveWhenNotInstalled()
    {
        ProcessResult r = app({u"service"_s, u"status"_s});
        QCOMPARE(r.exitCode, 4);
        QVERIFY2(r.out.contains("not installed"), r.out.constData());
        r = app({u"service"_s, u"remove"_s});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(app({u"service"_s}).exitCode, 2);
        QCOMPARE(app({u"service"_s, u"start"_s}).exitCode, 2);
        QCOMPARE(run(appBinary(), {u"service"_s, u"--help"_s}).exitCode, 0);
    }

    // A unit for these folders that is not running (no user manager knows it here).
    void installedButStoppedAndListedForRemoval()
    {
        QVERIFY(QDir().mkpath(QFileInfo(unitFile()).path()));
        QVERIFY(QDir().mkpath(config()));
        QFile unit(unitFile());
        QVERIFY(unit.open(QIODevice::WriteOnly));
        unit.write("[Service]\nExecStart=" + appBinary().toUtf8() + " serve --config-dir " +
                   config().toUtf8() + "\n");
        unit.close();
        const ProcessResult r = app({u"service"_s, u"status"_s});
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.out.contains("installed but stopped"), r.out.constData());

        const ProcessResult listed = app({u"remove-user-data"_s});
        QCOMPARE(listed.exitCode, 2);
        QVERIFY2(listed.out.contains("the service that runs syncs with nobody logged in"),
                 listed.out.constData());
    }
};

QTEST_GUILESS_MAIN(TestCliService)
#include "tst_cli_service.moc"
