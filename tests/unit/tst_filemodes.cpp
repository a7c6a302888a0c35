#include "ResultCheck.h"
#include "TestSupport.h"

#include "log/LogFile.h"
#include "store/AppSettings.h"
#include "store/HistoryDatabase.h"
#include "store/HistoryWriter.h"
#include "store/ProfileStore.h"
#include "store/SecretStore.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QProcessEnvironment>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

using namespace rb;
using namespace rb::test;
using namespace Qt::StringLiterals;

namespace {

// Warnings only on the terminal; the log file takes its info lines all the same.
Q_LOGGING_CATEGORY(lcFileModes, "rosterbridge.test.filemodes", QtWarningMsg)

#ifdef Q_OS_UNIX
// The permission bits as they are on disk. The tests run as root, who may read anything, so
// the modes are checked rather than whether another user could open the files.
int modeOf(const QString &path)
{
    struct stat st = {};
    if (::lstat(QFile::encodeName(path).constData(), &st) != 0)
        return -1;
    return int(st.st_mode & 07777);
}
#else
int modeOf(const QString &)
{
    return -1;
}
#endif

QString octal(int mode)
{
    return u'0' + QString::number(mode, 8);
}

// Every folder under root, root included, must be 0700 and every file 0600; the offenders,
// and in *checked the files that were looked at.
QStringList notOwnerOnly(const QString &root, QStringList *checked = nullptr)
{
    QStringList bad;
    const auto check = [&bad](const QString &path, int wanted) {
        const int mode = modeOf(path);
        if (mode != wanted)
            bad << path + u" is "_s + octal(mode) + u", not "_s + octal(wanted);
    };
    check(root, 0700);
    QDirIterator it(root, QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const bool dir = it.fileInfo().isDir();
        check(path, dir ? 0700 : 0600);
        if (!dir && checked)
            *checked << QDir(root).relativeFilePath(path);
    }
    return bad;
}

} // namespace

// RosterBridge's own files are for their owner only: after a real profile run under the usual
// umask (022), every folder under the settings and data folders is 0700 and every file 0600 —
// profiles, preferences, the secrets index, the history with its -wal and -shm, held packages
// and the logs, rotated ones included — while what the admin asks to be written elsewhere (a
// delivery folder, convert's -o and --deliver-folder) keeps the usual 0644.
class TestFileModes : public QObject
{
    Q_OBJECT
    QTemporaryDir m_tmp;
    QString m_district;
#ifdef Q_OS_UNIX
    mode_t m_umask = 0;
#endif

    QString path(const QString &name) const
    {
        return m_tmp.filePath(name);
    }
    QString configDir() const
    {
        return path(u"config"_s);
    }
    QString profilesDir() const
    {
        return path(u"config/profiles"_s);
    }
    QString dataDir() const
    {
        return path(u"data"_s);
    }

    QProcessEnvironment environment() const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const QString &name : env.keys()) {
            if (name.startsWith(u"ROSTERBRIDGE_"_s))
                env.remove(name);
        }
        // Commands without folder options (convert) keep their logs here, not in the home.
        env.insert(u"XDG_DATA_HOME"_s, path(u"xdg-data"_s));
        env.insert(u"XDG_CONFIG_HOME"_s, path(u"xdg-config"_s));
        return env;
    }

    ProcessResult app(const QStringList &args)
    {
        return run(appBinary(),
                   args + QStringList{u"--profiles-dir"_s, profilesDir(), u"--config-dir"_s,
                                      configDir(), u"--data-dir"_s, dataDir()},
                   environment(), 180000);
    }

    static QString describe(const ProcessResult &r)
    {
        return QString::fromUtf8(r.out + r.err);
    }

