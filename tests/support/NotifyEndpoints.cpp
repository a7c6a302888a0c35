#include "NotifyEndpoints.h"

#include "TestSupport.h"

#include "store/Profile.h"

#include <QSslCertificate>
#include <QSslKey>
#include <QSslSocket>

namespace rb::test {

void TestSmtpServer::incomingConnection(qintptr fd)
{
    auto *s = new QSslSocket(this);
    s->setSocketDescriptor(fd);
    s->setSslConfiguration(tls);
    auto *inData = new bool(false);
    auto *buffer = new QByteArray;
    connect(s, &QObject::destroyed, s, [inData, buffer] {
        delete inData;
        delete buffer;
    });
    s->write(greeting);
    connect(s, &QSslSocket::readyRead, this, [this, s, inData, buffer] {
        *buffer += s->readAll();
        qsizetype end;
        while ((end = buffer->indexOf("\r\n")) >= 0) {
            const QByteArray line = buffer->left(end);
            buffer->remove(0, end + 2);
            if (*inData) {
                if (line == ".") {
                    *inData = false;
                    s->write("250 queued\r\n");
                } else {
                    data += line + "\r\n";
                }
                continue;
            }
            if (line.startsWith("EHLO")) {
                s->write(offerStartTls && !s->isEncrypted()
                             ? "250-test\r\n250-STARTTLS\r\n250 AUTH PLAIN\r\n"
                             : "250-test\r\n250 AUTH PLAIN\r\n");
            } else if (line == "STARTTLS") {
                s->write("220 go ahead\r\n" + injectAfterStartTls);
                s->flush();
                s->startServerEncryption();
            } else if (line.startsWith("AUTH PLAIN ")) {
                authPlain = QByteArray::fromBase64(line.mid(11));
                s->write(authPlain.endsWith(QByteArray('\0' + password))
                             ? "235 ok\r\n"
                             : "535 bad credentials\r\n");
            } else if (line.startsWith("MAIL FROM:")) {
                s->write("250 ok\r\n");
            } else if (line.startsWith("RCPT TO:")) {
                recipients.append(line.mid(8));
                s->write("250 ok\r\n");
            } else if (line == "DATA") {
                *inData = true;
                s->write("354 go\r\n");
            } else if (line == "QUIT") {
                s->write("221 bye\r\n");
                s->disconnectFromHost();
            } else {
                s->write("500 what\r\n");
            }
        }
    });
}

void TestHttpEndpoint::incomingConnection(qintptr fd)
{
    auto *s = new QTcpSocket(this);
    s->setSocketDescriptor(fd);
    connect(s, &QTcpSocket::readyRead, this, [this, s] {
        const QByteArray all = s->peek(1 << 20);
        const qsizetype head = all.indexOf("\r\n\r\n");
        if (head < 0)
            return;
        const qsizetype at = all.toLower().indexOf("content-length:");
        const qsizetype length =
            at < 0 ? 0 : all.mid(at + 15, all.indexOf("\r\n", at) - at - 15).trimmed().toLongLong();
        if (all.size() < head + 4 + length)
            return;
        ++requests;
        lastRequestLine = all.left(all.indexOf("\r\n"));
        lastBody = all.mid(head + 4, length);
        s->readAll();
        s->write("HTTP/1.1 " + QByteArray::number(status) +
                 " X\r\nContent-Length: 0\r\n"
                 "Connection: close\r\n\r\n");
        s->disconnectFromHost();
    });
}

TestTls TestTls::make(const QString &folder)
{
    const QString key = folder + QStringLiteral("/tls-key.pem");
    const QString cert = folder + QStringLiteral("/tls-cert.pem");
    const auto r =
        run(QStringLiteral("openssl"),
            {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
             QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-days"),
             QStringLiteral("2"), QStringLiteral("-subj"), QStringLiteral("/CN=127.0.0.1"),
             QStringLiteral("-addext"), QStringLiteral("subjectAltName=IP:127.0.0.1"),
             QStringLiteral("-keyout"), key, QStringLiteral("-out"), cert});
    TestTls tls;
    if (r.exitCode != 0)
        return tls;
    const QSslCertificate certificate(readFile(cert));
    tls.server = QSslConfiguration::defaultConfiguration();
    tls.server.setLocalCertificate(certificate);
    tls.server.setPrivateKey(QSslKey(readFile(key), QSsl::Rsa));
    tls.client = QSslConfiguration::defaultConfiguration();
    tls.client.addCaCertificate(certificate);
    return tls;
}

void alertTo(Profile *profile, const TestSmtpServer &smtp, const TestHttpEndpoint &hook,
             const QString &hookPath)
{
    EmailNotification &email = profile->notifications.email;
    email.enabled = true;
    email.smtpHost = QStringLiteral("127.0.0.1");
    email.smtpPort = smtp.serverPort();
    email.startTls = false;
    email.from = QStringLiteral("rosterbridge@district.example");
    email.to = {QStringLiteral("it@district.example")};
    profile->notifications.webhookUrl =
        QStringLiteral("http://127.0.0.1:%1%2").arg(hook.serverPort()).arg(hookPath);
}

} // namespace rb::test
