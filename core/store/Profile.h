#pragma once

#include "ConversionSettings.h"
#include "common/Findings.h"
#include "delivery/SftpSettings.h"
#include "oneroster/rest/RestSourceSettings.h"
#include "schedule/ScheduleRule.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QLatin1String>
#include <QString>
#include <QStringList>
#include <QUuid>

namespace rb {

// The names of the secrets a profile can refer to. A secret is stored in the keychain under
// "<profile-id>/<name>"; the profile itself only says which of them it needs.
namespace SecretName {
inline constexpr QLatin1String SisClientSecret{"sisClientSecret"};
inline constexpr QLatin1String SisSftpPassword{"sisSftpPassword"};
inline constexpr QLatin1String SisSftpKeyPassphrase{"sisSftpKeyPassphrase"};
inline constexpr QLatin1String AsmPassword{"asmPassword"};
inline constexpr QLatin1String AsmKeyPassphrase{"asmKeyPassphrase"};
inline constexpr QLatin1String SmtpPassword{"smtpPassword"};
// The key students' pseudonyms are derived from (mapping.pseudonymizeStudentNames).
inline constexpr QLatin1String PseudonymKey{"pseudonymKey"};
} // namespace SecretName

enum class SourceKind { Csv, Rest, SftpCsv };
enum class DestinationKind { AsmSftp, Folder };

// Where the OneRoster data comes from. Only the part matching `kind` is saved.
struct ProfileSource
{
    SourceKind kind = SourceKind::Csv;
    // Csv: a OneRoster zip or folder; with `watch`, a drop folder watched for new exports.
    QString path;
    bool watch = false;
    // Rest: the OneRoster REST server.
    RestSourceSettings rest;
    // SftpCsv: the SIS's SFTP server and what to fetch there (a .zip file, or a folder whose
    // *.csv files make up the export).
    SftpSettings sftp;
    QString remotePath;
};

// Where the finished zip goes. Only the part matching `kind` is saved.
struct ProfileDestination
{
    DestinationKind kind = DestinationKind::AsmSftp;
    SftpSettings sftp; // AsmSftp
    QString folder;    // Folder
};

struct EmailNotification
{
    bool enabled = false;
    QString smtpHost;
    int smtpPort = 587;
    bool startTls = true;
    // Log in even when the connection is not encrypted (startTls off): only for a relay on a
    // trusted network. Off, the password is never sent in the clear.
    bool allowLoginWithoutTls = false;
    // Empty: the server takes mail without logging in; otherwise the password is a secret.
    QString username;
    QString from;
    QStringList to;
};

struct NotificationSettings
{
    EmailNotification email;
    // Empty: no webhook.
    QString webhookUrl;
    // Called after every delivered run, so that an outside monitor notices when runs stop
    // altogether (a dead machine sends no alert). Empty: none.
    QString successPingUrl;
    // Alert when this many school days (days the schedule runs) pass without a delivery;
    // 0: never.
    int staleAfterDays = 3;
};

// One sync job: what to read, how to convert it, where to deliver it and when. Saved as one
// JSON file by ProfileStore. Holds no secret; requiredSecrets() names the ones it needs.
struct Profile
{
    Q_DECLARE_TR_FUNCTIONS(rb::Profile)
public:
    // 1 had "type" where 2 has "kind" and "saveRequestData" where 2 has "saveExchangeData";
    // 0 (no "schemaVersion") had the conversion document under "filters" and a csv source as
    // "exportPath". migrate() lifts both.
    // 3: staff-type roles default to staff; role rules a version-2 profile kept at the old
    // default ("exclude") take the new one (see migratedRoleRules).
    static constexpr int kSchemaVersion = 3;
    static constexpr int kDefaultRetentionDays = 30;

    QUuid id;
    QString name;
    int schemaVersion = kSchemaVersion;
    ProfileSource source;
    ConversionSettings conversion;
    ProfileDestination destination;
    // None: runs only when started by hand (written as an empty object).
    std::optional<ScheduleRule> schedule;
    NotificationSettings notifications;
    int retentionDays = kDefaultRetentionDays;
    // Keep request and response bodies (capped, redacted) in the run history.
    bool saveExchangeData = false;
    // A new or imported profile waits for the admin to approve its first run.
    bool needsFirstRunApproval = true;
    // Not saved: the roles a migration from before schema 3 moved to staff, for the next
    // run to say so.
    QStringList migratedRoleRules;

    // A fresh profile with a new id.
    static Profile create(const QString &name);

    QJsonObject toJson() const;
    // Migrates older schema versions first. Unknown keys are warnings; bad values are errors
    // whose field is the key's path ("destination.sftp.port"); a secret found in the JSON is
    // ignored with a warning.
    static Profile fromJson(const QJsonObject &original, Findings *findings,
                            const QString &file = QStringLiteral("profile"));
    // The same JSON in the current schema. A version newer than this build is an error.
    static QJsonObject migrate(const QJsonObject &json, Findings *findings, const QString &file);

    // The secret names this profile's settings need, in a stable order.
    QStringList requiredSecrets() const;
};

QString sourceKindName(SourceKind kind);
QString destinationKindName(DestinationKind kind);

} // namespace rb
