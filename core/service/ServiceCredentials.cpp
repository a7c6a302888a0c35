#include "ServiceCredentials.h"

#include <QDir>
#include <QFile>
#include <QLoggingCategory>

namespace rb {

Q_LOGGING_CATEGORY(lcServiceCredentials, "rosterbridge.service.credentials", QtInfoMsg)

QString ServiceCredentials::credentialName(const QUuid &profileId, const QString &secretName)
{
    return QStringLiteral("rosterbridge.%1.%2")
        .arg(profileId.toString(QUuid::WithoutBraces), secretName);
}

std::optional<QString> ServiceCredentials::read(const QUuid &profileId, const QString &secretName)
{
    const QString folder = qEnvironmentVariable(kFolderVariable);
    if (folder.isEmpty())
        return std::nullopt;
    QFile file(QDir(folder).filePath(credentialName(profileId, secretName)));
    if (!file.exists())
        return std::nullopt;
    if (!file.open(QIODevice::ReadOnly)) {
        qCWarning(lcServiceCredentials) << "the service credential" << file.fileName()
                                        << "cannot be read:" << file.errorString();
        return std::nullopt;
    }
    return QString::fromUtf8(file.readAll());
}

} // namespace rb
