#include "TestSupport.h"

#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QTest>

using namespace rb::test;
using namespace Qt::StringLiterals;

// What a mistyped command line does: it names what it did not understand and never starts the
// desktop app; the desktop app without a display says so instead of letting Qt abort.
class TestCliUsage : public QObject
{
    Q_OBJECT
    QTemporaryDir m_tmp;

    // No display and no platform plugin, a home of its own: as on a server over SSH.
    QProcessEnvironment headless() const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const QString &name : {u"QT_QPA_PLATFORM"_s, u"DISPLAY"_s, u"WAYLAND_DISPLAY"_s})
            env.remove(name);
        env.insert(u"HOME"_s, m_tmp.path());
        env.insert(u"XDG_CONFIG_HOME"_s, m_tmp.filePath(u"config"_s));
        env.insert(u"XDG_DATA_HOME"_s, m_tmp.filePath(u"data"_s));
        return env;
    }

    ProcessResult app(const QStringList &args) const
    {
        return run(appBinary(), args, headless(), 30000);
    }

private slots:
    void unknownWordsAreUsageErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("named");
        QTest::newRow("typo of run")
            << QStringList{u"runn"_s, u"--profile"_s, u"X"_s} << u"unknown command \"runn\""_s;
        QTest::newRow("made-up command")
            << QStringList{u"frobnicate"_s} << u"unknown command \"frobnicate\""_s;
        QTest::newRow("unknown option")
            << QStringList{u"--bogus"_s} << u"unknown option \"--bogus\""_s;
        QTest::newRow("after --minimized")
            << QStringList{u"--minimized"_s, u"--bogus"_s} << u"unknown option \"--bogus\""_s;
    }

    void unknownWordsAreUsageErrors()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, named);
        const ProcessResult r = app(args);
        QVERIFY2(r.exitCode == 2,
                 qPrintable(u"exit %1: %2"_s.arg(r.exitCode).arg(QString::fromUtf8(r.err))));
        const QString err = QString::fromUtf8(r.err);
        QVERIFY2(err.contains(named), qPrintable(err));
        // The commands follow, so that the right one can be picked.
        QVERIFY2(err.contains(u"rosterbridge run --profile NAME"_s), qPrintable(err));
        QVERIFY(r.out.isEmpty());
    }

    void helpAndVersionStillWork()
    {
        QCOMPARE(app({u"--help"_s}).exitCode, 0);
        QCOMPARE(app({u"help"_s}).exitCode, 0);
        const ProcessResult version = app({u"--version"_s});
        QCOMPARE(version.exitCode, 0);
        QVERIFY(version.out.startsWith("RosterBridge "));
    }

    void desktopWithoutDisplaySaysSo_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("no arguments") << QStringList{};
        QTest::newRow("--minimized") << QStringList{u"--minimized"_s};
    }

    void desktopWithoutDisplaySaysSo()
    {
        QFETCH(QStringList, args);
        const ProcessResult r = app(args);
        QVERIFY2(r.exitCode == 1,
                 qPrintable(u"exit %1: %2"_s.arg(r.exitCode).arg(QString::fromUtf8(r.err))));
        const QByteArray err = r.err.trimmed();
        QVERIFY2(!err.isEmpty() && !err.contains('\n'), r.err.constData());
        QVERIFY2(err.contains("display"), r.err.constData());
    }
};

QTEST_GUILESS_MAIN(TestCliUsage)
#include "tst_cli_usage.moc"
