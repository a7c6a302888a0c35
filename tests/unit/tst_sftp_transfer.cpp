// Uploads, folder delivery and downloads against a real OpenSSH sshd, including a server that
// dies or stalls mid-transfer, a cancelled upload, the partial file a cut connection leaves,
// and file names or links that would reach outside the download folder.
#include "SshServerProcess.h"
#include "TestSupport.h"

#include "delivery/FolderDelivery.h"
#include "delivery/SftpDownloader.h"
#include "delivery/SftpUploader.h"

#include <QDir>
#include <QDirIterator>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace Qt::StringLiterals;
using rb::test::SshServerProcess;

namespace rb {

class TestSftpTransfer : public QObject
{
    Q_OBJECT

private:
    SshServerProcess m_server;
    QTemporaryDir m_local;
    QString m_small;
    QString m_large;

    SftpSettings settings() const
    {
        SftpSettings s;
        s.host = u"127.0.0.1"_s;
        s.port = m_server.port();
        s.username = SshServerProcess::userName();
        s.hostKeyFingerprint = m_server.fingerprint(u"host_ed25519"_s);
        s.connectTimeoutMs = 5000;
        s.ioTimeoutMs = 10000;
        return s;
    }
    static SftpSecrets secrets() { return SftpSecrets{SshServerProcess::password(), {}}; }

    static QByteArray randomBytes(qsizetype size)
    {
        QByteArray data(size, Qt::Uninitialized);
        QRandomGenerator rng(42);
        rng.fillRange(reinterpret_cast<quint32 *>(data.data()), size / 4);
        return data;
    }
    static bool sameContent(const QString &a, const QString &b)
    {
        return rb::test::run(u"cmp"_s, {a, b}).exitCode == 0;
    }
    static QStringList operationNames(const TransferResult &r)
    {
        QStringList names;
        for (const SftpOperation &op : r.operations)
            names << op.name;
        return names;
    }
    // Every file under the folder, with links resolved, is inside it.
    static bool allInside(const QString &folder, const QStringList &files)
    {
        const QString canonical = QFileInfo(folder).canonicalFilePath() + u'/';
        for (const QString &f : files)
            if (!QFileInfo(f).canonicalFilePath().startsWith(canonical))
                return false;
        return true;
    }
    // Uploads `file` as `name` into the dropbox and kills the server's session half-way.
    TransferResult cutUpload(const QString &name, const QString &journal = {})
    {
        SftpUploader uploader(settings(), secrets());
        if (!journal.isEmpty())
            uploader.setJournalFile(journal);
        bool killed = false;
        uploader.setProgress([this, &killed](qint64 done, qint64) {
            if (!killed && done > 16 * 1024 * 1024) {
                killed = true;
                m_server.signalSessions(SIGKILL);
            }
        });
        return uploader.upload(m_large, name);
    }
    static bool hasOperation(const TransferResult &r, const QString &name)
    {
        for (const SftpOperation &op : r.operations)
            if (op.name == name)
                return true;
        return false;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString why;
        if (!SshServerProcess::canRun(&why))
            QSKIP(qPrintable(why));
        QVERIFY2(m_server.setUp(), qPrintable(m_server.errorString()));
        QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
        m_small = m_local.filePath(u"asm.zip"_s);
        rb::test::writeFile(m_small, randomBytes(1000 * 1000 + 7));
        m_large = m_local.filePath(u"large.zip"_s);
        rb::test::writeFile(m_large, randomBytes(64 * 1024 * 1024));
    }

    void init()
    {
        QDir home(m_server.homeDir());
        for (const QString &f : home.entryList(QDir::Files | QDir::Hidden))
            home.remove(f);
        m_server.setDropbox(false);
    }

