#include "ReviewPackage.h"

#include "common/Hashing.h"
#include "common/PrivateFiles.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace rb {

namespace {
QString baseName(const QString &profileId, ReviewPackage::Slot slot)
{
    return slot == ReviewPackage::Slot::Blocked ? profileId + QStringLiteral(".blocked")
                                                : profileId;
}
QString zipFile(const QString &folder, const QString &profileId, ReviewPackage::Slot slot)
{
    return QDir(folder).filePath(baseName(profileId, slot) + QStringLiteral(".zip"));
}
QString metaFile(const QString &folder, const QString &profileId, ReviewPackage::Slot slot)
{
    return QDir(folder).filePath(baseName(profileId, slot) + QStringLiteral(".json"));
}
} // namespace

Result<void> ReviewPackage::store(const QString &folder, const ReviewPackage &package,
                                  const QString &zip, Slot slot)
{
    if (!PrivateFiles::makeFolder(folder))
        return Failure{tr("The folder %1 could not be created.").arg(folder)};
    QFile in(zip);
    if (!in.open(QIODevice::ReadOnly))
        return Failure{tr("%1 could not be read: %2").arg(zip, in.errorString())};
    const QByteArray content = in.readAll();
    // The description goes last: without it, load() sees no package, never a half one.
    QFile::remove(metaFile(folder, package.profileId, slot));
    QSaveFile out(zipFile(folder, package.profileId, slot));
    // Student data: owner-only from the moment it has its name.
    if (!out.open(QIODevice::WriteOnly) || out.write(content) != content.size() ||
        !out.setPermissions(PrivateFiles::kFilePermissions) || !out.commit())
        return Failure{tr("The package could not be kept for review in %1: %2")
                           .arg(folder, out.errorString())};
    QJsonObject meta{{QStringLiteral("profileId"), package.profileId},
                     {QStringLiteral("runId"), package.runId},
                     {QStringLiteral("reason"), package.reason},
                     {QStringLiteral("createdAt"), package.createdAt.toString(Qt::ISODateWithMs)},
                     {QStringLiteral("sha256"), sha256Hex(content)},
                     {QStringLiteral("problems"), package.problems},
                     {QStringLiteral("messages"), QJsonArray::fromStringList(package.messages)}};
    QSaveFile metaOut(metaFile(folder, package.profileId, slot));
    const QByteArray json = QJsonDocument(meta).toJson();
    if (!metaOut.open(QIODevice::WriteOnly) || metaOut.write(json) != json.size() ||
        !metaOut.setPermissions(PrivateFiles::kFilePermissions) || !metaOut.commit())
        return Failure{tr("The package could not be kept for review in %1: %2")
                           .arg(folder, metaOut.errorString())};
    return {};
}

std::optional<ReviewPackage> ReviewPackage::describe(const QString &folder,
                                                     const QString &profileId, Slot slot)
{
    QFile metaIn(metaFile(folder, profileId, slot));
    if (!metaIn.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QJsonObject meta = QJsonDocument::fromJson(metaIn.readAll()).object();
    ReviewPackage p;
    p.profileId = profileId;
    p.runId = meta.value(QStringLiteral("runId")).toInteger();
    p.reason = meta.value(QStringLiteral("reason")).toString();
    p.createdAt = QDateTime::fromString(meta.value(QStringLiteral("createdAt")).toString(),
                                        Qt::ISODateWithMs);
    p.sha256 = meta.value(QStringLiteral("sha256")).toString();
    p.problems = meta.value(QStringLiteral("problems")).toInteger();
    for (const QJsonValue m : meta.value(QStringLiteral("messages")).toArray())
        p.messages.append(m.toString());
    p.zipPath = zipFile(folder, profileId, slot);
    return p;
}

Result<std::optional<ReviewPackage>> ReviewPackage::load(const QString &folder,
                                                         const QString &profileId, Slot slot)
{
    std::optional<ReviewPackage> p = describe(folder, profileId, slot);
    if (!p)
        return p;
    const QString actual = sha256OfFile(p->zipPath);
    if (actual.isEmpty() || actual != p->sha256)
        return Failure{tr("The package kept for review (%1) is damaged or incomplete; run the "
                          "profile again to make a new one.")
                           .arg(p->zipPath)};
    return p;
}

Result<void> ReviewPackage::discard(const QString &folder, const QString &profileId, Slot slot)
{
    for (const QString &path :
         {metaFile(folder, profileId, slot), zipFile(folder, profileId, slot)}) {
        QFile f(path);
        if (f.exists() && !f.remove())
            return Failure{tr("%1 could not be removed: %2").arg(path, f.errorString())};
    }
    return {};
}

} // namespace rb
