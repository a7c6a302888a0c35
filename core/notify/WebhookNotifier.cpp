#include "WebhookNotifier.h"

#include <QJsonDocument>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>

namespace rb {

Q_LOGGING_CATEGORY(lcWebhook, "rosterbridge.notify.webhook")

WebhookNotifier::WebhookNotifier(QObject *parent)
    : QObject(parent)
    , m_network(new QNetworkAccessManager(this))
{
}

void WebhookNotifier::send(const QUrl &url, const Notification &notification, int timeoutMs)
{
    if (!url.isValid() || (url.scheme() != u"https" && url.scheme() != u"http")) {
        // Queued so that the caller sees the end after send() returns, like every other end.
        QMetaObject::invokeMethod(
            this,
            [this, shown = url.toDisplayString()] {
                Q_EMIT finished(false,
                                tr("the webhook address \"%1\" is not an http(s) URL").arg(shown));
            },
            Qt::QueuedConnection);
        return;
    }
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setTransferTimeout(timeoutMs);
    QJsonObject body = notification.toJson();
    body.insert(QStringLiteral("text"), notification.text());
    QNetworkReply *reply =
        m_network->post(request, QJsonDocument(body).toJson(QJsonDocument::Compact));
    connect(reply, &QNetworkReply::finished, this, [this, reply] {
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (reply->error() == QNetworkReply::NoError && status >= 200 && status < 300) {
            Q_EMIT finished(true, {});
            return;
        }
        const QString why = status > 0 ? tr("HTTP %1").arg(status) : reply->errorString();
        qCWarning(lcWebhook) << "webhook failed:" << why;
        Q_EMIT finished(
            false,
            tr("the webhook %1 answered %2")
                .arg(reply->url().toDisplayString(QUrl::RemoveUserInfo | QUrl::RemoveQuery), why));
    });
}

} // namespace rb
