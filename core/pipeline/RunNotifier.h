#pragma once

#include "RunRequest.h"
#include "RunResult.h"
#include "notify/Notification.h"

#include <QDateTime>
#include <QObject>

class QUrl;

namespace rb {

// Tells the admin about a run that failed or was held: a signal for the tray, and the email
// and webhook the profile asks for. A delivered run calls the profile's success ping, so that
// a monitor outside this computer notices when deliveries stop. Other outcomes send nothing.
// Alerts that are not about one run (no delivery for days, a test) go the same way.
class RunNotifier : public QObject
{
    Q_OBJECT
public:
    enum class Channel { Email, Webhook, SuccessPing };
    Q_ENUM(Channel)
    static QString channelName(Channel channel);

    explicit RunNotifier(QObject *parent = nullptr);

    // False when the result needs no notification.
    static bool needsNotification(const RunResult &result);
    static Notification notificationFor(const RunResult &result);
    // No delivery for days school days; lastDelivery is invalid when the profile never delivered.
    static Notification staleNotification(const Profile &profile, int days,
                                          const QDateTime &lastDelivery);
    // What "Send test" sends: says which profile it is for and that nothing is wrong.
    static Notification testNotification(const Profile &profile);
    // The notification with the run's secrets and the webhook's path token masked.
    static Notification redacted(Notification n, const Profile &profile, const RunSecrets &secrets);
    // The channels the profile sends alerts to (email with an address, a webhook).
    static QList<Channel> channels(const Profile &profile);

    // Raises the notification and starts the email and webhook, or the success ping; idle()
    // follows when every one of them has ended (at once when there is nothing to send).
    void notify(const Profile &profile, const RunSecrets &secrets, const RunResult &result);
    // Raises n and sends it through every channel of the profile.
    void alert(const Profile &profile, const RunSecrets &secrets, const Notification &n);
    // Sends n through every channel without raising it; channelFinished() tells each answer.
    void send(const Profile &profile, const RunSecrets &secrets, const Notification &n);
    bool isIdle() const { return m_pending == 0; }

Q_SIGNALS:
    void raised(const rb::Notification &notification);
    // One channel's end: the server's answer, or why it was not sent. The run's outcome stands.
    void channelFinished(const QString &profileId, rb::RunNotifier::Channel channel, bool ok,
                         const QString &answer);
    void idle();

private:
    void ping(const QString &profileId, const QUrl &url);
    // Counts a sender until its finished() arrives.
    template<typename Sender>
    Sender *track(const QString &profileId, Channel channel);
    void sent(const QString &profileId, Channel channel, bool ok, const QString &answer);
    void idleIfDone();

    int m_pending = 0;
};

} // namespace rb
