#pragma once

#include "Notification.h"

#include <QCoreApplication>
#include <QObject>
#include <QUrl>

class QNetworkAccessManager;
class QNetworkReply;

namespace rb {

// Posts a notification as JSON to a webhook URL (chat systems and ticketing tools accept this).
// Reports its end exactly once through finished(): the status the endpoint answered, or why
// it could not be reached.
class WebhookNotifier : public QObject
{
    Q_OBJECT
public:
    explicit WebhookNotifier(QObject *parent = nullptr);

    void send(const QUrl &url, const Notification &notification, int timeoutMs = 15000);
    // A plain GET, as monitoring services (healthchecks.io, Cronitor, Uptime Kuma's push
    // monitors) take a "still alive" signal; they alert when it stops coming.
    void ping(const QUrl &url, int timeoutMs = 15000);
    // The address as shown in messages and logs: scheme, host and port; the path (often the
    // webhook's secret token), user info and query are masked or dropped.
    static QString shownUrl(const QUrl &url);

Q_SIGNALS:
    void finished(bool ok, const QString &error);

private:
    // what: "the webhook https://host", for the messages.
    void watch(QNetworkReply *reply, const QString &what);

    QNetworkAccessManager *m_network;
};

} // namespace rb
