#include "TestSupport.h"

#include "schedule/ExportWatcher.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace rb;
using namespace rb::test;

// A watched drop folder starts exactly one run per complete export, after the files stop
// changing, and never on a half-written zip.
class TestExportWatcher : public QObject
{
    Q_OBJECT
    QTemporaryDir m_tmp;

private slots:
    void zipCopiedInPieces()
    {
        const QString drop = m_tmp.filePath(QStringLiteral("drop"));
        QDir().mkpath(drop);
        const QString source = m_tmp.filePath(QStringLiteral("export.zip"));
        zipFolder(oneRosterFixture(QStringLiteral("v11-basic")), source);
        const QByteArray bytes = readFile(source);

        ExportWatcher watcher;
        QVERIFY(watcher.start(drop, 300));
        QSignalSpy ready(&watcher, &ExportWatcher::exportReady);

        // The first half, then a pause shorter than the quiet period, then the rest.
        const QString target = QDir(drop).filePath(QStringLiteral("export.zip"));
        QFile out(target);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(bytes.left(bytes.size() / 2));
        out.flush();
        QTest::qWait(150);
        QCOMPARE(ready.size(), 0);
        out.write(bytes.mid(bytes.size() / 2));
        out.close();

        QVERIFY(ready.wait(5000));
        QCOMPARE(ready.first().first().toString(), target);
        // Nothing new: no second run.
        QTest::qWait(800);
        QCOMPARE(ready.size(), 1);
    }

    void halfAZipIsNotAnExport()
    {
        const QString drop = m_tmp.filePath(QStringLiteral("drop-half"));
        QDir().mkpath(drop);
        const QString source = m_tmp.filePath(QStringLiteral("half.zip"));
        zipFolder(oneRosterFixture(QStringLiteral("v11-basic")), source);
        ExportWatcher watcher;
        QVERIFY(watcher.start(drop, 200));
        QSignalSpy ready(&watcher, &ExportWatcher::exportReady);
        const QByteArray bytes = readFile(source);
        writeFile(QDir(drop).filePath(QStringLiteral("half.zip")), bytes.left(bytes.size() / 2));
        QTest::qWait(1000);
        QCOMPARE(ready.size(), 0);
        // The copy completes: now it is one.
        writeFile(QDir(drop).filePath(QStringLiteral("half.zip")), bytes);
        QVERIFY(ready.wait(5000));
    }

    void folderOfCsvFilesNeedsItsManifest()
    {
        const QString drop = m_tmp.filePath(QStringLiteral("drop-csv"));
        QDir().mkpath(drop);
        ExportWatcher watcher;
        QVERIFY(watcher.start(drop, 200));
        QSignalSpy ready(&watcher, &ExportWatcher::exportReady);
        const QDir fixture(oneRosterFixture(QStringLiteral("v11-basic")));
        for (const QString &f : fixture.entryList(QDir::Files)) {
            if (f != QStringLiteral("manifest.csv"))
                writeFile(QDir(drop).filePath(f), readFile(fixture.filePath(f)));
        }
        QTest::qWait(800);
        QCOMPARE(ready.size(), 0);
        writeFile(QDir(drop).filePath(QStringLiteral("manifest.csv")),
                  readFile(fixture.filePath(QStringLiteral("manifest.csv"))));
        QVERIFY(ready.wait(5000));
        QCOMPARE(ready.first().first().toString(), drop);
    }

    void existingFilesAreNotNew()
    {
        const QString drop = m_tmp.filePath(QStringLiteral("drop-old"));
        QDir().mkpath(drop);
        zipFolder(oneRosterFixture(QStringLiteral("v11-basic")),
                  QDir(drop).filePath(QStringLiteral("old.zip")));
        ExportWatcher watcher;
        QVERIFY(watcher.start(drop, 200));
        QSignalSpy ready(&watcher, &ExportWatcher::exportReady);
        QTest::qWait(700);
        QCOMPARE(ready.size(), 0);
        QVERIFY(!watcher.start(m_tmp.filePath(QStringLiteral("no-such-folder"))));
    }
};

QTEST_GUILESS_MAIN(TestExportWatcher)
#include "tst_exportwatcher.moc"
