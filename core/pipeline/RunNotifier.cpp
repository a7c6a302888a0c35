#include "RunNotifier.h"

#include "common/Redactor.h"
#include "log/LogRedactor.h"
#include "notify/SmtpNotifier.h"
#include "notify/WebhookNotifier.h"

#include <QLocale>
#include <QLoggingCategory>
#include <QUrl>

namespace rb {

Q_LOGGING_CATEGORY(lcRunNotify, "rosterbridge.pipeline.notify", QtInfoMsg)

RunNotifier::RunNotifier(QObject *parent)
    : QObject(parent)
{
}

bool RunNotifier::needsNotification(const RunResult &result)
{
    return result.status == RunStatus::Failed || result.status == RunStatus::Held;
}

Notification RunNotifier::notificationFor(const RunResult &result)
{
    Notification n;
    n.profileName = result.profileName;
    n.status = runStatusName(result.status);
    const bool blocked = !result.blockedPackage.isEmpty();
    n.title = result.status == RunStatus::Held ? tr("%1: held for review").arg(result.profileName)
              : blocked ? tr("%1: blocked by Apple's rules").arg(result.profileName)
                        : tr("%1: the sync failed").arg(result.profileName);
    n.lines.append(result.message);
    for (const QString &line : result.details) {
        if (n.lines.size() >= 11)
            break;
        n.lines.append(line);
    }
    n.runId = QString::number(result.runId);
    n.action = result.status == RunStatus::Held
                   ? tr("To review it: open RosterBridge and choose \"Review package…\" "
                        "(or the tray icon's Review item). Nothing was sent to Apple School "
                        "Manager.")
               : blocked ? tr("To see every problem: open RosterBridge and choose \"Review "
                              "package…\". Nothing was sent to Apple School Manager.")
                         : tr("Details: in RosterBridge, History, run %1; or "
                              "\"rosterbridge history --run %1\".")
                               .arg(result.runId);
    return n;
}

Notification RunNotifier::staleNotification(const Profile &profile, int days,
                                            const QDateTime &lastDelivery)
{
    Notification n;
    n.profileName = profile.name;
    n.status = QStringLiteral("stale");
    n.title = tr("%1: no delivery to Apple School Manager for %n school day(s)", nullptr, days)
                  .arg(profile.name);
    n.lines.append(lastDelivery.isValid() ? tr("The last delivery was on %1.")
                                                .arg(QLocale().toString(lastDelivery.toLocalTime(),
                                                                        QLocale::LongFormat))
                                          : tr("This profile has not delivered yet."));
    n.action = tr("Open RosterBridge and look at the profile's history: runs may be failing, "
                  "held for review, or not running at all.");
    return n;
}

Notification RunNotifier::testNotification(const Profile &profile)
{
    Notification n;
    n.profileName = profile.name;
    n.status = QStringLiteral("test");
    n.title = tr("%1: test message from RosterBridge").arg(profile.name);
    n.lines.append(tr("Nothing is wrong. Alerts for this profile (a failed or held sync, no "
                      "delivery for days) will arrive the same way."));
    return n;
}

QString RunNotifier::channelName(Channel channel)
{
    switch (channel) {
    case Channel::Email:
        return tr("Email");
    case Channel::Webhook:
        return tr("Webhook");
    case Channel::SuccessPing:
        return tr("Success ping");
    }
    return {};
}

Notification RunNotifier::redacted(Notification n, const Profile &profile,
                                   const RunSecrets &secrets)
{
    // The same masking as the history's: a reason may quote a server's answer or a setting.
    Redactor redactor;
    for (const QString &secret : secrets.all())
        redactor.addSecret(secret.toUtf8());
    // A webhook's path is its credential (Slack, Teams and the like).
    const QString hookPath = QUrl(profile.notifications.webhookUrl).path();
    if (hookPath.size() > 1) {
        redactor.addSecret(hookPath.toUtf8());
        LogRedactor::addSecret(hookPath);
    }
    auto clean = [&](const QString &text) {
        return redactor.redactText(LogRedactor::redact(text));
    };
    n.title = clean(n.title);
    n.action = clean(n.action);
    for (QString &line : n.lines)
        line = clean(line);
    return n;
}

QList<RunNotifier::Channel> RunNotifier::channels(const Profile &profile)
{
    QList<Channel> list;
    const EmailNotification &email = profile.notifications.email;
    if (email.enabled && !email.to.isEmpty())
        list.append(Channel::Email);
    if (!profile.notifications.webhookUrl.isEmpty())
        list.append(Channel::Webhook);
    return list;
}

void RunNotifier::notify(const Profile &profile, const RunSecrets &secrets, const RunResult &result)
{
    if (result.status == RunStatus::Success && !profile.notifications.successPingUrl.isEmpty())
        ping(result.profileId, QUrl(profile.notifications.successPingUrl));
    if (!needsNotification(result)) {
        idleIfDone();
        return;
    }
    alert(profile, secrets, notificationFor(result));
}

void RunNotifier::alert(const Profile &profile, const RunSecrets &secrets, const Notification &n)
{
    Q_EMIT raised(redacted(n, profile, secrets));
    send(profile, secrets, n);
}

void RunNotifier::send(const Profile &profile, const RunSecrets &secrets,
                       const Notification &notification)
{
    const Notification n = redacted(notification, profile, secrets);
    const QString id = profile.id.toString(QUuid::WithoutBraces);
    for (Channel channel : channels(profile)) {
        if (channel == Channel::Email) {
            const EmailNotification &email = profile.notifications.email;
            SmtpSettings smtp;
            smtp.host = email.smtpHost;
            smtp.port = email.smtpPort;
            // Port 465 is implicit TLS; anything else starts in the clear and upgrades.
            smtp.security = email.startTls
                                ? (email.smtpPort == 465 ? SmtpSettings::Security::Tls
                                                         : SmtpSettings::Security::StartTls)
                                : SmtpSettings::Security::None;
            smtp.username = email.username;
            smtp.allowLoginWithoutTls = email.allowLoginWithoutTls;
            smtp.from = email.from;
            smtp.to = email.to;
            track<SmtpNotifier>(id, channel)
                ->send(smtp, secrets.value(SecretName::SmtpPassword), n);
        } else {
            track<WebhookNotifier>(id, channel)->send(QUrl(profile.notifications.webhookUrl), n);
        }
    }
    idleIfDone();
}

void RunNotifier::ping(const QString &profileId, const QUrl &url)
{
    // Services put the check's own token in the path.
    if (url.path().size() > 1)
        LogRedactor::addSecret(url.path());
    track<WebhookNotifier>(profileId, Channel::SuccessPing)->ping(url);
}

template<typename Sender>
Sender *RunNotifier::track(const QString &profileId, Channel channel)
{
    auto *sender = new Sender(this);
    ++m_pending;
    connect(sender, &Sender::finished, this,
            [this, sender, profileId, channel](bool ok, const QString &answer) {
                sender->deleteLater();
                sent(profileId, channel, ok, answer);
            });
    return sender;
}

void RunNotifier::sent(const QString &profileId, Channel channel, bool ok, const QString &answer)
{
    --m_pending;
    if (!ok)
        qCWarning(lcRunNotify) << "a notification for" << profileId << "was not sent:" << answer;
    Q_EMIT channelFinished(profileId, channel, ok, answer);
    idleIfDone();
}

void RunNotifier::idleIfDone()
{
    if (m_pending == 0)
        Q_EMIT idle();
}

} // namespace rb
