#include "ServiceProtocol.h"

#include <QCryptographicHash>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QStandardPaths>

namespace rb {

namespace {
// sun_path holds 108 bytes on Linux and 104 on macOS, with its terminating zero.
constexpr qsizetype kMaxSocketPath = 100;

QStringList strings(const QJsonValue &value)
{
    QStringList list;
    const QJsonArray array = value.toArray();
    for (const QJsonValue v : array)
        list << v.toString();
    return list;
}

std::optional<RunMode> modeFromName(const QString &name)
{
    for (RunMode mode :
         {RunMode::Normal, RunMode::DryRun, RunMode::ApproveHeld, RunMode::ResendLast}) {
        if (runModeName(mode) == name)
            return mode;
    }
    return std::nullopt;
}
} // namespace

QString ServiceProtocol::socketName(const QString &dataFolder)
{
    const QString folder = QDir::cleanPath(QDir(dataFolder).absolutePath());
    const QString hash = QString::fromLatin1(
        QCryptographicHash::hash(folder.toUtf8(), QCryptographicHash::Sha256).toHex().left(16));
#if defined(Q_OS_WIN)
    return QStringLiteral("RosterBridge-service-%1-%2").arg(qEnvironmentVariable("USERNAME"), hash);
#else
    QString inData = QDir(folder).filePath(QStringLiteral("service.sock"));
    if (inData.toUtf8().size() < kMaxSocketPath)
        return inData;
    const QString runtime = QStandardPaths::writableLocation(QStandardPaths::RuntimeLocation);
    return QDir(runtime).filePath(QStringLiteral("rosterbridge-service-") + hash);
#endif
}

QByteArray ServiceProtocol::encode(const QJsonObject &message)
{
    return QJsonDocument(message).toJson(QJsonDocument::Compact) + '\n';
}

QJsonObject ServiceProtocol::runRequest(const QString &profileId, RunTrigger trigger,
                                        const RunCoordinator::Options &options)
{
    // Typed-in secrets stay in the app: the service runs with its own.
    QJsonObject json{{QStringLiteral("op"), QStringLiteral("run")},
                     {QStringLiteral("profile"), profileId},
                     {QStringLiteral("trigger"), runTriggerName(trigger)},
                     {QStringLiteral("mode"), runModeName(options.mode)}};
    if (options.approve)
        json.insert(QStringLiteral("approveFirstRun"), true);
    if (!options.input.isEmpty())
        json.insert(QStringLiteral("input"), options.input);
    if (options.mode == RunMode::ApproveHeld) {
        json.insert(QStringLiteral("approveRunId"), options.approveRunId);
        json.insert(QStringLiteral("sha256"), options.approveSha256);
        if (options.keepRemovals)
            json.insert(QStringLiteral("keepRemovals"), true);
    }
    return json;
}

std::optional<ServiceProtocol::Run> ServiceProtocol::readRunRequest(const QJsonObject &message)
{
    Run run;
    run.profileId = message.value(QStringLiteral("profile")).toString();
    const std::optional<RunTrigger> trigger =
        runTriggerFromName(message.value(QStringLiteral("trigger")).toString());
    const std::optional<RunMode> mode =
        modeFromName(message.value(QStringLiteral("mode")).toString(QStringLiteral("normal")));
    if (run.profileId.isEmpty() || !trigger || !mode)
        return std::nullopt;
    run.trigger = *trigger;
    run.options.mode = *mode;
    run.options.approve = message.value(QStringLiteral("approveFirstRun")).toBool();
    run.options.input = message.value(QStringLiteral("input")).toString();
    run.options.approveRunId = message.value(QStringLiteral("approveRunId")).toInteger();
    run.options.approveSha256 = message.value(QStringLiteral("sha256")).toString();
    run.options.keepRemovals = run.options.mode == RunMode::ApproveHeld &&
                               message.value(QStringLiteral("keepRemovals")).toBool();
    return run;
}

QJsonObject ServiceProtocol::profileRequest(const QString &op, const QString &profileId)
{
    return {{QStringLiteral("op"), op}, {QStringLiteral("profile"), profileId}};
}

QJsonObject ServiceProtocol::resultToJson(const RunResult &result)
{
    // What the app shows of a finished run; the rest is in the shared history.
    return {{QStringLiteral("profile"), result.profileId},
            {QStringLiteral("profileName"), result.profileName},
            {QStringLiteral("runId"), result.runId},
            {QStringLiteral("trigger"), runTriggerName(result.trigger)},
            {QStringLiteral("status"), runStatusName(result.status)},
            {QStringLiteral("message"), result.message},
            {QStringLiteral("details"), QJsonArray::fromStringList(result.details)},
            {QStringLiteral("counts"), result.counts},
            {QStringLiteral("reviewPackage"), result.reviewPackage},
            {QStringLiteral("deliveredTo"), result.deliveredTo},
            {QStringLiteral("writtenTo"), result.writtenTo},
            {QStringLiteral("delivered"), result.delivered}};
}

RunResult ServiceProtocol::resultFromJson(const QJsonObject &json)
{
    RunResult r;
    r.profileId = json.value(QStringLiteral("profile")).toString();
    r.profileName = json.value(QStringLiteral("profileName")).toString();
    r.runId = json.value(QStringLiteral("runId")).toInteger();
    r.trigger = runTriggerFromName(json.value(QStringLiteral("trigger")).toString())
                    .value_or(RunTrigger::Manual);
    r.status = runStatusFromName(json.value(QStringLiteral("status")).toString())
                   .value_or(RunStatus::Failed);
    r.message = json.value(QStringLiteral("message")).toString();
    r.details = strings(json.value(QStringLiteral("details")));
    r.counts = json.value(QStringLiteral("counts")).toObject();
    r.reviewPackage = json.value(QStringLiteral("reviewPackage")).toString();
    r.deliveredTo = json.value(QStringLiteral("deliveredTo")).toString();
    r.writtenTo = json.value(QStringLiteral("writtenTo")).toString();
    r.delivered = json.value(QStringLiteral("delivered")).toBool();
    return r;
}

Notification ServiceProtocol::notificationFromJson(const QJsonObject &json)
{
    Notification n;
    n.profileName = json.value(QStringLiteral("profile")).toString();
    n.status = json.value(QStringLiteral("status")).toString();
    n.title = json.value(QStringLiteral("title")).toString();
    n.lines = strings(json.value(QStringLiteral("details")));
    n.runId = json.value(QStringLiteral("runId")).toString();
    n.action = json.value(QStringLiteral("action")).toString();
    return n;
}

std::optional<RunStep> ServiceProtocol::stepFromName(const QString &name)
{
    for (RunStep step : kRunSteps) {
        if (runStepName(step) == name)
            return step;
    }
    return std::nullopt;
}

} // namespace rb
