#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace rb {

// What a run tells the admin when it fails or is held: the same facts go to the tray, an
// email and a webhook.
struct Notification
{
    QString profileName;
    QString status;    // "failed", "held", ...
    QString title;     // one line, e.g. "North District: held for review"
    QStringList lines; // the reasons, one per line, the first one the why
    // Where to look or what to do about it (the review, the run in the history), for the email
    // and the webhook; the tray's pop-up opens the app instead.
    QString action;
    QString runId;

    QString text() const;
    QJsonObject toJson() const;
};

} // namespace rb
