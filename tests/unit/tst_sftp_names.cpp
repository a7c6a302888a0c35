// The names a server lists, before they become local files: anything that could reach outside
// the download folder is refused, and the final path is proven inside it with every link
// resolved.
#include "TestSupport.h"

#include "delivery/ServerFileName.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace rb {

class TestSftpNames : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void refusesHostileNames_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("slash") << u"../users.csv"_s;
        QTest::newRow("absolute") << u"/etc/users.csv"_s;
        QTest::newRow("backslash") << u"..\\..\\users.csv"_s;
        QTest::newRow("windows absolute") << u"\\Windows\\users.csv"_s;
        QTest::newRow("drive") << u"C:users.csv"_s;
        QTest::newRow("drive path") << u"C:\\Users\\users.csv"_s;
        QTest::newRow("stream") << u"users.csv:hidden"_s;
        QTest::newRow("dot dot") << u".."_s;
        QTest::newRow("dot") << u"."_s;
        QTest::newRow("dots inside") << u"a..csv"_s;
        QTest::newRow("nul") << QString(u"users.csv"_s + QChar(0) + u".txt"_s);
        QTest::newRow("newline") << u"users\n.csv"_s;
        QTest::newRow("empty") << QString();
        QTest::newRow("device") << u"CON.csv"_s;
        QTest::newRow("device lower") << u"lpt1.csv"_s;
        QTest::newRow("trailing dot") << u"users.csv."_s;
        QTest::newRow("trailing space") << u"users.csv "_s;
    }
    void refusesHostileNames()
    {
        QFETCH(QString, name);
        const QString why = ServerFileName::problem(name);
        QVERIFY2(!why.isEmpty(), qPrintable(ServerFileName::printable(name)));
    }

    void acceptsOrdinaryNames_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("plain") << u"users.csv"_s;
        QTest::newRow("upper") << u"ORGS.CSV"_s;
        QTest::newRow("spaces") << u"academic Sessions.csv"_s;
        QTest::newRow("hidden") << u".users.csv"_s;
        QTest::newRow("accents") << u"élèves.csv"_s;
        QTest::newRow("console-like") << u"console.csv"_s;
    }
    void acceptsOrdinaryNames()
    {
        QFETCH(QString, name);
        QCOMPARE(ServerFileName::problem(name), QString());
    }

    void printableShowsControlCharacters()
    {
        QCOMPARE(ServerFileName::printable(QString(u"a"_s + QChar(0) + u"b\n"_s)),
                 u"a\\u0000b\\u000a"_s);
    }

    void localPathStaysInsideTheFolder()
    {
        QTemporaryDir root;
        const QString folder = root.filePath(u"work"_s);
        QVERIFY(QDir().mkpath(folder));
        const Result<QString> found = ServerFileName::localPath(folder, u"users.csv"_s);
        QVERIFY(found);
        const QString path = *found;
        QCOMPARE(path, QDir(folder).filePath(u"users.csv"_s));
        const QString canonicalFolder = QFileInfo(folder).canonicalFilePath();
        QCOMPARE(QFileInfo(QFileInfo(path).absolutePath()).canonicalFilePath(), canonicalFolder);

        // Even a name that slipped past the name check cannot leave the folder.
        Result<QString> refused = ServerFileName::localPath(folder, u"../users.csv"_s);
        QVERIFY(!refused);
        QVERIFY2(refused.error().contains(u"not inside"_s), qPrintable(refused.error()));
        QVERIFY(!ServerFileName::localPath(folder, u"sub/users.csv"_s));
        refused = ServerFileName::localPath(root.filePath(u"missing"_s), u"users.csv"_s);
        QVERIFY(!refused);
        QVERIFY2(refused.error().contains(u"does not exist"_s), qPrintable(refused.error()));
    }

    // A link already in the folder would carry the write to wherever it points, dangling or
    // not; the folder itself may be reached through a link.
    void localPathRefusesLinks()
    {
        QTemporaryDir root;
        const QString folder = root.filePath(u"work"_s);
        QVERIFY(QDir().mkpath(folder));
        const QString outside = root.filePath(u"outside.csv"_s);
        rb::test::writeFile(outside, "secret\n");
        QVERIFY(QFile::link(outside, QDir(folder).filePath(u"users.csv"_s)));
        QVERIFY(QFile::link(root.filePath(u"nowhere.csv"_s), QDir(folder).filePath(u"orgs.csv"_s)));
        const Result<QString> link = ServerFileName::localPath(folder, u"users.csv"_s);
        QVERIFY(!link);
        QVERIFY2(link.error().contains(u"link"_s) && link.error().contains(outside),
                 qPrintable(link.error()));
        QVERIFY(!ServerFileName::localPath(folder, u"orgs.csv"_s));

        const QString linkedFolder = root.filePath(u"linked"_s);
        QVERIFY(QFile::link(folder, linkedFolder));
        const Result<QString> path = ServerFileName::localPath(linkedFolder, u"classes.csv"_s);
        QVERIFY(path);
        QCOMPARE(*path, QDir(linkedFolder).filePath(u"classes.csv"_s));
    }
};

} // namespace rb

QTEST_GUILESS_MAIN(rb::TestSftpNames)
#include "tst_sftp_names.moc"