    void uploadsIntoDropboxWhenPresent()
    {
        QVERIFY(m_server.setDropbox(true));
        SftpUploader uploader(settings(), secrets());
        const TransferResult r = uploader.upload(m_small);
        QVERIFY2(r.ok, qPrintable(r.message));
        QCOMPARE(r.target, u"dropbox/asm.zip"_s);
        QCOMPARE(r.bytes, QFileInfo(m_small).size());
        QVERIFY(sameContent(m_small, m_server.homeDir() + u"/dropbox/asm.zip"_s));
        // Straight to the final name, no stat or setstat afterwards.
        QStringList names;
        for (const SftpOperation &op : r.operations)
            names << op.name;
        QCOMPARE(names.mid(names.indexOf(u"open"_s)),
                 (QStringList{u"open"_s, u"write"_s, u"close"_s}));
        QVERIFY(!QFileInfo(m_server.homeDir() + u"/asm.zip"_s).exists());
    }

    void uploadsIntoLoginFolderWithoutDropbox()
    {
        SftpUploader uploader(settings(), secrets());
        const TransferResult r = uploader.upload(m_small, u"Archive.zip"_s);
        QVERIFY2(r.ok, qPrintable(r.message));
        QCOMPARE(r.target, u"Archive.zip"_s);
        const QString arrived = m_server.homeDir() + u"/Archive.zip"_s;
        QVERIFY(sameContent(m_small, arrived));
        QCOMPARE(QFileInfo(arrived).permissions() & QFile::WriteOther, QFile::Permissions());
    }

    void largeUploadWithKeyIsByteIdentical()
    {
        SftpSettings s = settings();
        s.authType = SftpAuthType::PublicKey;
        s.privateKeyFile = m_server.keyPath(u"user_ed25519"_s);
        SftpUploader uploader(s, {});
        qint64 lastDone = -1;
        uploader.setProgress([&lastDone](qint64 done, qint64) { lastDone = done; });
        const TransferResult r = uploader.upload(m_large);
        QVERIFY2(r.ok, qPrintable(r.message));
        QCOMPARE(lastDone, QFileInfo(m_large).size());
        QVERIFY(sameContent(m_large, m_server.homeDir() + u"/large.zip"_s));
    }

    void serverKilledMidUploadFails()
    {
        SftpUploader uploader(settings(), secrets());
        bool killed = false;
        uploader.setProgress([this, &killed](qint64 done, qint64) {
            if (!killed && done > 16 * 1024 * 1024) {
                killed = true;
                m_server.signalSessions(SIGKILL);
            }
        });
        const TransferResult r = uploader.upload(m_large);
        QVERIFY(killed);
        QVERIFY(!r.ok);
        QCOMPARE(r.error, TransferError::ConnectionLost);
        QVERIFY2(r.message.contains(u"connection"_s) && r.message.contains(u"lost"_s),
                 qPrintable(r.message));
        QVERIFY(r.bytes < QFileInfo(m_large).size());
        QVERIFY(!hasOperation(r, u"close"_s));

        // The next attempt sends the whole file again.
        SftpUploader again(settings(), secrets());
        const TransferResult second = again.upload(m_large);
        QVERIFY2(second.ok, qPrintable(second.message));
        QCOMPARE(second.bytes, QFileInfo(m_large).size());
        QVERIFY(sameContent(m_large, m_server.homeDir() + u"/large.zip"_s));
    }

    void stalledServerHitsTheIoTimeout()
    {
        SftpSettings s = settings();
        s.ioTimeoutMs = 1500;
        SftpUploader uploader(s, secrets());
        bool stopped = false;
        uploader.setProgress([this, &stopped](qint64 done, qint64) {
            if (!stopped && done > 8 * 1024 * 1024) {
                stopped = true;
                m_server.signalSessions(SIGSTOP);
            }
        });
        QElapsedTimer timer;
        timer.start();
        const TransferResult r = uploader.upload(m_large);
        const qint64 elapsed = timer.elapsed();
        m_server.signalSessions(SIGKILL);
        m_server.signalSessions(SIGCONT);
        QVERIFY(stopped);
        QVERIFY(!r.ok);
        QCOMPARE(r.error, TransferError::Timeout);
        QVERIFY2(r.message.contains(u"did not answer within 1.5 s"_s), qPrintable(r.message));
        QVERIFY2(elapsed < 10000, qPrintable(QString::number(elapsed)));
    }