private slots:
    void initTestCase()
    {
#ifndef Q_OS_UNIX
        QSKIP("Owner-only modes are Unix permission bits; on Windows the per-user folders' ACLs "
              "apply (docs/security.md).");
#else
        // The usual umask, under which a file made with the defaults is readable by everyone.
        m_umask = ::umask(022);
        m_district = path(u"tiny.zip"_s);
        QCOMPARE(run(generatorBinary(), {u"--scale"_s, u"tiny"_s, u"--run-date"_s, u"2026-09-01"_s,
                                         u"-o"_s, m_district})
                     .exitCode,
                 0);
#endif
    }

    void cleanupTestCase()
    {
#ifdef Q_OS_UNIX
        ::umask(m_umask);
#endif
    }

    void profileRunKeepsItsFilesOwnerOnly()
    {
        Profile p = Profile::create(u"Private District"_s);
        p.source.kind = SourceKind::Csv;
        p.source.path = m_district;
        p.conversion.filters.runDate = QDate(2026, 9, 1);
        p.destination.kind = DestinationKind::Folder;
        p.destination.folder = path(u"delivered"_s);
        QVERIFY(QDir().mkpath(p.destination.folder));
        QVERIFY_OK(ProfileStore(profilesDir()).save(p));
        AppSettings(configDir()).setDebugLogging(true);
        // A secret puts its name (never its value) in the index beside the settings.
        SecretStore secrets(configDir());
        QSignalSpy stored(&secrets, &SecretStore::finished);
        secrets.write(p.id, SecretName::SmtpPassword, u"filemodes-secret-41a"_s);
        QVERIFY(stored.wait(20000));
        QVERIFY2(stored.first().first().value<SecretResult>().ok(),
                 qPrintable(stored.first().first().value<SecretResult>().errorText));

        // The first delivery is held for review.
        const ProcessResult held = app({u"run"_s, u"--profile"_s, p.name});
        QVERIFY2(held.exitCode == 3, qPrintable(describe(held)));
        const QString heldFolder = QDir(dataDir()).filePath(u"held"_s);
        QStringList heldFiles;
        const QStringList heldBad = notOwnerOnly(heldFolder, &heldFiles);
        QVERIFY2(!heldFiles.isEmpty(), qPrintable(describe(held)));
        QVERIFY2(heldBad.isEmpty(), qPrintable(heldBad.join(u'\n')));

        const ProcessResult approved = app({u"run"_s, u"--profile"_s, p.name, u"--approve-held"_s});
        QVERIFY2(approved.exitCode == 0, qPrintable(describe(approved)));

        QStringList checked;
        QStringList bad = notOwnerOnly(configDir(), &checked);
        bad += notOwnerOnly(dataDir(), &checked);
        QVERIFY2(bad.isEmpty(), qPrintable(bad.join(u'\n')));
        // What was walked holds every kind of file the app keeps.
        const QString profileFile =
            u"profiles/"_s + p.id.toString(QUuid::WithoutBraces) + u".json"_s;
        for (const QString &expected : {u"settings.ini"_s, u"secrets.index"_s, profileFile,
                                        u"history.sqlite"_s, u"logs/rosterbridge.log"_s})
            QVERIFY2(checked.contains(expected), qPrintable(checked.join(u", "_s)));

        // The delivery folder is the admin's: the usual mode.
        const QFileInfoList delivered =
            QDir(p.destination.folder).entryInfoList({u"*.zip"_s}, QDir::Files);
        QCOMPARE(delivered.size(), 1);
        QCOMPARE(octal(modeOf(delivered.first().filePath())), u"0644"_s);
        QCOMPARE(octal(modeOf(p.destination.folder)), u"0755"_s);

        // The history while open: SQLite's -wal and -shm files take the database's mode.
        HistoryDatabase history;
        QVERIFY_OK(history.open(QDir(dataDir()).filePath(u"history.sqlite"_s)));
        HistoryWriter writer(history, RecordingPolicy{});
        QVERIFY(rowId(writer.beginRun(p.id.toString(QUuid::WithoutBraces), RunTrigger::Manual,
                                      QDateTime::currentDateTimeUtc())) > 0);
        for (const QString &suffix : {u"-wal"_s, u"-shm"_s}) {
            const QString file = QDir(dataDir()).filePath(u"history.sqlite"_s + suffix);
            QVERIFY2(QFileInfo::exists(file), qPrintable(file));
            QCOMPARE(octal(modeOf(file)), u"0600"_s);
        }
        history.close();

        QSignalSpy removed(&secrets, &SecretStore::finished);
        secrets.remove(p.id, SecretName::SmtpPassword);
        QVERIFY(removed.wait(20000));
    }

    void newHistoryIsOwnerOnlyWithItsWriteAheadLog()
    {
        const QString folder = path(u"fresh-data"_s);
        const QString file = QDir(folder).filePath(u"history.sqlite"_s);
        HistoryDatabase history;
        QVERIFY_OK(history.open(file));
        HistoryWriter writer(history, RecordingPolicy{});
        QVERIFY(rowId(writer.beginRun(u"profile"_s, RunTrigger::Manual,
                                      QDateTime::currentDateTimeUtc())) > 0);
        QCOMPARE(octal(modeOf(folder)), u"0700"_s);
        for (const QString &name : QStringList{file, file + u"-wal"_s, file + u"-shm"_s}) {
            QVERIFY2(QFileInfo::exists(name), qPrintable(name));
            QCOMPARE(octal(modeOf(name)), u"0600"_s);
        }
        history.close();
    }

    void rotatedLogsStayOwnerOnly()
    {
        const QString folder = path(u"log-data/logs"_s);
        QVERIFY(LogFile::install(folder, false));
        const QString line(1000, u'x');
        for (qint64 written = 0; written < LogFile::kMaxBytes + 100000; written += line.size())
            qCInfo(lcFileModes).noquote() << line;
        LogFile::uninstall();
        QVERIFY(QFileInfo::exists(LogFile::filePath(folder, 1)));
        const QStringList bad = notOwnerOnly(folder);
        QVERIFY2(bad.isEmpty(), qPrintable(bad.join(u'\n')));
        QCOMPARE(octal(modeOf(path(u"log-data"_s))), u"0700"_s);
    }

    void convertOutputsKeepTheUsualMode()
    {
        const QString out = path(u"out/asm.zip"_s);
        const QString copies = path(u"copies"_s);
        QVERIFY(QDir().mkpath(path(u"out"_s)));
        QVERIFY(QDir().mkpath(copies));
        const ProcessResult r =
            run(appBinary(),
                {u"convert"_s, m_district, u"-o"_s, out, u"--run-date"_s, u"2026-09-01"_s,
                 u"--deliver-folder"_s, copies, u"--approve"_s},
                environment(), 180000);
        QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
        QCOMPARE(octal(modeOf(out)), u"0644"_s);
        const QFileInfoList copied = QDir(copies).entryInfoList({u"*.zip"_s}, QDir::Files);
        QCOMPARE(copied.size(), 1);
        QCOMPARE(octal(modeOf(copied.first().filePath())), u"0644"_s);
    }
};

QTEST_GUILESS_MAIN(TestFileModes)
#include "tst_filemodes.moc"
