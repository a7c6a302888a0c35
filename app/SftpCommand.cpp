#include "SftpCommand.h"

#include "common/JsonSettingsReader.h"
#include "delivery/FolderDelivery.h"
#include "delivery/SftpDownloader.h"
#include "delivery/SftpSettings.h"
#include "delivery/SftpUploader.h"
#include "log/LogRedactor.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>

namespace rb {

namespace {
void addResult(const TransferResult &result, const QString &file, const QString &code,
               Findings *findings, QJsonObject *report)
{
    *report = result.toJson();
    if (!result.ok)
        findings->error(file, 0, {}, result.message, code);
    else if (result.hostKeyTrustedOnFirstUse)
        findings->warning(file, 0, QStringLiteral("hostKeyFingerprint"),
                          SftpCommand::tr("the server's host key was trusted on first use: %1; "
                                          "put it in the settings as hostKeyFingerprint to pin "
                                          "it")
                              .arg(result.hostKeyFingerprint),
                          QStringLiteral("sftp.hostkey.tofu"));
}
} // namespace

bool SftpCommand::load(const QString &path, const char *passwordVariable,
                       const char *passphraseVariable, SftpSettings *settings, SftpSecrets *secrets,
                       Findings *findings)
{
    const QString shown = QFileInfo(path).fileName();
    const auto json = JsonSettingsReader::readFile(path, findings);
    if (!json)
        return false;
    *settings = SftpSettings::fromJson(*json, findings, shown);
    if (findings->hasErrors() || !settings->validate(findings, shown))
        return false;
    secrets->password = qEnvironmentVariable(passwordVariable);
    secrets->keyPassphrase = qEnvironmentVariable(passphraseVariable);
    LogRedactor::addSecret(secrets->password);
    LogRedactor::addSecret(secrets->keyPassphrase);
    if (settings->authType == SftpAuthType::Password && secrets->password.isEmpty()) {
        findings->error(shown, 0, QStringLiteral("password"),
                        tr("the SFTP password is not set; put it in the environment variable %1")
                            .arg(QString::fromLatin1(passwordVariable)),
                        QStringLiteral("sftp.secret"));
        return false;
    }
    return true;
}

bool SftpCommand::deliver(const SftpSettings &settings, const SftpSecrets &secrets,
                          const QString &zip, Findings *findings, QJsonObject *report)
{
    SftpUploader uploader(settings, secrets);
    const TransferResult result = uploader.upload(zip);
    addResult(result, settings.displayHost(), QStringLiteral("deliver.sftp"), findings, report);
    return result.ok;
}

bool SftpCommand::deliverToFolder(const QString &zip, const QString &folder, Findings *findings,
                                  QJsonObject *report)
{
    FolderDelivery delivery;
    const TransferResult result = delivery.deliver(zip, folder);
    addResult(result, folder, QStringLiteral("deliver.folder"), findings, report);
    return result.ok;
}

bool SftpCommand::fetch(const SftpSettings &settings, const SftpSecrets &secrets,
                        const QString &localFolder, QString *input, Findings *findings,
                        QJsonObject *report)
{
    SftpDownloader downloader(settings, secrets);
    const QString remote = settings.remoteFolder;
    const bool zip = remote.endsWith(QStringLiteral(".zip"), Qt::CaseInsensitive);
    const TransferResult result = zip ? downloader.downloadFile(remote, localFolder)
                                      : downloader.downloadCsvFolder(remote, localFolder);
    addResult(result, settings.displayHost(), QStringLiteral("source.sftp"), findings, report);
    if (!result.ok)
        return false;
    *input = zip ? QDir(localFolder).filePath(QFileInfo(remote).fileName()) : localFolder;
    return true;
}

} // namespace rb
