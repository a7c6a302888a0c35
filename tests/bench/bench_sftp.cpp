// Uploads 200 MB over loopback to a private sshd with this client and with OpenSSH's
// `sftp -b`, and prints both times and their ratio. Needs root (see SshServerProcess).
#include "SshServerProcess.h"
#include "TestSupport.h"

#include "delivery/SftpUploader.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <cstdio>

using namespace Qt::StringLiterals;
using rb::test::SshServerProcess;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QString why;
    if (!SshServerProcess::canRun(&why)) {
        std::fprintf(stderr, "bench_sftp: %s\n", qPrintable(why));
        return 1;
    }
    SshServerProcess server;
    if (!server.setUp() || !server.start()) {
        std::fprintf(stderr, "bench_sftp: %s\n", qPrintable(server.errorString()));
        return 1;
    }
    const qint64 size = 200 * 1000 * 1000;
    QTemporaryDir local;
    const QString source = local.filePath(u"bench.zip"_s);
    {
        QFile f(source);
        if (!f.open(QIODevice::WriteOnly))
            return 1;
        QByteArray chunk(1000 * 1000, Qt::Uninitialized);
        QRandomGenerator rng(7);
        for (qint64 done = 0; done < size; done += chunk.size()) {
            rng.fillRange(reinterpret_cast<quint32 *>(chunk.data()), chunk.size() / 4);
            f.write(chunk);
        }
    }

    rb::SftpSettings s;
    s.host = u"127.0.0.1"_s;
    s.port = server.port();
    s.username = SshServerProcess::userName();
    s.authType = rb::SftpAuthType::PublicKey;
    s.privateKeyFile = server.keyPath(u"user_ed25519"_s);
    s.hostKeyFingerprint = server.fingerprint(u"host_ed25519"_s);
    QElapsedTimer timer;
    timer.start();
    const rb::TransferResult r = rb::SftpUploader(s, {}).upload(source, u"ours.zip"_s);
    const double ours = timer.elapsed() / 1000.0;
    if (!r.ok) {
        std::fprintf(stderr, "bench_sftp: upload failed: %s\n", qPrintable(r.message));
        return 1;
    }

    // OpenSSH with the same key and a known_hosts line for this port.
    const QString knownHosts = server.keyPath(u"known_hosts"_s);
    const QByteArray hostKey = rb::test::readFile(server.keyPath(u"host_ed25519.pub"_s));
    rb::test::writeFile(knownHosts,
                        "[127.0.0.1]:" + QByteArray::number(server.port()) + ' ' + hostKey);
    const QString batch = local.filePath(u"batch"_s);
    rb::test::writeFile(batch, "put " + QFile::encodeName(source) + " theirs.zip\n");
    timer.restart();
    const rb::test::ProcessResult p = rb::test::run(
        QStandardPaths::findExecutable(u"sftp"_s),
        {u"-q"_s, u"-b"_s, batch, u"-i"_s, server.keyPath(u"user_ed25519"_s), u"-P"_s,
         QString::number(server.port()), u"-o"_s, u"UserKnownHostsFile="_s + knownHosts, u"-o"_s,
         u"StrictHostKeyChecking=yes"_s, SshServerProcess::userName() + u"@127.0.0.1"_s});
    const double theirs = timer.elapsed() / 1000.0;
    if (p.exitCode != 0) {
        std::fprintf(stderr, "bench_sftp: sftp failed: %s\n", p.err.constData());
        return 1;
    }
    const bool same =
        rb::test::run(u"cmp"_s, {source, server.homeDir() + u"/ours.zip"_s}).exitCode == 0 &&
        rb::test::run(u"cmp"_s, {source, server.homeDir() + u"/theirs.zip"_s}).exitCode == 0;
    std::printf("upload of %lld bytes over loopback\n", size);
    std::printf("  RosterBridge (libssh2, 256 KiB writes): %.2f s  %.0f MB/s\n", ours,
                size / 1e6 / ours);
    std::printf("  OpenSSH sftp -b:                         %.2f s  %.0f MB/s\n", theirs,
                size / 1e6 / theirs);
    std::printf("  ratio (ours / OpenSSH): %.2f  files identical: %s\n", ours / theirs,
                same ? "yes" : "NO");
    return same ? 0 : 1;
}
