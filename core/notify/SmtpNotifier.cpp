#include "SmtpNotifier.h"

#include <QDateTime>
#include <QLocale>
#include <QLoggingCategory>
#include <QSslSocket>
#include <QTimer>

namespace rb {

Q_LOGGING_CATEGORY(lcSmtp, "rosterbridge.notify.smtp")

SmtpNotifier::SmtpNotifier(QObject *parent)
    : QObject(parent)
{
}

SmtpNotifier::~SmtpNotifier() = default;

void SmtpNotifier::setSslConfiguration(const QSslConfiguration &configuration)
{
    m_ssl = configuration;
    m_haveSsl = true;
}

QByteArray SmtpNotifier::message(const SmtpSettings &settings, const Notification &n,
                                 const QDateTime &date)
{
    // RFC 5322 date in English whatever the user's language.
    const QString when = QLocale::c().toString(date, QStringLiteral("ddd, dd MMM yyyy hh:mm:ss")) +
                         QStringLiteral(" +0000");
    QByteArray body = n.text().toUtf8();
    // Every line end becomes CRLF: a bare CR or LF is read differently by different servers,
    // and "\n.\n" would end DATA early on some of them (SMTP smuggling).
    body.replace("\r\n", "\n").replace('\r', '\n').replace('\n', "\r\n");
    // A line that starts with a dot would end DATA early: double it (RFC 5321 4.5.2).
    if (body.startsWith('.'))
        body.prepend('.');
    body.replace("\r\n.", "\r\n..");
    QByteArray out;
    out += "Date: " + when.toLatin1() + "\r\n";
    out += "From: " + settings.from.toUtf8() + "\r\n";
    out += "To: " + settings.to.join(QStringLiteral(", ")).toUtf8() + "\r\n";
    out += "Subject: =?UTF-8?B?" + n.title.toUtf8().toBase64() + "?=\r\n";
    out += "MIME-Version: 1.0\r\n";
    out += "Content-Type: text/plain; charset=utf-8\r\n";
    out += "Content-Transfer-Encoding: 8bit\r\n";
    out += "X-Mailer: RosterBridge\r\n\r\n";
    out += body;
    if (!out.endsWith("\r\n"))
        out += "\r\n";
    return out;
}

void SmtpNotifier::send(const SmtpSettings &settings, const QString &password,
                        const Notification &n)
{
    m_settings = settings;
    m_password = password;
    m_message = message(settings, n, QDateTime::currentDateTimeUtc());
    m_stage = Stage::Greeting;
    m_recipient = 0;
    m_buffer.clear();
    m_multiline.clear();
    m_finished = false;
    delete m_socket;
    m_socket = new QSslSocket(this);
    if (m_haveSsl)
        m_socket->setSslConfiguration(m_ssl);
    m_timer = new QTimer(m_socket);
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, [this] {
        fail(tr("the mail server %1 did not answer within %2 s")
                 .arg(m_settings.host)
                 .arg(m_settings.timeoutMs / 1000));
    });
    connect(m_socket, &QSslSocket::readyRead, this, &SmtpNotifier::onReadyRead);
    connect(m_socket, &QSslSocket::sslErrors, this, [this](const QList<QSslError> &errors) {
        QStringList texts;
        for (const QSslError &e : errors)
            texts.append(e.errorString());
        fail(tr("the secure connection to the mail server failed: %1")
                 .arg(texts.join(QStringLiteral("; "))));
    });
    connect(m_socket, &QAbstractSocket::errorOccurred, this, [this](QAbstractSocket::SocketError) {
        if (m_stage != Stage::Quit)
            fail(tr("the mail server %1:%2: %3")
                     .arg(m_settings.host)
                     .arg(m_settings.port)
                     .arg(m_socket->errorString()));
    });
    connect(m_socket, &QSslSocket::encrypted, this, [this] {
        if (m_stage == Stage::StartTls)
            ehlo();
    });
    QString invalid;
    if (settings.to.isEmpty() || settings.from.isEmpty() || settings.host.isEmpty())
        invalid = tr("the email settings need a server, a sender and a recipient");
    for (const QString &address : QStringList{settings.from} + settings.to) {
        if (invalid.isEmpty() && !isPlainAddress(address))
            invalid = tr("the email address \"%1\" is not valid").arg(address.simplified());
    }
    if (!invalid.isEmpty()) {
        QMetaObject::invokeMethod(
            this, [this, invalid] { fail(invalid); }, Qt::QueuedConnection);
        return;
    }
    // Bounds what an endless reply can make us hold; the line check below reports it.
    m_socket->setReadBufferSize(kMaxReplyLine);
    m_timer->start(settings.timeoutMs);
    if (settings.security == SmtpSettings::Security::Tls)
        m_socket->connectToHostEncrypted(settings.host, quint16(settings.port));
    else
        m_socket->connectToHost(settings.host, quint16(settings.port));
}

void SmtpNotifier::onReadyRead()
{
    if (m_finished)
        return;
    m_buffer += m_socket->readAll();
    qsizetype end;
    while ((end = m_buffer.indexOf("\r\n")) >= 0) {
        const QByteArray line = m_buffer.left(end);
        m_buffer.remove(0, end + 2);
        if (line.size() < 3) {
            fail(tr("the mail server sent a malformed answer"));
            return;
        }
        if (line.size() > kMaxReplyLine) {
            tooLong();
            return;
        }
        // "250-..." continues a multi-line answer; "250 ..." ends it.
        if (line.size() > 3 && line.at(3) == '-') {
            m_multiline += line.mid(4) + '\n';
            if (m_multiline.size() > kMaxReply) {
                tooLong();
                return;
            }
            continue;
        }
        const QByteArray text = m_multiline + line.mid(4);
        m_multiline.clear();
        m_timer->start(m_settings.timeoutMs);
        handle(line.left(3).toInt(), text);
        if (m_finished)
            return;
    }
    if (m_buffer.size() > kMaxReplyLine)
        tooLong();
}

