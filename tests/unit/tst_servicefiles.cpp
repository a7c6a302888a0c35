#include "TestSupport.h"

#include "service/ServiceFiles.h"

#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace rb;
using namespace rb::test;
using namespace Qt::StringLiterals;

// The service's unit, plist and task XML from one description, each checked by its own tool:
// systemd-analyze verifies the unit, plistutil converts the plist, xmllint parses the task.
class TestServiceFiles : public QObject
{
    Q_OBJECT
    QTemporaryDir m_tmp;

    ServiceDescription description() const
    {
        ServiceDescription d;
        d.description = u"RosterBridge: syncs the SIS with Apple School Manager"_s;
        d.program = appBinary();
        // Folders with spaces, a percent sign and a dollar, as a Windows or Mac home may have.
        d.arguments = {u"serve"_s, u"--config-dir"_s, m_tmp.filePath(u"Config 100%"_s),
                       u"--data-dir"_s, m_tmp.filePath(u"Data $HOME"_s)};
        d.workingDirectory = m_tmp.path();
        d.userName = u"rosteradmin"_s;
        d.logFile = m_tmp.filePath(u"serve.log"_s);
        d.credentials = {{u"rb-0f8e4c1a-asmPassword"_s, m_tmp.filePath(u"asm.cred"_s)},
                         {u"rb-0f8e4c1a-sisClientSecret"_s, m_tmp.filePath(u"sis.cred"_s)}};
        return d;
    }

    QString write(const QString &name, const QByteArray &bytes) const
    {
        const QString path = m_tmp.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }

    static void need(const char *tool)
    {
        if (QStandardPaths::findExecutable(QString::fromLatin1(tool)).isEmpty())
            QFAIL(qPrintable(u"%1 is missing: tools/dev/install-deps.sh installs it"_s.arg(
                QString::fromLatin1(tool))));
    }

private slots:
    void initTestCase() { QVERIFY(m_tmp.isValid()); }

    void wordsAreQuotedForEachPlatform()
    {
        QCOMPARE(ServiceFiles::systemdWord(u"/usr/bin/rosterbridge"_s), u"/usr/bin/rosterbridge"_s);
        QCOMPARE(ServiceFiles::systemdWord(u"/home/a b/100%"_s), u"\"/home/a b/100%%\""_s);
        QCOMPARE(ServiceFiles::systemdWord(u"$HOME"_s), u"$$HOME"_s);
        QCOMPARE(ServiceFiles::systemdWord(u"say \"hi\""_s), u"\"say \\\"hi\\\"\""_s);
        QCOMPARE(ServiceFiles::windowsWord(u"serve"_s), u"serve"_s);
        QCOMPARE(ServiceFiles::windowsWord(u"C:\\Program Files\\x\\"_s),
                 u"\"C:\\Program Files\\x\\\\\""_s);
        QCOMPARE(ServiceFiles::windowsWord(u"say \"hi\""_s), u"\"say \\\"hi\\\"\""_s);
        QCOMPARE(ServiceFiles::windowsWord(QString()), u"\"\""_s);
    }

    void systemdUnitVerifies()
    {
        need("systemd-analyze");
        const QByteArray unit = ServiceFiles::systemdUnit(description());
        const QString path = write(u"rosterbridge.service"_s, unit);
        QVERIFY(unit.contains("LoadCredentialEncrypted=rb-0f8e4c1a-asmPassword:"));
        QVERIFY(unit.contains("WantedBy=default.target"));
        QVERIFY(unit.contains("100%%"));
        // systemd-analyze needs a runtime folder of its own to start a user manager.
        const QString runtime = m_tmp.filePath(u"xdg-runtime"_s);
        QVERIFY(QDir().mkpath(runtime));
        QFile::setPermissions(runtime, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"XDG_RUNTIME_DIR"_s, runtime);
        const ProcessResult r =
            run(u"systemd-analyze"_s, {u"--user"_s, u"verify"_s, path}, env, 60000);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        // Warnings (an unknown key, a bad value) are printed and do not fail: none allowed.
        QVERIFY2(r.err.trimmed().isEmpty(), r.err.constData());

        // The check can fail: a program that is not there is refused.
        ServiceDescription broken = description();
        broken.program = m_tmp.filePath(u"missing/rosterbridge"_s);
        const QString brokenPath = write(u"broken.service"_s, ServiceFiles::systemdUnit(broken));
        QVERIFY(run(u"systemd-analyze"_s, {u"--user"_s, u"verify"_s, brokenPath}, env, 60000)
                    .exitCode != 0);
    }

