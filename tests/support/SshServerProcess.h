#pragma once

#include <QList>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>

namespace rb::test {

// A real OpenSSH sshd on a free loopback port for the length of a test, or on port 22 of the
// addresses of setHostNames() (the screenshots' servers, see ScreenshotSetup.h).
//
// It runs in a private mount namespace (`unshare -m`) in which copies of passwd, shadow and
// group that add the user userName() (and sisUserName(), the same account) are bind-mounted over
// the real ones, so both password and key logins work without touching the machine's accounts. That
// needs root (as in CI); canRun() says why it cannot run otherwise. Host and user keys are made
// with ssh-keygen. The login folder is homeDir(); sftp runs in-process (internal-sftp), without
// chroot.
class SshServerProcess
{
public:
    SshServerProcess();
    ~SshServerProcess();

    static bool canRun(QString *why);

    // Creates the folders, the fake user and keys: host keys "host_ed25519" and
    // "host2_ed25519"; user keys "user_ed25519", "user_ecdsa", "user_rsa" and
    // "user_ed25519_pass" (passphrase keyPassphrase()), all in authorized_keys.
    bool setUp();
    // Before start(): listen on port 22 of the addresses these names resolve to, instead of a
    // free port on 127.0.0.1.
    void setHostNames(const QStringList &names) { m_hostNames = names; }
    // Starts sshd with the named host key on a fresh port (or port 22 of the host names);
    // false when it does not listen.
    bool start(const QString &hostKeyName = QStringLiteral("host_ed25519"));
    // Kills sshd and every session process it started, by PID.
    void stop();

    int port() const { return m_port; }
    QString dir() const;
    QString homeDir() const;
    QString keyPath(const QString &name) const;
    // "sftptest"; in screenshot mode a name like those Apple School Manager gives.
    static QString userName();
    // The name a SIS's SFTP drop gives: userName() except in screenshot mode.
    static QString sisUserName();
    static QString password() { return QStringLiteral("ci-pw-4242"); }
    static QString keyPassphrase() { return QStringLiteral("key-pass"); }
    // `ssh-keygen -lf <key>.pub`'s fingerprint field ("SHA256:...").
    QString fingerprint(const QString &keyName) const;
    // Creates or removes homeDir()/dropbox (owned by the fake user).
    bool setDropbox(bool present);

    qint64 pid() const { return m_process.processId(); }
    // The per-connection processes sshd forked (a connection's privileged and user processes).
    QList<qint64> sessionPids() const;
    void signalSessions(int signal);
    QString log() const;
    QString errorString() const { return m_error; }

private:
    bool keygen(const QString &name, const QStringList &options);
    bool fail(const QString &message);

    std::unique_ptr<QTemporaryDir> m_dir;
    QStringList m_hostNames;
    QProcess m_process;
    int m_port = 0;
    QString m_error;
};

} // namespace rb::test
