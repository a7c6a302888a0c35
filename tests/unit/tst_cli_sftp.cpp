#include "SshServerProcess.h"
#include "TestSupport.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace rb::test;

// The headless run end to end: a generated district goes from OneRoster CSV to a zip in a
// loopback sshd's dropbox, and an export is pulled from SFTP, with passwords from the
// environment and the host key pinned.
class TestCliSftp : public QObject
{
    Q_OBJECT
    QTemporaryDir m_tmp;
    SshServerProcess m_server;
    QString m_district;

    QString path(const QString &name) const { return m_tmp.filePath(name); }

    QString settingsFile(const QString &name, const QString &fingerprint,
                         const QString &remoteFolder = {})
    {
        QJsonObject o{{QStringLiteral("host"), QStringLiteral("127.0.0.1")},
                      {QStringLiteral("port"), m_server.port()},
                      {QStringLiteral("username"), SshServerProcess::userName()},
                      {QStringLiteral("authType"), QStringLiteral("password")},
                      {QStringLiteral("hostKeyFingerprint"), fingerprint}};
        if (!remoteFolder.isEmpty())
            o.insert(QStringLiteral("remoteFolder"), remoteFolder);
        writeFile(path(name), QJsonDocument(o).toJson());
        return path(name);
    }

    ProcessResult app(const QStringList &args, const QString &variable, const QString &password)
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        if (!variable.isEmpty())
            env.insert(variable, password);
        return run(appBinary(), QStringList{QStringLiteral("convert")} + args, env, 120000);
    }

    QStringList uploads() const
    {
        return QDir(QDir(m_server.homeDir()).filePath(QStringLiteral("dropbox")))
            .entryList({QStringLiteral("*.zip")}, QDir::Files);
    }

