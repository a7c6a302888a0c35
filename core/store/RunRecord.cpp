#include "RunRecord.h"

#include <QJsonArray>

#include "delivery/SftpOperation.h"

#include <array>
#include <utility>

using namespace Qt::StringLiterals;

namespace rb {

namespace {

template<typename Enum, std::size_t N>
std::optional<Enum> fromName(const std::array<std::pair<Enum, QStringView>, N> &names,
                             QStringView name)
{
    for (const auto &[value, text] : names) {
        if (text == name)
            return value;
    }
    return std::nullopt;
}

template<typename Enum, std::size_t N>
QString toName(const std::array<std::pair<Enum, QStringView>, N> &names, Enum value)
{
    for (const auto &[v, text] : names) {
        if (v == value)
            return text.toString();
    }
    return QString();
}

constexpr std::array<std::pair<RunTrigger, QStringView>, 4> kTriggers{{
    {RunTrigger::Schedule, u"schedule"},
    {RunTrigger::Manual, u"manual"},
    {RunTrigger::Watch, u"watch"},
    {RunTrigger::Cli, u"cli"},
}};

constexpr std::array<std::pair<RunStatus, QStringView>, 7> kStatuses{{
    {RunStatus::Running, u"running"},
    {RunStatus::Success, u"success"},
    {RunStatus::Failed, u"failed"},
    {RunStatus::Held, u"held"},
    {RunStatus::DryRun, u"dryrun"},
    {RunStatus::Cancelled, u"cancelled"},
    {RunStatus::Interrupted, u"interrupted"},
}};

constexpr std::array<std::pair<StepStatus, QStringView>, 7> kStepStatuses{{
    {StepStatus::Running, u"running"},
    {StepStatus::Ok, u"ok"},
    {StepStatus::Failed, u"failed"},
    {StepStatus::Skipped, u"skipped"},
    {StepStatus::Held, u"held"},
    {StepStatus::Cancelled, u"cancelled"},
    {StepStatus::Interrupted, u"interrupted"},
}};

constexpr std::array<std::pair<ExchangeKind, QStringView>, 3> kKinds{{
    {ExchangeKind::Http, u"http"},
    {ExchangeKind::Sftp, u"sftp"},
    {ExchangeKind::File, u"file"},
}};

} // namespace

QString runTriggerName(RunTrigger trigger)
{
    return toName(kTriggers, trigger);
}

std::optional<RunTrigger> runTriggerFromName(QStringView name)
{
    return fromName(kTriggers, name);
}

QString runStatusName(RunStatus status)
{
    return toName(kStatuses, status);
}

std::optional<RunStatus> runStatusFromName(QStringView name)
{
    return fromName(kStatuses, name);
}

QString stepStatusName(StepStatus status)
{
    return toName(kStepStatuses, status);
}

std::optional<StepStatus> stepStatusFromName(QStringView name)
{
    return fromName(kStepStatuses, name);
}

QString exchangeKindName(ExchangeKind kind)
{
    return toName(kKinds, kind);
}

std::optional<ExchangeKind> exchangeKindFromName(QStringView name)
{
    return fromName(kKinds, name);
}

namespace {
QJsonValue utcTime(const QDateTime &time)
{
    return time.isValid() ? QJsonValue(time.toUTC().toString(Qt::ISODateWithMs)) : QJsonValue();
}

QJsonArray headersJson(const RawHeaders &headers)
{
    QJsonArray array;
    for (const auto &[name, value] : headers)
        array.append(QJsonObject{{QStringLiteral("name"), QString::fromLatin1(name)},
                                 {QStringLiteral("value"), QString::fromLatin1(value)}});
    return array;
}

QJsonValue bodyJson(const QByteArray &body)
{
    return body.isNull() ? QJsonValue() : QJsonValue(QString::fromUtf8(body));
}
} // namespace

QJsonObject RunRecord::toJson(const QString &profileName) const
{
    const qint64 ms = endedAt.isValid() ? startedAt.msecsTo(endedAt) : -1;
    return {{QStringLiteral("id"), id},
            {QStringLiteral("profileId"), profileId},
            {QStringLiteral("profileName"),
             profileName.isEmpty() ? QJsonValue() : QJsonValue(profileName)},
            {QStringLiteral("trigger"), runTriggerName(trigger)},
            {QStringLiteral("status"), runStatusName(status)},
            {QStringLiteral("startedAt"), utcTime(startedAt)},
            {QStringLiteral("endedAt"), utcTime(endedAt)},
            {QStringLiteral("durationMs"), ms < 0 ? QJsonValue() : QJsonValue(ms)},
            {QStringLiteral("counts"), counts},
            {QStringLiteral("message"), message}};
}

QJsonObject StepRecord::toJson() const
{
    return {{QStringLiteral("id"), id},
            {QStringLiteral("ordinal"), ordinal},
            {QStringLiteral("name"), name},
            {QStringLiteral("status"), stepStatusName(status)},
            {QStringLiteral("startedAt"), utcTime(startedAt)},
            {QStringLiteral("durationMs"), durationMs},
            {QStringLiteral("counts"), counts},
            {QStringLiteral("message"), message}};
}

QJsonObject ExchangeRecord::toJson() const
{
    return {{QStringLiteral("id"), id},
            {QStringLiteral("kind"), exchangeKindName(kind)},
            {QStringLiteral("operation"), operation},
            {QStringLiteral("target"), target},
            {QStringLiteral("status"), status},
            {QStringLiteral("ok"), ok},
            {QStringLiteral("startedAt"), utcTime(startedAt)},
            {QStringLiteral("durationMs"), durationMs},
            {QStringLiteral("bytes"), bytes},
            {QStringLiteral("error"), error},
            {QStringLiteral("requestHeaders"), headersJson(requestHeaders)},
            {QStringLiteral("requestBody"), bodyJson(requestBody)},
            {QStringLiteral("requestBodyTruncated"), requestBodyTruncated},
            {QStringLiteral("responseHeaders"), headersJson(responseHeaders)},
            {QStringLiteral("responseBody"), bodyJson(responseBody)},
            {QStringLiteral("responseBodyTruncated"), responseBodyTruncated}};
}

ExchangeRecord ExchangeRecord::fromRest(const RestExchange &exchange)
{
    ExchangeRecord r;
    r.kind = ExchangeKind::Http;
    r.operation = QString::fromLatin1(exchange.method);
    r.target = exchange.url.toString();
    r.status = exchange.status;
    r.ok = exchange.error.isEmpty() && exchange.status >= 200 && exchange.status < 400;
    r.startedAt = exchange.startedAt;
    r.durationMs = exchange.durationMs;
    r.bytes = exchange.responseBytes;
    r.error = exchange.error;
    r.requestHeaders = exchange.requestHeaders;
    r.requestBody = exchange.requestBody;
    r.requestBodyTruncated = exchange.requestBodyTruncated;
    r.responseHeaders = exchange.responseHeaders;
    r.responseBody = exchange.responseBody;
    r.responseBodyTruncated = exchange.responseBodyTruncated;
    return r;
}

ExchangeRecord ExchangeRecord::fromSftp(const SftpOperation &operation, ExchangeKind kind)
{
    ExchangeRecord r;
    r.kind = kind;
    r.operation = operation.name;
    r.target = operation.detail;
    r.ok = operation.ok;
    r.durationMs = operation.durationMs;
    r.bytes = operation.bytes;
    return r;
}

} // namespace rb
