#pragma once

#include "SftpSettings.h"
#include "SftpSocket.h"
#include "TransferResult.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHostAddress>
#include <QList>
#include <QLoggingCategory>
#include <QString>

#include <atomic>

struct _LIBSSH2_SESSION;
struct _LIBSSH2_SFTP;
struct _LIBSSH2_SFTP_HANDLE;

namespace rb {

Q_DECLARE_LOGGING_CATEGORY(lcSftp)

// One SFTP connection on libssh2, in blocking mode.
//
// Every call blocks until the server answers or a timeout passes (the connect timeout for TCP
// and the SSH handshake, the I/O timeout afterwards), so a session must only be used from a
// worker thread, never the GUI thread. A session belongs to the thread that uses it; only the
// cancel flag may be set from elsewhere, and it is checked between blocking calls.
//
// The steps are public so that the connection test can report each layer; open() runs them
// all. After a failure, error() and errorMessage() say what went wrong, and the session cannot
// be used further.
class SftpSession
{
    Q_DECLARE_TR_FUNCTIONS(rb::SftpSession)
public:
    SftpSession(const SftpSettings &settings, SftpSecrets secrets);
    ~SftpSession();
    SftpSession(const SftpSession &) = delete;
    SftpSession &operator=(const SftpSession &) = delete;

    void setCancelFlag(const std::atomic_bool *cancel) { m_cancel = cancel; }
    bool isCancelled() const { return m_cancel && m_cancel->load(); }

    // The layers, in order; each returns false after recording the failure.
    bool resolve();
    bool connectTcp();
    bool handshake();
    bool checkHostKey();
    bool authenticate();
    bool startSftp();
    bool open();
    // Says goodbye when the connection is still healthy; frees everything either way.
    void close();
    // Closes a file or folder handle (libssh2_sftp_close_handle). libssh2 never frees handles
    // left open at shutdown, so every handle goes through here, even on a broken connection.
    int closeHandle(_LIBSSH2_SFTP_HANDLE *handle);

    const SftpSettings &settings() const { return m_settings; }
    QList<QHostAddress> addresses() const { return m_addresses; }
    QHostAddress peer() const { return m_socket.peer(); }
    // "SHA256:<base64 without padding>", the same text `ssh-keygen -lf` prints.
    QString hostKeyFingerprint() const { return m_fingerprint; }
    QString hostKeyType() const { return m_hostKeyType; }
    bool hostKeyTrustedOnFirstUse() const { return m_trustedOnFirstUse; }

    TransferError error() const { return m_error; }
    QString errorMessage() const { return m_errorMessage; }
    bool failed() const { return m_error != TransferError::None; }
    // Records a failure (the first one wins) and returns false.
    bool fail(TransferError error, const QString &message);
    // Turns the last libssh2 error into a failure: lost connections and timeouts get their own
    // kinds, SFTP status codes their own words; otherwise `fallback`. `doing` completes
    // "... while %1" ("writing dropbox/asm.zip").
    bool failFromLibssh2(int rc, TransferError fallback, const QString &doing);
    // Cancelled between two calls: records it and returns true.
    bool checkCancelled();

    // Run history.
    void record(const QString &name, const QString &detail, bool ok, const QElapsedTimer &timer,
                qint64 bytes = 0);
    const QList<SftpOperation> &operations() const { return m_operations; }
    // Copies the error, fingerprint and operations into a result.
    void fillResult(TransferResult *result) const;

    _LIBSSH2_SESSION *rawSession() const { return m_session; }
    _LIBSSH2_SFTP *rawSftp() const { return m_sftp; }

    static QString joinPath(const QString &folder, const QString &name);

private:
    bool authenticatePassword(const QByteArray &user, const QByteArray &methods);
    bool authenticateKey(const QByteArray &user);
    QString lastLibssh2Error() const;

    SftpSettings m_settings;
    SftpSecrets m_secrets;
    QByteArray m_passwordUtf8;
    const std::atomic_bool *m_cancel = nullptr;
    QList<QHostAddress> m_addresses;
    SftpSocket m_socket;
    _LIBSSH2_SESSION *m_session = nullptr;
    _LIBSSH2_SFTP *m_sftp = nullptr;
    QString m_fingerprint;
    QString m_hostKeyType;
    bool m_trustedOnFirstUse = false;
    // A transport failure (lost, timed out): skip the goodbye, which would only wait.
    bool m_broken = false;
    TransferError m_error = TransferError::None;
    QString m_errorMessage;
    QList<SftpOperation> m_operations;
};

} // namespace rb
