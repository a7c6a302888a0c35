#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QStringList>
#include <QUrl>

namespace rb::test {

// Runs rb-devserver on a free loopback port for the length of a test, and drives its fault
// switches through the admin endpoint.
class DevServerProcess
{
public:
    ~DevServerProcess();

    // Starts the server with these arguments (--port 0 is added); false if it does not come up.
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
    QProcess m_process;
    QUrl m_baseUrl;
    int m_port = 0;
};

} // namespace rb::test
