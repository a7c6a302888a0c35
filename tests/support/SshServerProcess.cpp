#include "SshServerProcess.h"

#include "ScreenshotSetup.h"
#include "TestSupport.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>

#include <csignal>
#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace rb::test {

namespace {

constexpr int kUid = 4242;

QString sbinTool(const QString &name)
{
    return QStandardPaths::findExecutable(name,
                                          {u"/usr/sbin"_s, u"/usr/bin"_s, u"/sbin"_s, u"/bin"_s,
                                           u"/usr/local/sbin"_s, u"/usr/local/bin"_s});
}

int freePort()
{
    QTcpServer server;
    server.listen(QHostAddress::LocalHost, 0);
    return server.serverPort();
}

// Unlike readFile(), a file that vanished (a process that exited) is not fatal.
QByteArray readIfPresent(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool chownToUser(const QString &path)
{
    return ::chown(QFile::encodeName(path).constData(), kUid, kUid) == 0;
}

} // namespace

SshServerProcess::SshServerProcess() = default;

QString SshServerProcess::userName()
{
    return screenshotMode() ? u"cedarvalley-7k2f9q@sftp.apple.com"_s : u"sftptest"_s;
}

QString SshServerProcess::sisUserName()
{
    return screenshotMode() ? u"oneroster-export"_s : userName();
}

SshServerProcess::~SshServerProcess()
{
    stop();
}

bool SshServerProcess::canRun(QString *why)
{
    if (::geteuid() != 0) {
        *why = u"sshd for tests needs root (a private mount namespace for a fake user)"_s;
        return false;
    }
    for (const QString &tool : {u"sshd"_s, u"ssh-keygen"_s, u"unshare"_s, u"openssl"_s}) {
        if (sbinTool(tool).isEmpty()) {
            *why = tool + u" is not installed"_s;
            return false;
        }
    }
    return true;
}

bool SshServerProcess::fail(const QString &message)
{
    m_error = message;
    qWarning().noquote() << message;
    return false;
}

QString SshServerProcess::dir() const
{
    return m_dir ? m_dir->path() : QString();
}

QString SshServerProcess::homeDir() const
{
    return dir() + u"/home"_s;
}

QString SshServerProcess::keyPath(const QString &name) const
{
    return dir() + u'/' + name;
}

bool SshServerProcess::keygen(const QString &name, const QStringList &options)
{
    const ProcessResult r =
        run(sbinTool(u"ssh-keygen"_s),
            QStringList{u"-q"_s, u"-C"_s, name, u"-f"_s, keyPath(name)} + options, 60000);
    if (r.exitCode != 0)
        return fail(u"ssh-keygen failed for "_s + name + u": "_s + QString::fromUtf8(r.err));
    return true;
}

bool SshServerProcess::setUp()
{
    m_dir = std::make_unique<QTemporaryDir>(QDir::tempPath() + u"/rb-sshd-XXXXXX"_s);
    if (!m_dir->isValid())
        return fail(u"cannot create a temporary folder"_s);
    // The fake user must reach its home and the authorized keys through this folder.
    ::chmod(QFile::encodeName(dir()).constData(), 0755);
    QDir().mkpath(homeDir());
    chownToUser(homeDir());

    const QString none;
    if (!keygen(u"host_ed25519"_s, {u"-t"_s, u"ed25519"_s, u"-N"_s, none}) ||
        !keygen(u"host2_ed25519"_s, {u"-t"_s, u"ed25519"_s, u"-N"_s, none}) ||
        !keygen(u"user_ed25519"_s, {u"-t"_s, u"ed25519"_s, u"-N"_s, none}) ||
        !keygen(u"user_ecdsa"_s, {u"-t"_s, u"ecdsa"_s, u"-b"_s, u"256"_s, u"-N"_s, none}) ||
        !keygen(u"user_rsa"_s, {u"-t"_s, u"rsa"_s, u"-b"_s, u"2048"_s, u"-N"_s, none}) ||
        !keygen(u"user_ed25519_pass"_s, {u"-t"_s, u"ed25519"_s, u"-N"_s, keyPassphrase()}))
        return false;
    QByteArray authorized;
    for (const QString &key :
         {u"user_ed25519"_s, u"user_ecdsa"_s, u"user_rsa"_s, u"user_ed25519_pass"_s})
        authorized += readFile(keyPath(key + u".pub"_s));
    writeFile(keyPath(u"authorized_keys"_s), authorized);
    ::chmod(QFile::encodeName(keyPath(u"authorized_keys"_s)).constData(), 0644);

    // The fake account, visible only inside sshd's mount namespace.
    const ProcessResult hash =
        run(sbinTool(u"openssl"_s), {u"passwd"_s, u"-6"_s, password()}, 30000);
    if (hash.exitCode != 0)
        return fail(u"openssl passwd failed"_s);
    // One account, under a second name too when sisUserName() differs; sshd lets in its group.
    QByteArray passwd = readFile(u"/etc/passwd"_s);
    QByteArray shadow = readFile(u"/etc/shadow"_s);
    QStringList names{userName()};
    if (sisUserName() != userName())
        names.append(sisUserName());
    for (const QString &name : std::as_const(names)) {
        const QByteArray user = name.toUtf8();
        passwd += user + ":x:4242:4242::" + QFile::encodeName(homeDir()) + ":/bin/sh\n";
        shadow += user + ':' + hash.out.trimmed() + ":19000:0:99999:7:::\n";
    }
    writeFile(keyPath(u"passwd.fake"_s), passwd);
    writeFile(keyPath(u"shadow.fake"_s), shadow);
    writeFile(keyPath(u"group.fake"_s), readFile(u"/etc/group"_s) + "sftptest:x:4242:\n");
    ::chmod(QFile::encodeName(keyPath(u"shadow.fake"_s)).constData(), 0640);
    return true;
}

bool SshServerProcess::start(const QString &hostKeyName)
{
    stop();
    QList<QHostAddress> addresses;
    for (const QString &name : std::as_const(m_hostNames)) {
        const QHostAddress address = resolvedAddress(name);
        if (address.isNull())
            return fail(name + u" does not resolve (tools/dev/screenshots.sh maps it)"_s);
        if (!addresses.contains(address))
            addresses.append(address);
    }
    m_port = addresses.isEmpty() ? freePort() : 22;
    if (addresses.isEmpty())
        addresses.append(QHostAddress(QHostAddress::LocalHost));
    QString listen;
    for (const QHostAddress &address : std::as_const(addresses))
        listen += u"ListenAddress "_s + address.toString() + u'\n';
    const QString config = keyPath(u"sshd_config"_s);
    const QString text =
        u"Port "_s + QString::number(m_port) + u'\n' + listen + u"HostKey "_s +
        keyPath(hostKeyName) + u"\nPidFile none\nAuthorizedKeysFile "_s +
        keyPath(u"authorized_keys"_s) +
        u"\nStrictModes no\nUsePAM no\nPasswordAuthentication yes\n"
        u"KbdInteractiveAuthentication no\nPermitRootLogin no\n"
        u"AllowGroups sftptest\nPubkeyAcceptedAlgorithms +ssh-rsa\nMaxStartups 100\n"
        u"Subsystem sftp internal-sftp\nLogLevel VERBOSE\n"_s;
    writeFile(config, text.toUtf8());
    QDir().mkpath(u"/run/sshd"_s);

    auto bind = [this](const QString &fake, const QString &real) {
        return QString(u"mount --bind "_s + keyPath(fake) + u' ' + real);
    };
    const QString script = bind(u"passwd.fake"_s, u"/etc/passwd"_s) + u" && "_s +
                           bind(u"shadow.fake"_s, u"/etc/shadow"_s) + u" && "_s +
                           bind(u"group.fake"_s, u"/etc/group"_s) + u" && exec "_s +
                           sbinTool(u"sshd"_s) + u" -D -e -f "_s + config;
    m_process.setProcessChannelMode(QProcess::MergedChannels);
    m_process.setStandardOutputFile(keyPath(u"sshd.log"_s), QIODevice::Append);
    // unshare and sh exec their successors, so the PID is sshd's.
    m_process.start(sbinTool(u"unshare"_s), {u"-m"_s, u"/bin/sh"_s, u"-c"_s, script});
    if (!m_process.waitForStarted(10000))
        return fail(u"unshare did not start: "_s + m_process.errorString());
    const QDeadlineTimer deadline(10000);
    while (!deadline.hasExpired()) {
        if (m_process.state() != QProcess::Running)
            return fail(u"sshd exited: "_s + log());
        QTcpSocket probe;
        probe.connectToHost(addresses.constFirst(), quint16(m_port));
        if (probe.waitForConnected(200) && log().contains(u"Server listening"_s))
            return true;
        QThread::msleep(50);
    }
    return fail(u"sshd does not listen on port "_s + QString::number(m_port) + u": "_s + log());
}

QList<qint64> SshServerProcess::sessionPids() const
{
    const qint64 root = m_process.processId();
    if (root <= 0)
        return {};
    QMultiHash<qint64, qint64> children;
    const QStringList entries = QDir(u"/proc"_s).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &entry : entries) {
        bool isPid = false;
        const qint64 pid = entry.toLongLong(&isPid);
        if (!isPid)
            continue;
        const QByteArray stat = readIfPresent(u"/proc/"_s + entry + u"/stat"_s);
        const qsizetype close = stat.lastIndexOf(')');
        if (close < 0)
            continue;
        const QList<QByteArray> fields = stat.mid(close + 2).split(' ');
        if (fields.size() > 1)
            children.insert(fields.at(1).toLongLong(), pid);
    }
    QList<qint64> found;
    QList<qint64> queue{root};
    while (!queue.isEmpty()) {
        const qint64 parent = queue.takeFirst();
        for (qint64 child : children.values(parent)) {
            found.append(child);
            queue.append(child);
        }
    }
    return found;
}