private slots:
    void initTestCase()
    {
        QString why;
        if (!SshServerProcess::canRun(&why))
            QSKIP(qPrintable(why));
        QVERIFY2(m_server.setUp(), qPrintable(m_server.errorString()));
        QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
        QVERIFY(m_server.setDropbox(true));
        m_district = path(QStringLiteral("tiny.zip"));
        QCOMPARE(run(generatorBinary(), {QStringLiteral("--scale"), QStringLiteral("tiny"),
                                         QStringLiteral("--version"), QStringLiteral("1.2"),
                                         QStringLiteral("--run-date"), QStringLiteral("2026-09-01"),
                                         QStringLiteral("-o"), m_district})
                     .exitCode,
                 0);
    }

    void deliversIntoTheDropbox()
    {
        const QStringList before = uploads();
        const QString out = path(QStringLiteral("district.zip"));
        const QString settings = settingsFile(QStringLiteral("asm.json"),
                                              m_server.fingerprint(QStringLiteral("host_ed25519")));
        const auto r =
            app({m_district, QStringLiteral("-o"), out, QStringLiteral("--run-date"),
                 QStringLiteral("2026-09-01"), QStringLiteral("--deliver-sftp"), settings,
                 QStringLiteral("--approve")},
                QStringLiteral("ROSTERBRIDGE_ASM_PASSWORD"), SshServerProcess::password());
        QVERIFY2(r.exitCode == 0, QByteArray(r.out + r.err).constData());
        QVERIFY(r.out.contains("Delivered"));
        // Under a name of its own, as a profile's run uploads it: never over an earlier one.
        QStringList added = uploads();
        for (const QString &name : before)
            added.removeOne(name);
        QCOMPARE(added.size(), 1);
        QCOMPARE(
            readFile(QDir(m_server.homeDir()).filePath(QStringLiteral("dropbox/") + added.first())),
            readFile(out));
    }

    void unknownHostKeyIsReportedOrTrustedOnFirstUse()
    {
        const QString fingerprint = m_server.fingerprint(QStringLiteral("host_ed25519"));
        const QString out = path(QStringLiteral("tofu.zip"));
        auto r = app({m_district, QStringLiteral("-o"), out, QStringLiteral("--deliver-sftp"),
                      settingsFile(QStringLiteral("asm-unpinned.json"), {}),
                      QStringLiteral("--approve")},
                     QStringLiteral("ROSTERBRIDGE_ASM_PASSWORD"), SshServerProcess::password());
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(fingerprint.toUtf8()), r.err.constData());

        QJsonObject o =
            QJsonDocument::fromJson(readFile(path(QStringLiteral("asm-unpinned.json")))).object();
        o.insert(QStringLiteral("trustOnFirstUse"), true);
        writeFile(path(QStringLiteral("asm-tofu.json")), QJsonDocument(o).toJson());
        r = app({m_district, QStringLiteral("-o"), out, QStringLiteral("--deliver-sftp"),
                 path(QStringLiteral("asm-tofu.json")), QStringLiteral("--approve")},
                QStringLiteral("ROSTERBRIDGE_ASM_PASSWORD"), SshServerProcess::password());
        QVERIFY2(r.exitCode == 0, QByteArray(r.out + r.err).constData());
        QVERIFY2(r.err.contains(QByteArray("trusted on first use: " + fingerprint.toUtf8())),
                 r.err.constData());
    }

    void changedHostKeyStopsDelivery()
    {
        const QStringList before = uploads();
        const QString out = path(QStringLiteral("pinned.zip"));
        const QString settings =
            settingsFile(QStringLiteral("asm-wrong-key.json"),
                         QStringLiteral("SHA256:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"));
        const auto r =
            app({m_district, QStringLiteral("-o"), out, QStringLiteral("--run-date"),
                 QStringLiteral("2026-09-01"), QStringLiteral("--deliver-sftp"), settings,
                 QStringLiteral("--approve")},
                QStringLiteral("ROSTERBRIDGE_ASM_PASSWORD"), SshServerProcess::password());
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("identity changed"), r.err.constData());
        QVERIFY(r.out.contains("was written but not delivered"));
        QCOMPARE(uploads(), before);
    }

    void passwordComesFromTheEnvironment()
    {
        const auto r = app({m_district, QStringLiteral("-o"), path(QStringLiteral("x.zip")),
                            QStringLiteral("--deliver-sftp"),
                            settingsFile(QStringLiteral("asm-nopw.json"), {})},
                           {}, {});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("ROSTERBRIDGE_ASM_PASSWORD"), r.err.constData());
    }

    void pullsAnExportFromSftp()
    {
        QDir(m_server.homeDir()).mkpath(QStringLiteral("exports"));
        const QString remoteZip =
            QDir(m_server.homeDir()).filePath(QStringLiteral("exports/tiny.zip"));
        QVERIFY(QFile::copy(m_district, remoteZip));
        QFile(remoteZip).setPermissions(QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther |
                                        QFile::WriteOwner);
        const QString fromSftp = path(QStringLiteral("from-sftp.zip"));
        const auto r =
            app({QStringLiteral("--sftp-input"),
                 settingsFile(QStringLiteral("source.json"),
                              m_server.fingerprint(QStringLiteral("host_ed25519")),
                              QStringLiteral("exports/tiny.zip")),
                 QStringLiteral("-o"), fromSftp, QStringLiteral("--run-date"),
                 QStringLiteral("2026-09-01")},
                QStringLiteral("ROSTERBRIDGE_SIS_SFTP_PASSWORD"), SshServerProcess::password());
        QVERIFY2(r.exitCode == 0, QByteArray(r.out + r.err).constData());
        const QString local = path(QStringLiteral("local.zip"));
        QCOMPARE(app({m_district, QStringLiteral("-o"), local, QStringLiteral("--run-date"),
                      QStringLiteral("2026-09-01")},
                     {}, {})
                     .exitCode,
                 0);
        for (rb::AsmTable t : rb::kAsmTables)
            QCOMPARE(readAsmTable(fromSftp, t), readAsmTable(local, t));
    }
};

QTEST_GUILESS_MAIN(TestCliSftp)
#include "tst_cli_sftp.moc"
