#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QStringList>
#include <QTemporaryDir>
#include <QUrl>

#include <memory>

namespace rb::test {

// Runs rb-devserver on a free loopback port for the length of a test, and drives its fault
// switches through the admin endpoint. With a host name it serves https as that name instead:
// on port 443 of the address the name resolves to (the screenshots' SIS, see ScreenshotSetup.h),
// with a certificate for the name from a certificate authority made for the test, which this
// process then trusts the way a district's computers trust their SIS's.
class DevServerProcess
{
public:
    ~DevServerProcess();

    // Before start(): the name to serve https as.
    void setHostName(const QString &name) { m_hostName = name; }
    // Starts the server with these arguments (--port 0 is added, or the TLS and address options
    // of the host name); false if it does not come up.
    bool start(const QStringList &arguments);
    void stop();

    QUrl baseUrl() const { return m_baseUrl; }
    int port() const { return m_port; }
    QString errorOutput() const;

    // Replaces the server's fault switches; false when the server refused them.
    bool setFaults(const QJsonObject &faults);
    // The server's recent requests: method, path, headers, status.
    QJsonArray log();

private:
    bool makeCertificate(QString *error);

    QString m_hostName;
    std::unique_ptr<QTemporaryDir> m_tlsDir;
    QString m_setUpError;
    QProcess m_process;
    QUrl m_baseUrl;
    int m_port = 0;
};

} // namespace rb::test
