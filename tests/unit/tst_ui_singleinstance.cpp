#include "TestSupport.h"

#include <QDir>
#include <QFileInfo>
#include <QLocalServer>
#include <QLocalSocket>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

using namespace rb::test;
using namespace Qt::StringLiterals;

// The desktop app's one-instance-per-user socket, on the real binary: where it lives, who may
// reach it, and that a stale or foreign socket never makes a launch exit silently.
class TestSingleInstance : public QObject
{
    Q_OBJECT
    QTemporaryDir m_tmp;

    QString runtimeDir() const { return m_tmp.filePath(u"xdg"_s); }
    QString socketPath() const { return QDir(runtimeDir()).filePath(u"rosterbridge-instance"_s); }

    QProcessEnvironment environment() const
    {
        QProcessEnvironment env;
        env.insert(u"PATH"_s, u"/usr/bin:/bin"_s);
        env.insert(u"HOME"_s, m_tmp.filePath(u"home"_s));
        env.insert(u"USER"_s, u"rb-instance-test"_s);
        env.insert(u"LANG"_s, u"C.UTF-8"_s);
        env.insert(u"XDG_RUNTIME_DIR"_s, runtimeDir());
        env.insert(u"TMPDIR"_s, m_tmp.filePath(u"tmp"_s));
        env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
        return env;
    }

    // Starts the desktop app; it is up once its socket answers (or the wait ends).
    void start(QProcess *app) const
    {
        app->setProcessEnvironment(environment());
        app->setProcessChannelMode(QProcess::MergedChannels);
        app->start(appBinary(), {});
        QVERIFY(app->waitForStarted(10000));
    }

    static void stop(QProcess *app)
    {
        if (app->state() != QProcess::NotRunning) {
            app->terminate();
            if (!app->waitForFinished(10000)) {
                app->kill();
                app->waitForFinished();
            }
        }
    }

    // Waits until our app listens on the socket (it answers the handshake).
    bool answers() const
    {
        return QTest::qWaitFor(
            [this] {
                QLocalSocket s;
                s.connectToServer(socketPath());
                if (!s.waitForConnected(200))
                    return false;
                s.write("activate\n");
                s.waitForBytesWritten(200);
                return s.waitForReadyRead(500) && s.readAll().startsWith("rosterbridge-activated");
            },
            30000);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_tmp.isValid());
        for (const QString &sub : {u"home"_s, u"xdg"_s, u"tmp"_s})
            QVERIFY(QDir().mkpath(m_tmp.filePath(sub)));
        QVERIFY(QFile::setPermissions(runtimeDir(), QFileDevice::ReadOwner |
                                                        QFileDevice::WriteOwner |
                                                        QFileDevice::ExeOwner));
    }

    void cleanup() { QFile::remove(socketPath()); }

    // A socket file left by a crash (nobody listening) is replaced; the socket is the user's
    // own, in the user's runtime folder; a second launch brings the first forward and exits.
    void staleSocketIsReplacedAndOnlyTheUserCanReachIt()
    {
        // A socket file with nobody behind it, as a killed instance leaves.
        const int fd = ::socket(AF_UNIX, SOCK_STREAM, 0);
        QVERIFY(fd >= 0);
        sockaddr_un address{};
        address.sun_family = AF_UNIX;
        const QByteArray path = QFile::encodeName(socketPath());
        QVERIFY(size_t(path.size()) < sizeof(address.sun_path));
        memcpy(address.sun_path, path.constData(), size_t(path.size()));
        QCOMPARE(::bind(fd, reinterpret_cast<sockaddr *>(&address), sizeof(address)), 0);
        ::close(fd);
        QVERIFY(QFileInfo::exists(socketPath()));

        QProcess first;
        start(&first);
        QVERIFY2(answers(), first.readAll().constData());
        const QFile::Permissions permissions = QFileInfo(socketPath()).permissions();
        QVERIFY2(!(permissions & (QFileDevice::ReadGroup | QFileDevice::WriteGroup |
                                  QFileDevice::ReadOther | QFileDevice::WriteOther)),
                 qPrintable(QString::number(int(permissions), 16)));

        QProcess second;
        start(&second);
        QVERIFY(second.waitForFinished(30000));
        QCOMPARE(second.exitStatus(), QProcess::NormalExit);
        QCOMPARE(second.exitCode(), 0);
        QCOMPARE(first.state(), QProcess::Running);
        stop(&first);
    }

    // Something else listening on the name, silent or speaking another protocol, does not end
    // the launch: the app starts and takes the name.
    void foreignSocketDoesNotEndTheLaunch_data()
    {
        QTest::addColumn<QByteArray>("reply");
        QTest::newRow("silent") << QByteArray();
        QTest::newRow("another protocol") << QByteArray("HTTP/1.0 400 Bad Request\r\n\r\n");
    }

    void foreignSocketDoesNotEndTheLaunch()
    {
        QFETCH(QByteArray, reply);
        QLocalServer foreign;
        QVERIFY2(foreign.listen(socketPath()), qPrintable(foreign.errorString()));
        connect(&foreign, &QLocalServer::newConnection, &foreign, [&foreign, reply] {
            while (QLocalSocket *s = foreign.nextPendingConnection()) {
                connect(s, &QLocalSocket::readyRead, s, [s, reply] {
                    s->readAll();
                    if (!reply.isEmpty())
                        s->write(reply);
                });
            }
        });

        QProcess app;
        start(&app);
        // Old behaviour: connected, so "another instance runs", exit 0 without a word.
        QVERIFY(!app.waitForFinished(6000));
        QCOMPARE(app.state(), QProcess::Running);
        // The path is the app's now (the foreign server still holds its old, unlinked socket).
        QVERIFY2(answers(), app.readAll().constData());
        stop(&app);
    }
};

QTEST_GUILESS_MAIN(TestSingleInstance)
#include "tst_ui_singleinstance.moc"
