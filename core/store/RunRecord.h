#pragma once

#include "oneroster/rest/RestExchange.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace rb {

struct SftpOperation;

// What started a run.
enum class RunTrigger { Schedule, Manual, Watch, Cli };
// Running is the only state that is not final; a run left Running by a killed process becomes
// Interrupted at the next start.
enum class RunStatus { Running, Success, Failed, Held, DryRun, Cancelled, Interrupted };
enum class ExchangeKind { Http, Sftp, File };
// A step is Skipped when the run kept its package for review instead of delivering; Held is
// not written any more but may be read from an older history.
enum class StepStatus { Running, Ok, Failed, Skipped, Held, Cancelled, Interrupted };

// The names stored in the database and shown in exports ("schedule", "dryrun", "sftp"...).
QString runTriggerName(RunTrigger trigger);
std::optional<RunTrigger> runTriggerFromName(QStringView name);
QString runStatusName(RunStatus status);
std::optional<RunStatus> runStatusFromName(QStringView name);
QString stepStatusName(StepStatus status);
std::optional<StepStatus> stepStatusFromName(QStringView name);
QString exchangeKindName(ExchangeKind kind);
std::optional<ExchangeKind> exchangeKindFromName(QStringView name);

// One run of a profile, as kept in the history.
struct RunRecord
{
    qint64 id = 0;
    QString profileId;
    RunTrigger trigger = RunTrigger::Manual;
    QDateTime startedAt;
    // Invalid while the run is going.
    QDateTime endedAt;
    RunStatus status = RunStatus::Running;
    QJsonObject counts;
    QString message;

    // The run as `rosterbridge history --json` and the history panel's export write it.
    // profileName is null when the profile is gone.
    QJsonObject toJson(const QString &profileName = {}) const;
};

// One step of a run (read, filter, validate, diff, deliver...).
struct StepRecord
{
    qint64 id = 0;
    qint64 runId = 0;
    // Position in the run; 0 asks the database for the next one.
    int ordinal = 0;
    QString name;
    StepStatus status = StepStatus::Running;
    QDateTime startedAt;
    qint64 durationMs = 0;
    QJsonObject counts;
    QString message;

    QJsonObject toJson() const;
};

// One HTTP request, SFTP operation or file operation of a step.
struct ExchangeRecord
{
    qint64 id = 0;
    qint64 stepId = 0;
    ExchangeKind kind = ExchangeKind::Http;
    // HTTP method, or the SFTP/file operation ("connect", "write", "rename").
    QString operation;
    // URL or path.
    QString target;
    // HTTP status; 0 when no answer arrived or for SFTP and file operations.
    int status = 0;
    bool ok = false;
    QDateTime startedAt;
    qint64 durationMs = 0;
    // Bytes of the response or of the transfer, even when the body is not kept.
    qint64 bytes = 0;
    QString error;
    RawHeaders requestHeaders;
    QByteArray requestBody;
    bool requestBodyTruncated = false;
    RawHeaders responseHeaders;
    QByteArray responseBody;
    bool responseBodyTruncated = false;

    // Headers and bodies as text; a body that was not kept is null.
    QJsonObject toJson() const;

    static ExchangeRecord fromRest(const RestExchange &exchange);
    static ExchangeRecord fromSftp(const SftpOperation &operation,
                                   ExchangeKind kind = ExchangeKind::Sftp);
};

// A zip as it was delivered, kept so that the next run can diff against it and the admin can
// send it again.
struct DeliveredZip
{
    qint64 id = 0;
    qint64 runId = 0;
    QString profileId;
    QString fileName;
    qint64 bytes = 0;
    // Lower-case hex.
    QString sha256;
    QDateTime deliveredAt;
    QByteArray content;
};

// Where a search found its text.
struct SearchHit
{
    RunRecord run;
    // 0 when the text is in the run's own message.
    qint64 stepId = 0;
    // 0 unless the text is in an exchange.
    qint64 exchangeId = 0;
    // "run message", "step message", "exchange target", "request body", "response body".
    QString field;
};

} // namespace rb