void SshServerProcess::signalSessions(int signal)
{
    for (qint64 pid : sessionPids())
        ::kill(pid_t(pid), signal);
}

void SshServerProcess::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    const QList<qint64> sessions = sessionPids();
    for (qint64 pid : sessions) {
        ::kill(pid_t(pid), SIGCONT);
        ::kill(pid_t(pid), SIGKILL);
    }
    // Let sshd reap its sessions first: orphans would stay zombies where init does not reap.
    const QDeadlineTimer reaped(2000);
    while (!sessionPids().isEmpty() && !reaped.hasExpired())
        QThread::msleep(20);
    ::kill(pid_t(m_process.processId()), SIGKILL);
    m_process.waitForFinished(5000);
}

QString SshServerProcess::log() const
{
    return QString::fromUtf8(readIfPresent(keyPath(u"sshd.log"_s)));
}

QString SshServerProcess::fingerprint(const QString &keyName) const
{
    const ProcessResult r =
        run(sbinTool(u"ssh-keygen"_s), {u"-lf"_s, keyPath(keyName + u".pub"_s)}, 30000);
    const QList<QByteArray> fields = r.out.simplified().split(' ');
    return fields.size() > 1 ? QString::fromLatin1(fields.at(1)) : QString();
}

bool SshServerProcess::setDropbox(bool present)
{
    const QString path = homeDir() + u"/dropbox"_s;
    if (!present)
        return QDir(path).removeRecursively();
    if (!QDir().mkpath(path))
        return false;
    return chownToUser(path);
}

} // namespace rb::test
