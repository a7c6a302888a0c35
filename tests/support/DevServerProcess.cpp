#include "DevServerProcess.h"

#include "ScreenshotSetup.h"
#include "TestSupport.h"

#include <QDir>
#include <QEventLoop>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSslCertificate>
#include <QSslConfiguration>
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

bool DevServerProcess::makeCertificate(QString *error)
{
    m_tlsDir = std::make_unique<QTemporaryDir>();
    const QDir dir(m_tlsDir->path());
    const QString openssl = QStringLiteral("openssl");
    const auto step = [&](const QStringList &arguments) {
        const ProcessResult r = run(openssl, arguments, 60000);
        if (r.exitCode != 0)
            *error = QStringLiteral("openssl %1: %2")
                         .arg(arguments.constFirst(), QString::fromUtf8(r.err));
        return r.exitCode == 0;
    };
    writeFile(dir.filePath(QStringLiteral("server.ext")),
              "subjectAltName=DNS:" + m_hostName.toUtf8() +
                  "\nextendedKeyUsage=serverAuth\nbasicConstraints=CA:FALSE\n");
    return step({QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                 QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-days"),
                 QStringLiteral("2"), QStringLiteral("-subj"),
                 QStringLiteral("/O=Cedar Valley Schools/CN=Cedar Valley Schools CA"),
                 QStringLiteral("-keyout"), dir.filePath(QStringLiteral("ca.key")),
                 QStringLiteral("-out"), dir.filePath(QStringLiteral("ca.pem"))}) &&
           step({QStringLiteral("req"), QStringLiteral("-newkey"), QStringLiteral("rsa:2048"),
                 QStringLiteral("-nodes"), QStringLiteral("-subj"), u"/CN=" + m_hostName,
                 QStringLiteral("-keyout"), dir.filePath(QStringLiteral("server.key")),
                 QStringLiteral("-out"), dir.filePath(QStringLiteral("server.csr"))}) &&
           step({QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"),
                 dir.filePath(QStringLiteral("server.csr")), QStringLiteral("-CA"),
                 dir.filePath(QStringLiteral("ca.pem")), QStringLiteral("-CAkey"),
                 dir.filePath(QStringLiteral("ca.key")), QStringLiteral("-CAcreateserial"),
                 QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-extfile"),
                 dir.filePath(QStringLiteral("server.ext")), QStringLiteral("-out"),
                 dir.filePath(QStringLiteral("server.pem"))});
}

bool DevServerProcess::start(const QStringList &arguments)
{
    QStringList options{QStringLiteral("--port"), QStringLiteral("0")};
    if (!m_hostName.isEmpty()) {
        const QHostAddress address = resolvedAddress(m_hostName);
        if (address.isNull()) {
            m_setUpError = m_hostName + QStringLiteral(" does not resolve");
            return false;
        }
        if (!makeCertificate(&m_setUpError))
            return false;
        const QDir dir(m_tlsDir->path());
        options = {QStringLiteral("--host"),        address.toString(),
                   QStringLiteral("--port"),        QStringLiteral("443"),
                   QStringLiteral("--public-host"), m_hostName,
                   QStringLiteral("--tls-cert"),    dir.filePath(QStringLiteral("server.pem")),
                   QStringLiteral("--tls-key"),     dir.filePath(QStringLiteral("server.key"))};
        // Trusted from now on by every connection of this process that does not say otherwise.
        QSslConfiguration trusted = QSslConfiguration::defaultConfiguration();
        trusted.addCaCertificates(
            QSslCertificate::fromPath(dir.filePath(QStringLiteral("ca.pem"))));
        QSslConfiguration::setDefaultConfiguration(trusted);
    }
    m_process.setProcessChannelMode(QProcess::SeparateChannels);
    m_process.start(devServerBinary(), arguments + options);
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
    return m_setUpError +
           QString::fromUtf8(const_cast<QProcess &>(m_process).readAllStandardError());
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
