#include "SftpSession.h"

#include <QFile>
#include <QFileInfo>
#include <QHostInfo>

#include <libssh2.h>
#include <libssh2_sftp.h>

#include <cstdlib>
#include <cstring>
#include <mutex>

using namespace Qt::StringLiterals;

namespace rb {

Q_LOGGING_CATEGORY(lcSftp, "rosterbridge.delivery.sftp", QtInfoMsg)

namespace {

void initLibrary()
{
    static std::once_flag once;
    std::call_once(once, [] { libssh2_init(0); });
}

// Answers every keyboard-interactive prompt with the password: servers that offer only this
// method ask for nothing else. The password arrives through the session's abstract pointer.
void answerPrompts(const char *, int, const char *, int, int count,
                   const LIBSSH2_USERAUTH_KBDINT_PROMPT *,
                   LIBSSH2_USERAUTH_KBDINT_RESPONSE *answers, void **abstract)
{
    const auto *password = static_cast<const QByteArray *>(*abstract);
    for (int i = 0; i < count; ++i) {
        // libssh2 frees the answers with its default allocator, free().
        auto *text = static_cast<char *>(std::malloc(size_t(password->size()) + 1));
        std::memcpy(text, password->constData(), size_t(password->size()) + 1);
        answers[i].text = text;
        answers[i].length = static_cast<unsigned int>(password->size());
    }
}

QString hostKeyTypeName(int type)
{
    switch (type) {
    case LIBSSH2_HOSTKEY_TYPE_RSA:
        return u"ssh-rsa"_s;
    case LIBSSH2_HOSTKEY_TYPE_DSS:
        return u"ssh-dss"_s;
    case LIBSSH2_HOSTKEY_TYPE_ECDSA_256:
        return u"ecdsa-sha2-nistp256"_s;
    case LIBSSH2_HOSTKEY_TYPE_ECDSA_384:
        return u"ecdsa-sha2-nistp384"_s;
    case LIBSSH2_HOSTKEY_TYPE_ECDSA_521:
        return u"ecdsa-sha2-nistp521"_s;
    case LIBSSH2_HOSTKEY_TYPE_ED25519:
        return u"ssh-ed25519"_s;
    default:
        return u"unknown"_s;
    }
}

// The base64 part of "SHA256:xyz", without padding, so that pins typed either way compare.
QString fingerprintBody(QString fingerprint)
{
    fingerprint = fingerprint.trimmed();
    if (fingerprint.startsWith(u"SHA256:", Qt::CaseInsensitive))
        fingerprint = fingerprint.mid(7);
    while (fingerprint.endsWith(u'='))
        fingerprint.chop(1);
    return fingerprint;
}

QString sftpStatusText(unsigned long status)
{
    switch (status) {
    case LIBSSH2_FX_NO_SUCH_FILE:
    case LIBSSH2_FX_NO_SUCH_PATH:
        return SftpSession::tr("no such file or folder");
    case LIBSSH2_FX_PERMISSION_DENIED:
        return SftpSession::tr("permission denied");
    case LIBSSH2_FX_NO_SPACE_ON_FILESYSTEM:
        return SftpSession::tr("the server's disk is full");
    case LIBSSH2_FX_QUOTA_EXCEEDED:
        return SftpSession::tr("the account's quota is exceeded");
    case LIBSSH2_FX_WRITE_PROTECT:
        return SftpSession::tr("the folder is read-only");
    case LIBSSH2_FX_NOT_A_DIRECTORY:
        return SftpSession::tr("not a folder");
    case LIBSSH2_FX_OP_UNSUPPORTED:
        return SftpSession::tr("the server does not support this");
    default:
        return SftpSession::tr("the server reported SFTP status %1").arg(status);
    }
}

} // namespace

SftpSession::SftpSession(const SftpSettings &settings, SftpSecrets secrets)
    : m_settings(settings)
    , m_secrets(std::move(secrets))
{
    initLibrary();
}

SftpSession::~SftpSession()
{
    close();
}

bool SftpSession::fail(TransferError error, const QString &message)
{
    if (m_error == TransferError::None) {
        m_error = error;
        m_errorMessage = message;
        qCWarning(lcSftp).noquote() << transferErrorName(error) << message;
    }
    if (error == TransferError::Timeout || error == TransferError::ConnectionLost)
        m_broken = true;
    return false;
}

bool SftpSession::checkCancelled()
{
    if (!isCancelled())
        return false;
    fail(TransferError::Cancelled, tr("Cancelled."));
    return true;
}

QString SftpSession::lastLibssh2Error() const
{
    if (!m_session)
        return {};
    char *text = nullptr;
    int length = 0;
    libssh2_session_last_error(m_session, &text, &length, 0);
    return QString::fromUtf8(text, length);
}

bool SftpSession::failFromLibssh2(int rc, TransferError fallback, const QString &doing)
{
    const QString host = m_settings.displayHost();
    switch (rc) {
    case LIBSSH2_ERROR_TIMEOUT:
        return fail(TransferError::Timeout,
                    tr("The server %1 did not answer within %2 s while %3; the transfer was "
                       "stopped.")
                        .arg(host)
                        .arg(m_settings.ioTimeoutMs / 1000.0)
                        .arg(doing));
    case LIBSSH2_ERROR_SOCKET_SEND:
    case LIBSSH2_ERROR_SOCKET_RECV:
    case LIBSSH2_ERROR_SOCKET_DISCONNECT:
    case LIBSSH2_ERROR_SOCKET_TIMEOUT:
    case LIBSSH2_ERROR_BAD_SOCKET:
    case LIBSSH2_ERROR_CHANNEL_CLOSED:
    case LIBSSH2_ERROR_CHANNEL_EOF_SENT:
        return fail(TransferError::ConnectionLost,
                    tr("The connection to %1 was lost while %2 (%3).")
                        .arg(host, doing, lastLibssh2Error()));
    case LIBSSH2_ERROR_SFTP_PROTOCOL: {
        const unsigned long status = m_sftp ? libssh2_sftp_last_error(m_sftp) : 0;
        if (status == LIBSSH2_FX_CONNECTION_LOST || status == LIBSSH2_FX_NO_CONNECTION)
            return fail(TransferError::ConnectionLost,
                        tr("The connection to %1 was lost while %2.").arg(host, doing));
        return fail(fallback,
                    tr("The server %1 refused %2: %3.").arg(host, doing, sftpStatusText(status)));
    }
    default:
        return fail(fallback,
                    tr("Failed while %1 on %2: %3.").arg(doing, host, lastLibssh2Error()));
    }
}

void SftpSession::record(const QString &name, const QString &detail, bool ok,
                         const QElapsedTimer &timer, qint64 bytes)
{
    m_operations.append(SftpOperation{name, detail, ok, timer.elapsed(), bytes});
    qCDebug(lcSftp).noquote() << name << detail << (ok ? "ok" : "failed") << timer.elapsed() << "ms"
                              << bytes << "bytes";
}

void SftpSession::fillResult(TransferResult *result) const
{
    result->error = m_error;
    result->message = m_errorMessage;
    result->hostKeyFingerprint = m_fingerprint;
    result->hostKeyTrustedOnFirstUse = m_trustedOnFirstUse;
    result->operations += m_operations;
}

bool SftpSession::resolve()
{
    QElapsedTimer timer;
    timer.start();
    const QString host = m_settings.host;
    QHostAddress literal;
    if (literal.setAddress(host)) {
        m_addresses = {literal};
    } else {
        const QHostInfo info = QHostInfo::fromName(host);
        m_addresses = info.addresses();
        if (info.error() != QHostInfo::NoError || m_addresses.isEmpty()) {
            record(u"resolve"_s, host, false, timer);
            return fail(TransferError::Dns,
                        tr("The server name %1 could not be found (%2). Check the name and the "
                           "computer's DNS settings.")
                            .arg(host, info.errorString()));
        }
    }
    QStringList texts;
    for (const QHostAddress &a : std::as_const(m_addresses))
        texts << a.toString();
    record(u"resolve"_s, QString(host % u" → " % texts.join(u", ")), true, timer);
    return !checkCancelled();
}

bool SftpSession::connectTcp()
{
    QElapsedTimer timer;
    timer.start();
    const Result<void> connected = m_socket.connectTo(m_addresses, quint16(m_settings.port),
                                                      m_settings.connectTimeoutMs, m_cancel);
    const bool ok = connected.ok();
    record(u"connect"_s,
           ok ? m_socket.peer().toString() % u':' % QString::number(m_settings.port)
              : connected.error(),
           ok, timer);
    if (checkCancelled())
        return false;
    if (!ok)
        return fail(TransferError::Tcp,
                    tr("Could not open a connection to %1 port %2: %3. A firewall may block the "
                       "port, or no server listens on it.")
                        .arg(m_settings.host)
                        .arg(m_settings.port)
                        .arg(connected.error()));
    return true;
}

bool SftpSession::handshake()
{
    QElapsedTimer timer;
    timer.start();
    m_session = libssh2_session_init_ex(nullptr, nullptr, nullptr, &m_passwordUtf8);
    if (!m_session)
        return fail(TransferError::Handshake, tr("Out of memory starting an SSH session."));
    libssh2_session_set_blocking(m_session, 1);
    libssh2_session_set_timeout(m_session, m_settings.connectTimeoutMs);
    const int rc =
        libssh2_session_handshake(m_session, static_cast<libssh2_socket_t>(m_socket.native()));
    if (rc != 0) {
        record(u"handshake"_s, lastLibssh2Error(), false, timer);
        if (rc == LIBSSH2_ERROR_TIMEOUT)
            return fail(TransferError::Handshake,
                        tr("The SSH handshake with %1 timed out after %2 s. The service on this "
                           "port may not be an SSH server.")
                            .arg(m_settings.displayHost())
                            .arg(m_settings.connectTimeoutMs / 1000.0));
        return fail(TransferError::Handshake,
                    tr("The SSH handshake with %1 failed: %2. The service on this port may not "
                       "be an SSH server.")
                        .arg(m_settings.displayHost(), lastLibssh2Error()));
    }
    libssh2_session_set_timeout(m_session, m_settings.ioTimeoutMs);

    size_t keyLength = 0;
    int keyType = 0;
    libssh2_session_hostkey(m_session, &keyLength, &keyType);
    m_hostKeyType = hostKeyTypeName(keyType);
    const char *hash = libssh2_hostkey_hash(m_session, LIBSSH2_HOSTKEY_HASH_SHA256);
    if (!hash)
        return fail(TransferError::Handshake,
                    tr("The server %1 sent no host key.").arg(m_settings.displayHost()));
    // OpenSSH prints the SHA-256 digest as base64 without padding.
    m_fingerprint =
        u"SHA256:"_s +
        QString::fromLatin1(QByteArray(hash, 32).toBase64(QByteArray::OmitTrailingEquals));
    const char *kex = libssh2_session_methods(m_session, LIBSSH2_METHOD_KEX);
    const char *cipher = libssh2_session_methods(m_session, LIBSSH2_METHOD_CRYPT_CS);
    record(u"handshake"_s,
           QString(QString::fromLatin1(kex ? kex : "") % u", " %
                   QString::fromLatin1(cipher ? cipher : "") % u", " % m_hostKeyType % u' ' %
                   m_fingerprint),
           true, timer);
    return !checkCancelled();
}

bool SftpSession::checkHostKey()
{
    QElapsedTimer timer;
    timer.start();
    const QString pinned = fingerprintBody(m_settings.hostKeyFingerprint);
    if (!pinned.isEmpty()) {
        if (pinned == fingerprintBody(m_fingerprint)) {
            record(u"hostkey"_s, tr("matches the pinned key %1").arg(m_fingerprint), true, timer);
            return true;
        }
        record(u"hostkey"_s,
               tr("expected %1, offered %2").arg(m_settings.hostKeyFingerprint, m_fingerprint),
               false, timer);
        return fail(
            TransferError::HostKeyChanged,
            tr("The server's identity changed: %1 was expected to present host key %2, "
               "but it offered %3. Nothing was sent. If the server's operator confirms "
               "the new key, pin it; otherwise someone may be intercepting the "
               "connection.")
                .arg(m_settings.displayHost(), m_settings.hostKeyFingerprint, m_fingerprint));
    }
    if (m_settings.trustOnFirstUse) {
        m_trustedOnFirstUse = true;
        record(u"hostkey"_s, tr("trusted on first use: %1").arg(m_fingerprint), true, timer);
        qCInfo(lcSftp).noquote() << "trusting host key on first use" << m_fingerprint;
        return true;
    }
    record(u"hostkey"_s, tr("not pinned: %1").arg(m_fingerprint), false, timer);
    return fail(TransferError::HostKeyUnknown,
                tr("The host key of %1 is not known yet. Its fingerprint is %2 (%3). Confirm "
                   "it with the server's operator, then trust it.")
                    .arg(m_settings.displayHost(), m_fingerprint, m_hostKeyType));
}

bool SftpSession::authenticate()
{
    QElapsedTimer timer;
    timer.start();
    const QByteArray user = m_settings.username.toUtf8();
    const char *list =
        libssh2_userauth_list(m_session, user.constData(), static_cast<unsigned>(user.size()));
    if (!list && libssh2_userauth_authenticated(m_session)) {
        record(u"auth"_s, tr("no authentication required"), true, timer);
        return true;
    }
    const QByteArray methods(list ? list : "");
    if (!list) {
        const int rc = libssh2_session_last_errno(m_session);
        if (rc == LIBSSH2_ERROR_TIMEOUT || rc == LIBSSH2_ERROR_SOCKET_RECV ||
            rc == LIBSSH2_ERROR_SOCKET_SEND || rc == LIBSSH2_ERROR_SOCKET_DISCONNECT) {
            record(u"auth"_s, lastLibssh2Error(), false, timer);
            return failFromLibssh2(rc, TransferError::Authentication, tr("logging in"));
        }
    }
    const bool ok = m_settings.authType == SftpAuthType::PublicKey
                        ? authenticateKey(user)
                        : authenticatePassword(user, methods);
    record(
        u"auth"_s,
        QString(m_settings.username % u" (" %
                (m_settings.authType == SftpAuthType::PublicKey ? u"publickey"_s : u"password"_s) %
                u")"),
        ok, timer);
    return ok && !checkCancelled();
}

bool SftpSession::authenticatePassword(const QByteArray &user, const QByteArray &methods)
{
    m_passwordUtf8 = m_secrets.password.toUtf8();
    int rc = 0;
    if (methods.contains("password") || !methods.contains("keyboard-interactive")) {
        rc = libssh2_userauth_password_ex(
            m_session, user.constData(), static_cast<unsigned>(user.size()),
            m_passwordUtf8.constData(), static_cast<unsigned>(m_passwordUtf8.size()), nullptr);
    } else {
        rc = libssh2_userauth_keyboard_interactive_ex(
            m_session, user.constData(), static_cast<unsigned>(user.size()), answerPrompts);
    }
    m_passwordUtf8.fill('\0');
    m_passwordUtf8.clear();
    if (rc == 0)
        return true;
    if (rc == LIBSSH2_ERROR_AUTHENTICATION_FAILED || rc == LIBSSH2_ERROR_PUBLICKEY_UNVERIFIED)
        return fail(TransferError::Authentication,
                    tr("Authentication failed for user %1 on %2: the server did not accept the "
                       "password. If it was changed or regenerated, enter the new one.")
                        .arg(m_settings.username, m_settings.displayHost()));
    return failFromLibssh2(rc, TransferError::Authentication, tr("logging in"));
}

bool SftpSession::authenticateKey(const QByteArray &user)
{
    const QString path = m_settings.privateKeyFile;
    QFile probe(path);
    if (!probe.open(QIODevice::ReadOnly))
        return fail(
            TransferError::LocalFile,
            tr("The private key file %1 cannot be read: %2.").arg(path, probe.errorString()));
    probe.close();
    const QByteArray keyFile = QFile::encodeName(path);
    const QByteArray passphrase = m_secrets.keyPassphrase.toUtf8();
    // No public key file: libssh2 derives it from the private key.
    const int rc = libssh2_userauth_publickey_fromfile_ex(
        m_session, user.constData(), static_cast<unsigned>(user.size()), nullptr,
        keyFile.constData(), passphrase.isEmpty() ? nullptr : passphrase.constData());
    if (rc == 0)
        return true;
    if (rc == LIBSSH2_ERROR_FILE)
        return fail(TransferError::LocalFile,
                    tr("The private key %1 could not be used: %2. Check its passphrase; "
                       "OpenSSH ed25519, ECDSA and RSA keys are supported.")
                        .arg(path, lastLibssh2Error()));
    if (rc == LIBSSH2_ERROR_AUTHENTICATION_FAILED || rc == LIBSSH2_ERROR_PUBLICKEY_UNVERIFIED)
        return fail(TransferError::Authentication,
                    tr("Authentication failed for user %1 on %2: the server did not accept the "
                       "key %3.")
                        .arg(m_settings.username, m_settings.displayHost(), path));
    return failFromLibssh2(rc, TransferError::Authentication, tr("logging in"));
}

bool SftpSession::startSftp()
{
    QElapsedTimer timer;
    timer.start();
    m_sftp = libssh2_sftp_init(m_session);
    record(u"sftp"_s, {}, m_sftp != nullptr, timer);
    if (!m_sftp) {
        const int rc = libssh2_session_last_errno(m_session);
        if (rc == LIBSSH2_ERROR_TIMEOUT || rc == LIBSSH2_ERROR_SOCKET_RECV ||
            rc == LIBSSH2_ERROR_SOCKET_SEND || rc == LIBSSH2_ERROR_SOCKET_DISCONNECT)
            return failFromLibssh2(rc, TransferError::Sftp, tr("starting SFTP"));
        return fail(TransferError::Sftp,
                    tr("The server %1 accepted the login but did not start SFTP: %2.")
                        .arg(m_settings.displayHost(), lastLibssh2Error()));
    }
    return !checkCancelled();
}

bool SftpSession::open()
{
    if (m_settings.host.isEmpty() || m_settings.username.isEmpty())
        return fail(TransferError::Settings, tr("The server name or the user name is missing."));
    return resolve() && connectTcp() && handshake() && checkHostKey() && authenticate() &&
           startSftp();
}

void SftpSession::close()
{
    if (m_broken)
        m_socket.shutdown();
    if (m_sftp) {
        libssh2_sftp_shutdown(m_sftp);
        m_sftp = nullptr;
    }
    if (m_session) {
        if (!m_broken)
            libssh2_session_disconnect_ex(m_session, SSH_DISCONNECT_BY_APPLICATION, "done", "");
        libssh2_session_free(m_session);
        m_session = nullptr;
    }
    m_socket.close();
}

int SftpSession::closeHandle(LIBSSH2_SFTP_HANDLE *handle)
{
    // A dead or stalled server never answers the close request: with the socket shut down the
    // request fails at once and libssh2 only frees the handle.
    if (m_broken)
        m_socket.shutdown();
    return libssh2_sftp_close_handle(handle);
}

QString SftpSession::joinPath(const QString &folder, const QString &name)
{
    if (folder.isEmpty())
        return name;
    return folder.endsWith(u'/') ? QString(folder % name) : QString(folder % u'/' % name);
}

} // namespace rb