void SmtpNotifier::tooLong()
{
    fail(tr("the mail server %1 sent an answer line longer than %2 bytes")
             .arg(m_settings.host)
             .arg(kMaxReplyLine));
}

bool SmtpNotifier::isPlainAddress(const QString &address)
{
    // CR, LF or angle brackets would let an address add SMTP commands or headers of its own.
    for (const QChar c : address) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7f || c == u'<' || c == u'>')
            return false;
    }
    return address.contains(u'@');
}

void SmtpNotifier::sendLine(const QByteArray &line)
{
    m_socket->write(line + "\r\n");
}

void SmtpNotifier::ehlo()
{
    m_stage = m_stage == Stage::StartTls ? Stage::EhloSecure : Stage::Ehlo;
    sendLine("EHLO rosterbridge.local");
}

void SmtpNotifier::afterEhlo()
{
    if (!m_settings.username.isEmpty()) {
        if (!m_socket->isEncrypted() && !m_settings.allowLoginWithoutTls) {
            fail(tr("the connection to the mail server %1 is not encrypted, so the password is "
                    "not sent; use STARTTLS or TLS, or allow a login without TLS in the email "
                    "settings")
                     .arg(m_settings.host));
            return;
        }
        m_stage = Stage::Auth;
        const QByteArray plain = '\0' + m_settings.username.toUtf8() + '\0' + m_password.toUtf8();
        sendLine("AUTH PLAIN " + plain.toBase64());
        return;
    }
    m_stage = Stage::MailFrom;
    sendLine("MAIL FROM:<" + m_settings.from.toUtf8() + '>');
}

void SmtpNotifier::handle(int code, const QByteArray &text)
{
    auto expect = [&](int wanted, const QString &what) {
        if (code == wanted)
            return true;
        fail(tr("the mail server refused %1: %2 %3")
                 .arg(what)
                 .arg(code)
                 .arg(QString::fromUtf8(text).trimmed()));
        return false;
    };
    switch (m_stage) {
    case Stage::Greeting:
        if (expect(220, tr("the connection")))
            ehlo();
        return;
    case Stage::Ehlo:
        if (!expect(250, tr("EHLO")))
            return;
        if (m_settings.security == SmtpSettings::Security::StartTls) {
            if (!text.toUpper().contains("STARTTLS")) {
                fail(tr("the mail server does not offer STARTTLS; the password would travel "
                        "unencrypted"));
                return;
            }
            m_stage = Stage::StartTls;
            sendLine("STARTTLS");
            return;
        }
        afterEhlo();
        return;
    case Stage::StartTls:
        if (!expect(220, tr("STARTTLS")))
            return;
        // Whatever came in the clear after the 220 was not protected by TLS and could have
        // been put there by anyone on the way: it is dropped, never read as an answer.
        m_buffer.clear();
        m_multiline.clear();
        m_socket->startClientEncryption();
        return;
    case Stage::EhloSecure:
        if (expect(250, tr("EHLO")))
            afterEhlo();
        return;
    case Stage::Auth:
        if (!expect(235, tr("the login")))
            return;
        m_stage = Stage::MailFrom;
        sendLine("MAIL FROM:<" + m_settings.from.toUtf8() + '>');
        return;
    case Stage::MailFrom:
        if (!expect(250, tr("the sender")))
            return;
        m_stage = Stage::RcptTo;
        sendLine("RCPT TO:<" + m_settings.to.at(0).toUtf8() + '>');
        return;
    case Stage::RcptTo:
        if (code != 250 && code != 251) {
            expect(250, tr("the recipient %1").arg(m_settings.to.at(m_recipient)));
            return;
        }
        if (++m_recipient < m_settings.to.size()) {
            sendLine("RCPT TO:<" + m_settings.to.at(m_recipient).toUtf8() + '>');
            return;
        }
        m_stage = Stage::Data;
        sendLine("DATA");
        return;
    case Stage::Data:
        if (!expect(354, tr("DATA")))
            return;
        m_stage = Stage::Body;
        m_socket->write(m_message + ".\r\n");
        return;
    case Stage::Body:
        if (!expect(250, tr("the message")))
            return;
        m_stage = Stage::Quit;
        sendLine("QUIT");
        // The server's own words, with the queue id an admin can look for in its log.
        done(tr("the mail server %1:%2 accepted the message: %3 %4")
                 .arg(m_settings.host)
                 .arg(m_settings.port)
                 .arg(code)
                 .arg(QString::fromUtf8(text).trimmed()));
        return;
    case Stage::Quit:
        return;
    }
}

void SmtpNotifier::fail(const QString &error)
{
    if (m_finished)
        return;
    m_finished = true;
    m_password.clear();
    qCWarning(lcSmtp).noquote() << error;
    if (m_timer)
        m_timer->stop();
    m_socket->abort();
    Q_EMIT finished(false, error);
}

void SmtpNotifier::done(const QString &answer)
{
    if (m_finished)
        return;
    m_finished = true;
    m_password.clear();
    m_timer->stop();
    m_socket->disconnectFromHost();
    Q_EMIT finished(true, answer);
}

} // namespace rb
