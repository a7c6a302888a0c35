#pragma once

#include "common/Findings.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

namespace rb {

enum class SftpAuthType { Password, PublicKey };

// The secrets a login needs. Kept apart from the settings so that settings can be saved, shown
// and logged; passed by value and never written anywhere.
struct SftpSecrets
{
    QString password;
    QString keyPassphrase;
};

// Where and how to reach an SFTP server (Apple School Manager's, or a SIS export drop). Saved as
// JSON; no secrets in it.
struct SftpSettings
{
    Q_DECLARE_TR_FUNCTIONS(rb::SftpSettings)
public:
    QString host;
    int port = 22;
    QString username;
    SftpAuthType authType = SftpAuthType::Password;
    // OpenSSH or PEM private key file, for SftpAuthType::PublicKey.
    QString privateKeyFile;
    // "SHA256:<base64 without padding>", as `ssh-keygen -lf` prints it; empty = not pinned yet.
    QString hostKeyFingerprint;
    // Accept an unpinned host key (the UI asks the admin to confirm it, then pins it).
    bool trustOnFirstUse = false;
    // Empty = automatic: `dropbox` when the login folder has one, else the login folder.
    QString remoteFolder;
    int connectTimeoutMs = 15000;
    // Longest wait for any single read or write once connected.
    int ioTimeoutMs = 60000;

    QJsonObject toJson() const;
    // Reads what it can; unknown keys are warnings, bad values errors naming the key (field)
    // at `file`. Secrets found in the JSON are ignored with a warning.
    static SftpSettings fromJson(const QJsonObject &json, Findings *findings,
                                 const QString &file = QStringLiteral("sftp"));
    // Checks that a connection can be tried. Adds errors; false when any.
    bool validate(Findings *findings, const QString &file = QStringLiteral("sftp")) const;

    // "host" or "host:port" when the port is not 22, for messages.
    QString displayHost() const;
};

} // namespace rb
