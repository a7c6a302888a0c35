#include "SftpSocket.h"

#include <QDeadlineTimer>

#include <cstring>
#include <mutex>

#ifdef Q_OS_WIN
#include <winsock2.h>
#include <ws2tcpip.h>
#else
#include <arpa/inet.h>
#include <cerrno>
#include <fcntl.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>
#endif

using namespace Qt::StringLiterals;

namespace rb {

namespace {

#ifdef Q_OS_WIN
constexpr SftpSocket::Native kInvalid = SftpSocket::Native(INVALID_SOCKET);
int lastSocketError()
{
    return WSAGetLastError();
}
bool connectInProgress(int error)
{
    return error == WSAEWOULDBLOCK || error == WSAEINPROGRESS;
}
void closeNative(SftpSocket::Native fd)
{
    ::closesocket(SOCKET(fd));
}
bool setNonBlocking(SftpSocket::Native fd, bool on)
{
    u_long mode = on ? 1 : 0;
    return ::ioctlsocket(SOCKET(fd), FIONBIO, &mode) == 0;
}
int pollOne(SftpSocket::Native fd, int timeoutMs)
{
    WSAPOLLFD p{};
    p.fd = SOCKET(fd);
    p.events = POLLWRNORM;
    return ::WSAPoll(&p, 1, timeoutMs);
}
QString errorText(int error)
{
    return QString::fromLocal8Bit(qt_error_string(error).toLocal8Bit());
}
void startWinsock()
{
    static std::once_flag once;
    std::call_once(once, [] {
        WSADATA data;
        WSAStartup(MAKEWORD(2, 2), &data);
    });
}
#else
constexpr SftpSocket::Native kInvalid = -1;
int lastSocketError()
{
    return errno;
}
bool connectInProgress(int error)
{
    return error == EINPROGRESS;
}
void closeNative(SftpSocket::Native fd)
{
    ::close(int(fd));
}
bool setNonBlocking(SftpSocket::Native fd, bool on)
{
    const int flags = ::fcntl(int(fd), F_GETFL, 0);
    if (flags < 0)
        return false;
    return ::fcntl(int(fd), F_SETFL, on ? (flags | O_NONBLOCK) : (flags & ~O_NONBLOCK)) == 0;
}
int pollOne(SftpSocket::Native fd, int timeoutMs)
{
    pollfd p{};
    p.fd = int(fd);
    p.events = POLLOUT;
    return ::poll(&p, 1, timeoutMs);
}
QString errorText(int error)
{
    return QString::fromLocal8Bit(std::strerror(error));
}
void startWinsock()
{
}
#endif

// Fills storage for one address; returns its length, 0 when the family is unknown.
socklen_t toSockaddr(const QHostAddress &address, quint16 port, sockaddr_storage *storage)
{
    std::memset(storage, 0, sizeof(*storage));
    if (address.protocol() == QAbstractSocket::IPv4Protocol) {
        sockaddr_in in{};
        in.sin_family = AF_INET;
        in.sin_port = htons(port);
        in.sin_addr.s_addr = htonl(address.toIPv4Address());
        std::memcpy(storage, &in, sizeof(in));
        return sizeof(in);
    }
    if (address.protocol() == QAbstractSocket::IPv6Protocol) {
        sockaddr_in6 in6{};
        in6.sin6_family = AF_INET6;
        in6.sin6_port = htons(port);
        const Q_IPV6ADDR bytes = address.toIPv6Address();
        std::memcpy(&in6.sin6_addr, bytes.c, 16);
        in6.sin6_scope_id = address.scopeId().toUInt();
        std::memcpy(storage, &in6, sizeof(in6));
        return sizeof(in6);
    }
    return 0;
}

} // namespace

SftpSocket::SftpSocket()
    : m_fd(kInvalid)
{
    startWinsock();
}

SftpSocket::~SftpSocket()
{
    close();
}

bool SftpSocket::isOpen() const
{
    return m_fd != kInvalid;
}

Result<void> SftpSocket::connectTo(const QList<QHostAddress> &addresses, quint16 port,
                                   int timeoutMs, const std::atomic_bool *cancel)
{
    close();
    QStringList problems;
    const QDeadlineTimer deadline(timeoutMs);
    for (const QHostAddress &address : addresses) {
        sockaddr_storage storage;
        const socklen_t length = toSockaddr(address, port, &storage);
        if (length == 0)
            continue;
        const Native fd = Native(::socket(storage.ss_family, SOCK_STREAM, IPPROTO_TCP));
        if (fd == kInvalid) {
            problems << QString(address.toString() % u": " % errorText(lastSocketError()));
            continue;
        }
        setNonBlocking(fd, true);
        int rc = ::connect(fd, reinterpret_cast<const sockaddr *>(&storage), length);
        int err = rc == 0 ? 0 : lastSocketError();
        if (rc != 0 && connectInProgress(err)) {
            err = ETIMEDOUT;
            // Short slices so that cancellation is noticed while the SYN goes unanswered.
            while (!deadline.hasExpired() && !(cancel && cancel->load())) {
                const int slice = int(qMin<qint64>(deadline.remainingTime(), 200));
                const int ready = pollOne(fd, slice);
                if (ready > 0) {
                    int soError = 0;
                    socklen_t soLength = sizeof(soError);
                    ::getsockopt(fd, SOL_SOCKET, SO_ERROR, reinterpret_cast<char *>(&soError),
                                 &soLength);
                    err = soError;
                    break;
                }
                if (ready < 0) {
                    err = lastSocketError();
                    break;
                }
            }
        }
        if (err == 0) {
            setNonBlocking(fd, false);
            const int one = 1;
            ::setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, reinterpret_cast<const char *>(&one),
                         sizeof(one));
#ifdef SO_NOSIGPIPE
            // macOS: a write to a closed connection must not kill the process.
            ::setsockopt(fd, SOL_SOCKET, SO_NOSIGPIPE, &one, sizeof(one));
#endif
            m_fd = fd;
            m_peer = address;
            return {};
        }
        closeNative(fd);
        if (cancel && cancel->load()) {
            return Failure{tr("cancelled")};
        }
        problems << QString(address.toString() % u": " %
                            (err == ETIMEDOUT ? tr("no answer within %1 s").arg(timeoutMs / 1000.0)
                                              : errorText(err)));
        if (deadline.hasExpired())
            break;
    }
    return Failure{problems.isEmpty() ? tr("no usable address") : problems.join(u"; ")};
}

void SftpSocket::shutdown()
{
    if (!isOpen())
        return;
#ifdef Q_OS_WIN
    ::shutdown(SOCKET(m_fd), SD_BOTH);
#else
    ::shutdown(int(m_fd), SHUT_RDWR);
#endif
}

void SftpSocket::close()
{
    if (!isOpen())
        return;
    closeNative(m_fd);
    m_fd = kInvalid;
}

} // namespace rb
