#pragma once

#include "RunRequest.h"
#include "RunResult.h"
#include "notify/Notification.h"

#include <QObject>

class QUrl;

namespace rb {

// Tells the admin about a run that failed or was held: a signal for the tray, and the email
// and webhook the profile asks for. A delivered run calls the profile's success ping, so that
// a monitor outside this computer notices when deliveries stop. Other outcomes send nothing.
class RunNotifier : public QObject
{
    Q_OBJECT
public:
    explicit RunNotifier(QObject *parent = nullptr);

    // False when the result needs no notification.
    static bool needsNotification(const RunResult &result);
    static Notification notificationFor(const RunResult &result);
    // The notification with the run's secrets and the webhook's path token masked.
    static Notification redacted(Notification n, const Profile &profile, const RunSecrets &secrets);

    // Raises the notification and starts the email and webhook, or the success ping; idle()
    // follows when every one of them has ended (at once when there is nothing to send).
    void notify(const Profile &profile, const RunSecrets &secrets, const RunResult &result);
    bool isIdle() const { return m_pending == 0; }

Q_SIGNALS:
    void raised(const rb::Notification &notification);
    // One email or webhook could not be sent; the run's outcome stands.
    void sendFailed(const QString &profileId, const QString &error);
    void idle();

private:
    void ping(const QString &profileId, const QUrl &url);
    void sent(const QString &profileId, bool ok, const QString &error);

    int m_pending = 0;
};

} // namespace rb