    void launchdPlistConverts()
    {
        need("plistutil");
        const QString path =
            write(u"org.rosterbridge.serve.plist"_s, ServiceFiles::launchdPlist(description()));
        const QString binary = m_tmp.filePath(u"binary.plist"_s);
        // plistutil 2.2 prints ERROR and still exits 0: the output file is what counts.
        ProcessResult r = run(u"plistutil"_s, {u"-i"_s, path, u"-o"_s, binary});
        QVERIFY2(r.exitCode == 0 && !QByteArray(r.out + r.err).contains("ERROR"),
                 r.err.constData());
        QVERIFY(readFile(binary).startsWith("bplist00"));
        const QString back = m_tmp.filePath(u"back.plist"_s);
        r = run(u"plistutil"_s, {u"-i"_s, binary, u"-o"_s, back, u"-f"_s, u"xml"_s});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QByteArray text = readFile(back);
        QVERIFY(text.contains("<string>org.rosterbridge.serve</string>"));
        QVERIFY(text.contains("<string>rosteradmin</string>"));
        QVERIFY(text.contains("Config 100%"));
        QVERIFY(text.contains("<key>RunAtLoad</key>"));

        // plistutil refuses what is not a property list.
        const QString bad = write(u"bad.plist"_s, "<plist><dict><key>Label</dict></plist>");
        const QString badOut = m_tmp.filePath(u"bad.bin"_s);
        r = run(u"plistutil"_s, {u"-i"_s, bad, u"-o"_s, badOut});
        QVERIFY(QByteArray(r.out + r.err).contains("ERROR"));
        QVERIFY(!QFile::exists(badOut));
    }

    void taskXmlParses()
    {
        need("xmllint");
        const QByteArray bytes = ServiceFiles::taskSchedulerXml(description());
        QVERIFY(bytes.startsWith("\xff\xfe")); // UTF-16 LE with its mark
        const QString path = write(u"rosterbridge-task.xml"_s, bytes);
        ProcessResult r = run(u"xmllint"_s, {u"--noout"_s, path});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        auto xpath = [&](const QString &expression) {
            return run(u"xmllint"_s, {u"--xpath"_s, expression, path}).out.trimmed();
        };
        QCOMPARE(xpath(u"string(//*[local-name()='LogonType'])"_s), QByteArray("Password"));
        QCOMPARE(xpath(u"string(//*[local-name()='UserId'])"_s), QByteArray("rosteradmin"));
        QCOMPARE(xpath(u"count(//*[local-name()='BootTrigger'])"_s), QByteArray("1"));
        QCOMPARE(xpath(u"string(//*[local-name()='Command'])"_s), appBinary().toUtf8());
        const QByteArray args = xpath(u"string(//*[local-name()='Arguments'])"_s);
        QVERIFY2(args.startsWith("serve --config-dir \"") && args.contains("Data $HOME\""),
                 args.constData());

        const QString bad = write(u"bad.xml"_s, "<Task><Actions></Task>");
        QVERIFY(run(u"xmllint"_s, {u"--noout"_s, bad}).exitCode != 0);
    }
};

QTEST_GUILESS_MAIN(TestServiceFiles)
#include "tst_servicefiles.moc"
