#pragma once

#include <QByteArray>
#include <QList>
#include <QSslConfiguration>
#include <QString>
#include <QTcpServer>

namespace rb {
struct Profile;
}

namespace rb::test {

// A minimal SMTP server speaking the part of RFC 5321 a notifier uses, with STARTTLS on a
// certificate made for the test. No mail server package can be started here for a test.
class TestSmtpServer : public QTcpServer
{
public:
    QSslConfiguration tls;
    bool offerStartTls = true;
    // Sent in the clear right after "220 go ahead", as a man in the middle would.
    QByteArray injectAfterStartTls;
    // Sent instead of the greeting: a reply with no end.
    QByteArray greeting = "220 test ESMTP\r\n";
    QByteArray password = "right";
    QByteArray authPlain; // decoded
    QByteArray data;      // what came after DATA
    QList<QByteArray> recipients;

protected:
    void incomingConnection(qintptr fd) override;
};

// Answers every HTTP request with one status and keeps the last body.
class TestHttpEndpoint : public QTcpServer
{
public:
    int status = 200;
    int requests = 0;
    QByteArray lastRequestLine;
    QByteArray lastBody;

protected:
    void incomingConnection(qintptr fd) override;
};

// A self-signed certificate and key for 127.0.0.1, made with openssl in folder; the
// configuration trusting it is what a client needs, the other what a server presents.
struct TestTls
{
    QSslConfiguration server;
    QSslConfiguration client;
    static TestTls make(const QString &folder);
};

// Points the profile's alerts at these servers: email to it@district.example through smtp
// (no TLS, no login), and the webhook at hookPath on hook.
void alertTo(Profile *profile, const TestSmtpServer &smtp, const TestHttpEndpoint &hook,
             const QString &hookPath);

} // namespace rb::test
