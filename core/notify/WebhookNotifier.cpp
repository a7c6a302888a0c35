#include "WebhookNotifier.h"

#include "common/Redactor.h"

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
            [this, shown = shownUrl(url)] {
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
            Q_EMIT finished(
                true,
                tr("the webhook %1 answered HTTP %2").arg(shownUrl(reply->url())).arg(status));
            return;
        }
        QString why = status > 0 ? tr("HTTP %1").arg(status) : reply->errorString();
        // Qt's error text quotes the whole URL, path token included.
        if (const QString path = reply->url().path(); path.size() > 1)
            why.replace(path, u'/' + QString::fromLatin1(Redactor::kMask));
        qCWarning(lcWebhook) << "webhook failed:" << why;
        Q_EMIT finished(false, tr("the webhook %1 answered %2").arg(shownUrl(reply->url()), why));
    });
}

QString WebhookNotifier::shownUrl(const QUrl &url)
{
    const QUrl base = url.adjusted(QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemovePath |
                                   QUrl::RemoveFragment);
    const bool hasPath = url.path().size() > 1;
    return base.toDisplayString() +
           (hasPath ? u'/' + QString::fromLatin1(Redactor::kMask) : QString());
}

} // namespace rb
