#pragma once

#include <QCoreApplication>
#include <QString>
#include <QUuid>

#include <optional>

namespace rb {

// The secrets of the unattended service. Nobody is logged in, so the user's keychain is
// locked; on Linux systemd decrypts each secret (stored encrypted by systemd-creds, never in
// plain text) into a private folder for the service's lifetime and names it in
// $CREDENTIALS_DIRECTORY. A secret found there is used before the keychain.
class ServiceCredentials
{
    Q_DECLARE_TR_FUNCTIONS(rb::ServiceCredentials)
public:
    static constexpr const char *kFolderVariable = "CREDENTIALS_DIRECTORY";

    // "rosterbridge.<profile id>.<secret name>": a credential name systemd accepts.
    static QString credentialName(const QUuid &profileId, const QString &secretName);
    // The secret from the service's credentials folder; nullopt when there is no folder or
    // it holds no such credential.
    static std::optional<QString> read(const QUuid &profileId, const QString &secretName);
};

} // namespace rb
