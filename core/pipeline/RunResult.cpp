#include "RunResult.h"

#include <QJsonArray>

namespace rb {

QJsonObject RunResult::toJson() const
{
    QJsonObject o{{QStringLiteral("profileId"), profileId},
                  {QStringLiteral("profile"), profileName},
                  {QStringLiteral("runId"), runId},
                  {QStringLiteral("trigger"), runTriggerName(trigger)},
                  {QStringLiteral("status"), runStatusName(status)},
                  {QStringLiteral("message"), message},
                  {QStringLiteral("details"), QJsonArray::fromStringList(details)},
                  {QStringLiteral("counts"), counts},
                  {QStringLiteral("delivered"), delivered}};
    if (!reviewPackage.isEmpty())
        o.insert(QStringLiteral("reviewPackage"), reviewPackage);
    if (!deliveredTo.isEmpty())
        o.insert(QStringLiteral("deliveredTo"), deliveredTo);
    if (!sourceHostKeyToPin.isEmpty())
        o.insert(QStringLiteral("sourceHostKeyPinned"), sourceHostKeyToPin);
    if (!destinationHostKeyToPin.isEmpty())
        o.insert(QStringLiteral("destinationHostKeyPinned"), destinationHostKeyToPin);
    return o;
}

} // namespace rb
