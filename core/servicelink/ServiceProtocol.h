#pragma once

#include "notify/Notification.h"
#include "pipeline/RunCoordinator.h"
#include "pipeline/RunResult.h"
#include "pipeline/RunStep.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace rb {

// The messages between `rosterbridge serve` and the desktop app that shows its runs, one JSON
// object per line (docs/service-protocol.md). Both sides build and read them here, so the
// format has one definition.
class ServiceProtocol
{
public:
    static constexpr int kVersion = 1;
    // A longer line is not ours: the connection is closed rather than buffered without end.
    static constexpr qsizetype kMaxLine = 4 * 1024 * 1024;

    // The service's socket for this data folder, reachable by its user only: a socket file in
    // the (owner-only) data folder where the path fits, else in the user's runtime folder;
    // a named pipe on Windows. Apart from the single-instance socket, which is per user.
    static QString socketName(const QString &dataFolder);

    static QByteArray encode(const QJsonObject &message);

    // Requests, from the app.
    static QJsonObject runRequest(const QString &profileId, RunTrigger trigger,
                                  const RunCoordinator::Options &options);
    struct Run
    {
        QString profileId;
        RunTrigger trigger = RunTrigger::Manual;
        RunCoordinator::Options options;
    };
    static std::optional<Run> readRunRequest(const QJsonObject &message);
    static QJsonObject profileRequest(const QString &op, const QString &profileId);

    // Events, from the service.
    static QJsonObject resultToJson(const RunResult &result);
    static RunResult resultFromJson(const QJsonObject &json);
    static Notification notificationFromJson(const QJsonObject &json);
    static std::optional<RunStep> stepFromName(const QString &name);
};

} // namespace rb
