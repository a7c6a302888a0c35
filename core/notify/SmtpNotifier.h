#pragma once

#include "Notification.h"

#include <QObject>
#include <QSslConfiguration>
#include <QStringList>

class QSslSocket;
class QTimer;

namespace rb {

// Where failure and hold emails go. The password is not part of it: it is passed by value.
struct SmtpSettings
{
    enum class Security { StartTls, Tls, None };
    QString host;
    int port = 587;
    Security security = Security::StartTls;
    QString username; // empty: no login
    QString from;
    QStringList to;
    int timeoutMs = 30000;
    // AUTH on a connection without TLS sends the password readable by anyone on the way; it
    // happens only when the admin turned this on for a server on a trusted network.
    bool allowLoginWithoutTls = false;
};

// Sends one notification by email over SMTP (RFC 5321), with STARTTLS or TLS and AUTH PLAIN.
// TLS errors are never ignored; nothing the server sent before TLS is read after it; a reply
// line longer than kMaxReplyLine ends the send. Reports its end exactly once through finished():
// the server's answer when it took the message, or why it did not.
class SmtpNotifier : public QObject
{
    Q_OBJECT
public:
    // RFC 5321 allows 512 octets per reply line; a few servers send longer EHLO lines.
    static constexpr qsizetype kMaxReplyLine = 4096;
    // A multi-line reply (EHLO's extensions) is a few hundred bytes in practice.
    static constexpr qsizetype kMaxReply = 64 * 1024;

    explicit SmtpNotifier(QObject *parent = nullptr);
    ~SmtpNotifier() override;

    // Extra trust for a server with a certificate of its own (tests, a district's own CA).
    void setSslConfiguration(const QSslConfiguration &configuration);
    void send(const SmtpSettings &settings, const QString &password, const Notification &n);

    // The message as sent after DATA (headers and body, CRLF line ends, dots stuffed).
    static QByteArray message(const SmtpSettings &settings, const Notification &n,
                              const QDateTime &date);

Q_SIGNALS:
    void finished(bool ok, const QString &error);

private:
    enum class Stage {
        Greeting,
        Ehlo,
        StartTls,
        EhloSecure,
        Auth,
        MailFrom,
        RcptTo,
        Data,
        Body,
        Quit
    };
    void onReadyRead();
    void handle(int code, const QByteArray &text);
    void sendLine(const QByteArray &line);
    void ehlo();
    void afterEhlo();
    void tooLong();
    static bool isPlainAddress(const QString &address);
    void fail(const QString &error);
    void done(const QString &answer);

    QSslSocket *m_socket = nullptr;
    QTimer *m_timer = nullptr;
    QSslConfiguration m_ssl;
    bool m_haveSsl = false;
    SmtpSettings m_settings;
    QString m_password;
    QByteArray m_message;
    Stage m_stage = Stage::Greeting;
    int m_recipient = 0;
    QByteArray m_buffer;
    QByteArray m_multiline;
    bool m_finished = true;
};

} // namespace rb
