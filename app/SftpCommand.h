#pragma once

#include "common/Findings.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace rb {

struct SftpSecrets;
struct SftpSettings;

// The command-line side of SFTP: delivering the zip to Apple School Manager (or a folder),
// and fetching a OneRoster CSV export from an SFTP server. Secrets come from the environment.
class SftpCommand
{
    Q_DECLARE_TR_FUNCTIONS(rb::SftpCommand)
public:
    static constexpr const char *kAsmPassword = "ROSTERBRIDGE_ASM_PASSWORD";
    static constexpr const char *kAsmPassphrase = "ROSTERBRIDGE_ASM_KEY_PASSPHRASE";
    static constexpr const char *kSourcePassword = "ROSTERBRIDGE_SIS_SFTP_PASSWORD";
    static constexpr const char *kSourcePassphrase = "ROSTERBRIDGE_SIS_SFTP_KEY_PASSPHRASE";

    // Reads SFTP settings and the secrets from the named environment variables.
    static bool load(const QString &path, const char *passwordVariable,
                     const char *passphraseVariable, SftpSettings *settings, SftpSecrets *secrets,
                     Findings *findings);
    // Uploads zip over SFTP; report receives the operations.
    static bool deliver(const SftpSettings &settings, const SftpSecrets &secrets,
                        const QString &zip, Findings *findings, QJsonObject *report);
    // Copies zip into a local folder through a temporary name.
    static bool deliverToFolder(const QString &zip, const QString &folder, Findings *findings,
                                QJsonObject *report);
    // Downloads the export named by settings.remoteFolder (a .zip or a folder of CSV files)
    // into localFolder; input receives the path to convert.
    static bool fetch(const SftpSettings &settings, const SftpSecrets &secrets,
                      const QString &localFolder, QString *input, Findings *findings,
                      QJsonObject *report);
};

} // namespace rb