    void cancelStopsBetweenWrites()
    {
        QVERIFY(m_server.setDropbox(true));
        std::atomic_bool cancel{false};
        SftpUploader uploader(settings(), secrets());
        uploader.setCancelFlag(&cancel);
        uploader.setProgress([&cancel](qint64 done, qint64) {
            if (done > 4 * 1024 * 1024)
                cancel = true;
        });
        const TransferResult r = uploader.upload(m_large);
        QVERIFY(!r.ok);
        QCOMPARE(r.error, TransferError::Cancelled);
        QVERIFY(r.bytes < QFileInfo(m_large).size());
        // The partial file does not stay for the importer.
        QVERIFY(!QFileInfo::exists(m_server.homeDir() + u"/dropbox/large.zip"_s));
    }

    // Uploads go straight to their final name, so a cut connection leaves a partial zip in the
    // dropbox; the next connection removes it before it sends the new one.
    void partialFromACutConnectionIsRemovedFirst()
    {
        QVERIFY(m_server.setDropbox(true));
        const QString dropbox = m_server.homeDir() + u"/dropbox/"_s;
        const TransferResult cut = cutUpload(u"rosterbridge-1.zip"_s);
        QCOMPARE(cut.error, TransferError::ConnectionLost);
        const QFileInfo partial(dropbox + u"rosterbridge-1.zip"_s);
        QVERIFY(partial.exists());
        QVERIFY(partial.size() < QFileInfo(m_large).size());

        SftpUploader next(settings(), secrets());
        const TransferResult r = next.upload(m_small, u"rosterbridge-2.zip"_s);
        QVERIFY2(r.ok, qPrintable(r.message));
        QVERIFY(!QFileInfo::exists(dropbox + u"rosterbridge-1.zip"_s));
        QVERIFY(sameContent(m_small, dropbox + u"rosterbridge-2.zip"_s));
        const QStringList names = operationNames(r);
        QVERIFY2(names.indexOf(u"remove"_s) >= 0 &&
                     names.indexOf(u"remove"_s) < names.indexOf(u"open"_s),
                 qPrintable(names.join(u' ')));
        QCOMPARE(QDir(dropbox).entryList(QDir::Files | QDir::Hidden),
                 QStringList{u"rosterbridge-2.zip"_s});

        // A finished upload is never taken for a leftover.
        SftpUploader third(settings(), secrets());
        const TransferResult again = third.upload(m_small, u"rosterbridge-3.zip"_s);
        QVERIFY2(again.ok, qPrintable(again.message));
        QVERIFY(!operationNames(again).contains(u"remove"_s));
        QVERIFY(QFileInfo::exists(dropbox + u"rosterbridge-2.zip"_s));
    }

    // With a journal file, a process that starts after the cut one removes the partial too.
    void partialIsRemovedThroughTheJournalFile()
    {
        QVERIFY(m_server.setDropbox(true));
        const QString dropbox = m_server.homeDir() + u"/dropbox/"_s;
        const QString journal = m_local.filePath(u"uploads.json"_s);
        const TransferResult cut = cutUpload(u"rosterbridge-4.zip"_s, journal);
        QCOMPARE(cut.error, TransferError::ConnectionLost);
        QVERIFY(QFileInfo::exists(dropbox + u"rosterbridge-4.zip"_s));
        QVERIFY(rb::test::readFile(journal).contains("dropbox/rosterbridge-4.zip"));

        SftpUploader next(settings(), secrets());
        next.setJournalFile(journal);
        const TransferResult r = next.upload(m_small, u"rosterbridge-5.zip"_s);
        QVERIFY2(r.ok, qPrintable(r.message));
        QVERIFY(!QFileInfo::exists(dropbox + u"rosterbridge-4.zip"_s));
        QVERIFY(sameContent(m_small, dropbox + u"rosterbridge-5.zip"_s));
        QVERIFY(!QFileInfo::exists(journal));
    }

