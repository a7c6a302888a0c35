#include "TestSupport.h"

#include "pipeline/RunSource.h"
#include "schedule/ExportWatcher.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace rb;
using namespace rb::test;

// A watched drop folder starts exactly one run per complete export, after the files stop
// changing, and never on a half-written zip. While the newest zip is still being written,
// neither the watcher nor a run reads an older zip in its place.
class TestExportWatcher : public QObject
{
    Q_OBJECT
    QTemporaryDir m_tmp;

    // A drop folder with a complete export from an hour ago; returns the zip's bytes.
    QByteArray dropWithOlderExport(const QString &drop, QString *older)
    {
        QDir().mkpath(drop);
        *older = QDir(drop).filePath(QStringLiteral("older.zip"));
        zipFolder(oneRosterFixture(QStringLiteral("v11-basic")), *older);
        setModified(*older, QDateTime::currentDateTime().addSecs(-3600));
        return readFile(*older);
    }

    static void setModified(const QString &path, const QDateTime &when)
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadWrite));
        QVERIFY(f.setFileTime(when, QFileDevice::FileModificationTime));
    }

    static RunRequest dropFolderRequest(const QString &drop)
    {
        RunRequest request;
        request.profile = Profile::create(QStringLiteral("Drop"));
        request.profile.source.kind = SourceKind::Csv;
        request.profile.source.path = drop;
        request.profile.source.watch = true;
        return request;
    }

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

    void newerZipBeingWrittenIsWaitedFor()
    {
        const QString drop = m_tmp.filePath(QStringLiteral("drop-newer"));
        QString older;
        const QByteArray bytes = dropWithOlderExport(drop, &older);
        ExportWatcher watcher;
        QVERIFY(watcher.start(drop, 200));
        QSignalSpy ready(&watcher, &ExportWatcher::exportReady);

        // A newer export arrives and its copy stalls half-way, for several quiet periods.
        const QString newer = QDir(drop).filePath(QStringLiteral("newer.zip"));
        QFile out(newer);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(bytes.left(bytes.size() / 2));
        out.flush();
        QTest::qWait(1200);
        QVERIFY2(ready.isEmpty(), qPrintable(ready.value(0).value(0).toString()));
        QVERIFY(ExportWatcher::completeExport(drop).isEmpty());

        out.write(bytes.mid(bytes.size() / 2));
        out.close();
        QVERIFY(ready.wait(5000));
        QCOMPARE(ready.size(), 1);
        QCOMPARE(ready.first().first().toString(), newer);
    }

    void runWaitsForTheNewestZipAndNeverReadsAnOlderOne()
    {
        const QString drop = m_tmp.filePath(QStringLiteral("drop-run"));
        QString older;
        const QByteArray bytes = dropWithOlderExport(drop, &older);
        const QString newer = QDir(drop).filePath(QStringLiteral("newer.zip"));
        QFile out(newer);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(bytes.left(bytes.size() / 2));
        out.flush();

        // Run now, while the copy is still going.
        const RunRequest request = dropFolderRequest(drop);
        const std::atomic_bool cancel{false};
        RunSource source(request, &cancel);
        QSignalSpy finished(&source, &RunSource::finished);
        source.start(m_tmp.filePath(QStringLiteral("work-run")));
        QVERIFY(!finished.wait(1500));

        out.write(bytes.mid(bytes.size() / 2));
        out.close();
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.first().first().toBool(), true);
        QCOMPARE(source.input(), newer);
        QCOMPARE(source.exchanges().size(), 1);
        QCOMPARE(source.exchanges().first().target, newer);
    }

    void incompleteNewestZipFailsTheRunWithoutFallingBack()
    {
        const QString drop = m_tmp.filePath(QStringLiteral("drop-stalled"));
        QString older;
        const QByteArray bytes = dropWithOlderExport(drop, &older);
        // A copy that stopped a minute ago, half-way: newer than the complete one.
        const QString newer = QDir(drop).filePath(QStringLiteral("newer.zip"));
        writeFile(newer, bytes.left(bytes.size() / 2));
        setModified(newer, QDateTime::currentDateTime().addSecs(-60));

        // Run by hand, and run on what the watcher had reported before the newer one came.
        for (const QString &input : {QString(), older}) {
            RunRequest request = dropFolderRequest(drop);
            request.input = input;
            const std::atomic_bool cancel{false};
            RunSource source(request, &cancel);
            QSignalSpy finished(&source, &RunSource::finished);
            source.start(m_tmp.filePath(QStringLiteral("work-stalled")));
            QVERIFY(finished.wait(10000));
            QCOMPARE(finished.first().first().toBool(), false);
            QVERIFY(source.input().isEmpty());
            QVERIFY(source.exchanges().isEmpty());
            const QString message = source.findings().lines().join(u'\n');
            QVERIFY2(message.contains(newer), qPrintable(message));
            QVERIFY2(message.contains(QStringLiteral("no older export was read")),
                     qPrintable(message));
        }
    }
};

QTEST_GUILESS_MAIN(TestExportWatcher)
#include "tst_exportwatcher.moc"
