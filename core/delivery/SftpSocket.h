#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QList>
#include <QString>

#include <atomic>

namespace rb {

// A plain blocking TCP socket for libssh2, which needs a native descriptor it can read and
// write directly (QTcpSocket's buffering and event loop do not fit its blocking mode). The
// connect itself is non-blocking with poll(), so a timeout and cancellation apply to it.
class SftpSocket
{
    Q_DECLARE_TR_FUNCTIONS(rb::SftpSocket)
public:
    // SOCKET on Windows, int elsewhere; both fit.
    using Native = qintptr;

    SftpSocket();
    ~SftpSocket();
    SftpSocket(const SftpSocket &) = delete;
    SftpSocket &operator=(const SftpSocket &) = delete;

    // Tries the addresses in order until one accepts. A failure says why for each.
    Result<void> connectTo(const QList<QHostAddress> &addresses, quint16 port, int timeoutMs,
                           const std::atomic_bool *cancel);
    // Stops both directions, so that a blocked or later libssh2 call returns at once instead
    // of waiting on a dead peer.
    void shutdown();
    void close();

    bool isOpen() const;
    Native native() const { return m_fd; }
    QHostAddress peer() const { return m_peer; }

private:
    Native m_fd;
    QHostAddress m_peer;
};

} // namespace rb