    void missingLocalFileFailsBeforeConnecting()
    {
        SftpUploader uploader(settings(), secrets());
        const TransferResult r = uploader.upload(m_local.filePath(u"missing.zip"_s));
        QCOMPARE(r.error, TransferError::LocalFile);
        QVERIFY(r.operations.isEmpty());
    }

    void folderDeliveryRenamesIntoPlace()
    {
        QTemporaryDir target;
        FolderDelivery delivery;
        const TransferResult r = delivery.deliver(m_small, target.path(), u"out.zip"_s);
        QVERIFY2(r.ok, qPrintable(r.message));
        QVERIFY(sameContent(m_small, target.filePath(u"out.zip"_s)));
        QCOMPARE(QDir(target.path()).entryList(QDir::Files | QDir::Hidden),
                 QStringList{u"out.zip"_s});
        QVERIFY(hasOperation(r, u"rename"_s));

        std::atomic_bool cancel{true};
        delivery.setCancelFlag(&cancel);
        const TransferResult cancelled = delivery.deliver(m_small, target.path(), u"x.zip"_s);
        QCOMPARE(cancelled.error, TransferError::Cancelled);
        QCOMPARE(QDir(target.path()).entryList(QDir::Files | QDir::Hidden),
                 QStringList{u"out.zip"_s});
    }

    void downloadsAFile()
    {
        QDir(m_server.homeDir()).mkpath(u"exports"_s);
        QFile::copy(m_small, m_server.homeDir() + u"/exports/oneroster.zip"_s);
        QTemporaryDir into;
        SftpDownloader downloader(settings(), secrets());
        const TransferResult r = downloader.downloadFile(u"exports/oneroster.zip"_s, into.path());
        QVERIFY2(r.ok, qPrintable(r.message));
        QCOMPARE(r.localFiles, QStringList{into.filePath(u"oneroster.zip"_s)});
        QVERIFY(sameContent(m_small, into.filePath(u"oneroster.zip"_s)));

        const TransferResult missing = downloader.downloadFile(u"exports/none.zip"_s, into.path());
        QVERIFY(!missing.ok);
        QCOMPARE(missing.error, TransferError::RemoteFile);
        QVERIFY2(missing.message.contains(u"no such file"_s), qPrintable(missing.message));
    }

    void downloadsTheCsvFilesOfAFolder()
    {
        const QString remote = m_server.homeDir() + u"/sis"_s;
        QDir().mkpath(remote);
        rb::test::writeFile(remote + u"/users.csv"_s, "sourcedId\nu1\n");
        rb::test::writeFile(remote + u"/orgs.CSV"_s, "sourcedId\no1\n");
        rb::test::writeFile(remote + u"/readme.txt"_s, "not a csv");
        QDir().mkpath(remote + u"/sub.csv"_s);
        QTemporaryDir into;
        SftpDownloader downloader(settings(), secrets());
        const TransferResult r = downloader.downloadCsvFolder(u"sis"_s, into.path());
        QVERIFY2(r.ok, qPrintable(r.message));
        QCOMPARE(QDir(into.path()).entryList(QDir::Files),
                 (QStringList{u"orgs.CSV"_s, u"users.csv"_s}));
        QCOMPARE(rb::test::readFile(into.filePath(u"users.csv"_s)), QByteArray("sourcedId\nu1\n"));
        QVERIFY(allInside(into.path(), r.localFiles));

        QDir().mkpath(m_server.homeDir() + u"/empty"_s);
        const TransferResult none = downloader.downloadCsvFolder(u"empty"_s, into.path());
        QCOMPARE(none.error, TransferError::RemoteFolder);
    }

