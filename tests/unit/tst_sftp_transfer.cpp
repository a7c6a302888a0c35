// Uploads, folder delivery and downloads against a real OpenSSH sshd, including a server that
// dies or stalls mid-transfer and a cancelled upload.
#include "SshServerProcess.h"
#include "TestSupport.h"

#include "delivery/FolderDelivery.h"
#include "delivery/SftpDownloader.h"
#include "delivery/SftpUploader.h"

#include <QDir>
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

        QDir().mkpath(m_server.homeDir() + u"/empty"_s);
        const TransferResult none = downloader.downloadCsvFolder(u"empty"_s, into.path());
        QCOMPARE(none.error, TransferError::RemoteFolder);
    }

    void cleanupTestCase() { m_server.stop(); }
};

} // namespace rb

QTEST_GUILESS_MAIN(rb::TestSftpTransfer)
#include "tst_sftp_transfer.moc"
