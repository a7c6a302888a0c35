#include "DevServerProcess.h"

#include "TestSupport.h"

#include <QEventLoop>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>

namespace rb::test {

namespace {
// Test-side HTTP call with a deadline; tests may wait, the product never does.
QByteArray call(const QByteArray &verb, const QUrl &url, const QByteArray &body, int *status)
{
    QNetworkAccessManager nam;
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    QNetworkReply *reply = nam.sendCustomRequest(request, verb, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(10000, &loop, &QEventLoop::quit);
    loop.exec();
    *status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray data = reply->readAll();
    reply->deleteLater();
    return data;
}
} // namespace

DevServerProcess::~DevServerProcess()
{
    stop();
}

bool DevServerProcess::start(const QStringList &arguments)
{
    m_process.setProcessChannelMode(QProcess::SeparateChannels);
    m_process.start(devServerBinary(),
                    arguments + QStringList{QStringLiteral("--port"), QStringLiteral("0")});
    if (!m_process.waitForStarted(10000))
        return false;
    // The server prints one JSON line once it listens.
    QByteArray line;
    for (int i = 0; i < 200 && !line.contains('\n'); ++i) {
        if (!m_process.waitForReadyRead(100) && m_process.state() != QProcess::Running)
            return false;
        line += m_process.readAllStandardOutput();
    }
    const QJsonObject ready = QJsonDocument::fromJson(line.left(line.indexOf('\n'))).object();
    m_port = ready.value(QStringLiteral("port")).toInt();
    m_baseUrl = QUrl(ready.value(QStringLiteral("baseUrl")).toString());
    return m_port > 0 && m_baseUrl.isValid();
}

void DevServerProcess::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.terminate();
    if (!m_process.waitForFinished(5000)) {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
}

QString DevServerProcess::errorOutput() const
{
    return QString::fromUtf8(const_cast<QProcess &>(m_process).readAllStandardError());
}

bool DevServerProcess::setFaults(const QJsonObject &faults)
{
    QUrl url = m_baseUrl;
    url.setPath(QStringLiteral("/__admin/faults"));
    int status = 0;
    call(QByteArrayLiteral("POST"), url, QJsonDocument(faults).toJson(QJsonDocument::Compact),
         &status);
    return status == 200;
}

QJsonArray DevServerProcess::log()
{
    QUrl url = m_baseUrl;
    url.setPath(QStringLiteral("/__admin/log"));
    int status = 0;
    return QJsonDocument::fromJson(call(QByteArrayLiteral("GET"), url, {}, &status)).array();
}

} // namespace rb::test