    // Names a server may list that would reach outside the folder on some system: the
    // download is refused, naming the file, before anything is written.
    void hostileRemoteNamesAreRefused_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("backslashes") << u"..\\..\\escape.csv"_s;
        QTest::newRow("drive") << u"C:escape.csv"_s;
        QTest::newRow("dots") << u"..escape.csv"_s;
        QTest::newRow("device") << u"CON.csv"_s;
    }
    void hostileRemoteNamesAreRefused()
    {
        QFETCH(QString, name);
        const QString remote = m_server.homeDir() + u"/hostile"_s;
        QDir(remote).removeRecursively();
        QDir().mkpath(remote);
        rb::test::writeFile(remote + u"/users.csv"_s, "sourcedId\nu1\n");
        rb::test::writeFile(remote + u'/' + name, "sourcedId\nx\n");
        QTemporaryDir root;
        const QString into = root.filePath(u"work/sis"_s);
        QVERIFY(QDir().mkpath(into));
        SftpDownloader downloader(settings(), secrets());
        const TransferResult r = downloader.downloadCsvFolder(u"hostile"_s, into);
        QVERIFY(!r.ok);
        QCOMPARE(r.error, TransferError::RemoteFile);
        QVERIFY2(r.message.contains(name) && r.message.contains(u"hostile"_s),
                 qPrintable(r.message));
        QVERIFY(r.localFiles.isEmpty());
        QDirIterator all(root.path(), QDir::Files | QDir::Hidden | QDir::System,
                         QDirIterator::Subdirectories);
        QVERIFY2(!all.hasNext(), qPrintable(all.hasNext() ? all.next() : QString()));
    }

    // A link on the server is not a regular file: it is not fetched, wherever it points.
    void remoteLinksAreNotFetched()
    {
        const QString remote = m_server.homeDir() + u"/linked"_s;
        QDir(remote).removeRecursively();
        QDir().mkpath(remote);
        rb::test::writeFile(remote + u"/orgs.csv"_s, "sourcedId\no1\n");
        QVERIFY(QFile::link(u"/etc/passwd"_s, remote + u"/users.csv"_s));
        QTemporaryDir into;
        SftpDownloader downloader(settings(), secrets());
        const TransferResult r = downloader.downloadCsvFolder(u"linked"_s, into.path());
        QVERIFY2(r.ok, qPrintable(r.message));
        QCOMPARE(QDir(into.path()).entryList(QDir::Files), QStringList{u"orgs.csv"_s});
        QVERIFY(allInside(into.path(), r.localFiles));
    }

    // A link already in the download folder would carry the write outside: refused.
    void localLinkInTheFolderIsRefused()
    {
        const QString remote = m_server.homeDir() + u"/plain"_s;
        QDir().mkpath(remote);
        rb::test::writeFile(remote + u"/users.csv"_s, "sourcedId\nu1\n");
        QTemporaryDir root;
        const QString outside = root.filePath(u"outside.csv"_s);
        rb::test::writeFile(outside, "keep me\n");
        const QString into = root.filePath(u"sis"_s);
        QVERIFY(QDir().mkpath(into));
        QVERIFY(QFile::link(outside, into + u"/users.csv"_s));
        SftpDownloader downloader(settings(), secrets());
        const TransferResult r = downloader.downloadCsvFolder(u"plain"_s, into);
        QVERIFY(!r.ok);
        QCOMPARE(r.error, TransferError::LocalFile);
        QVERIFY2(r.message.contains(u"users.csv"_s) && r.message.contains(u"link"_s),
                 qPrintable(r.message));
        QCOMPARE(rb::test::readFile(outside), QByteArray("keep me\n"));

        // A single file whose configured name is the parent folder is refused the same way.
        const TransferResult parent = downloader.downloadFile(u"plain/.."_s, into);
        QVERIFY(!parent.ok);
        QVERIFY(parent.operations.isEmpty());
    }

    void cleanupTestCase() { m_server.stop(); }
};

} // namespace rb

QTEST_GUILESS_MAIN(rb::TestSftpTransfer)
#include "tst_sftp_transfer.moc"
