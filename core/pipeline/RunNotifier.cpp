#include "RunNotifier.h"

#include "common/Redactor.h"
#include "log/LogRedactor.h"
#include "notify/SmtpNotifier.h"
#include "notify/WebhookNotifier.h"

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
    n.title = result.status == RunStatus::Held ? tr("%1: held for review").arg(result.profileName)
                                               : tr("%1: the sync failed").arg(result.profileName);
    n.lines.append(result.message);
    for (const QString &line : result.details) {
        if (n.lines.size() >= 11)
            break;
        n.lines.append(line);
    }
    n.runId = QString::number(result.runId);
    return n;
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
    for (QString &line : n.lines)
        line = clean(line);
    return n;
}

void RunNotifier::notify(const Profile &profile, const RunSecrets &secrets, const RunResult &result)
{
    if (result.status == RunStatus::Success && !profile.notifications.successPingUrl.isEmpty())
        ping(result.profileId, QUrl(profile.notifications.successPingUrl));
    if (!needsNotification(result)) {
        if (m_pending == 0)
            Q_EMIT idle();
        return;
    }
    const Notification n = redacted(notificationFor(result), profile, secrets);
    Q_EMIT raised(n);
    const QString id = result.profileId;
    const EmailNotification &email = profile.notifications.email;
    if (email.enabled) {
        SmtpSettings smtp;
        smtp.host = email.smtpHost;
        smtp.port = email.smtpPort;
        // Port 465 is implicit TLS; anything else starts in the clear and upgrades.
        smtp.security = email.startTls ? (email.smtpPort == 465 ? SmtpSettings::Security::Tls
                                                                : SmtpSettings::Security::StartTls)
                                       : SmtpSettings::Security::None;
        smtp.username = email.username;
        smtp.allowLoginWithoutTls = email.allowLoginWithoutTls;
        smtp.from = email.from;
        smtp.to = email.to;
        auto *mailer = new SmtpNotifier(this);
        ++m_pending;
        connect(mailer, &SmtpNotifier::finished, this,
                [this, mailer, id](bool ok, const QString &error) {
                    mailer->deleteLater();
                    sent(id, ok, error);
                });
        mailer->send(smtp, secrets.value(SecretName::SmtpPassword), n);
    }
    if (!profile.notifications.webhookUrl.isEmpty()) {
        auto *hook = new WebhookNotifier(this);
        ++m_pending;
        connect(hook, &WebhookNotifier::finished, this,
                [this, hook, id](bool ok, const QString &error) {
                    hook->deleteLater();
                    sent(id, ok, error);
                });
        hook->send(QUrl(profile.notifications.webhookUrl), n);
    }
    if (m_pending == 0)
        Q_EMIT idle();
}

void RunNotifier::ping(const QString &profileId, const QUrl &url)
{
    // Services put the check's own token in the path.
    if (url.path().size() > 1)
        LogRedactor::addSecret(url.path());
    auto *hook = new WebhookNotifier(this);
    ++m_pending;
    connect(hook, &WebhookNotifier::finished, this,
            [this, hook, profileId](bool ok, const QString &answer) {
                hook->deleteLater();
                sent(profileId, ok, answer);
            });
    hook->ping(url);
}

void RunNotifier::sent(const QString &profileId, bool ok, const QString &error)
{
    --m_pending;
    if (!ok) {
        qCWarning(lcRunNotify) << "a notification for" << profileId << "was not sent:" << error;
        Q_EMIT sendFailed(profileId, error);
    }
    if (m_pending == 0)
        Q_EMIT idle();
}

} // namespace rb
