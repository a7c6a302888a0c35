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
    watch(m_network->post(request, QJsonDocument(body).toJson(QJsonDocument::Compact)),
          tr("the webhook %1").arg(shownUrl(url)));
}

void WebhookNotifier::ping(const QUrl &url, int timeoutMs)
{
    if (!url.isValid() || (url.scheme() != u"https" && url.scheme() != u"http")) {
        QMetaObject::invokeMethod(
            this,
            [this, shown = shownUrl(url)] {
                Q_EMIT finished(
                    false, tr("the success ping address \"%1\" is not an http(s) URL").arg(shown));
            },
            Qt::QueuedConnection);
        return;
    }
    QNetworkRequest request(url);
    request.setTransferTimeout(timeoutMs);
    watch(m_network->get(request), tr("the success ping %1").arg(shownUrl(url)));
}

void WebhookNotifier::watch(QNetworkReply *reply, const QString &what)
{
    connect(reply, &QNetworkReply::finished, this, [this, reply, what] {
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (reply->error() == QNetworkReply::NoError && status >= 200 && status < 300) {
            Q_EMIT finished(true, tr("%1 answered HTTP %2").arg(what).arg(status));
            return;
        }
        QString why = status > 0 ? tr("HTTP %1").arg(status) : reply->errorString();
        // Qt's error text quotes the whole URL, path token included.
        if (const QString path = reply->url().path(); path.size() > 1)
            why.replace(path, u'/' + QString::fromLatin1(Redactor::kMask));
        qCWarning(lcWebhook).noquote() << what << "failed:" << why;
        Q_EMIT finished(false, tr("%1 answered %2").arg(what, why));
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
