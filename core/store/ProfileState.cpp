#include "ProfileState.h"

#include "common/PrivateFiles.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace rb {

QString ProfileState::filePath(const QString &profilesFolder, const QString &profileId)
{
    return QDir(profilesFolder).filePath(profileId + QStringLiteral(".state"));
}

Result<ProfileState> ProfileState::read(const QString &profilesFolder, const QString &profileId)
{
    ProfileState state;
    QFile in(filePath(profilesFolder, profileId));
    if (!in.exists())
        return state;
    QJsonParseError parseError{};
    const QJsonDocument doc = in.open(QIODevice::ReadOnly)
                                  ? QJsonDocument::fromJson(in.readAll(), &parseError)
                                  : QJsonDocument();
    if (!doc.isObject())
        return Failure{
            tr("%1 could not be read (%2), so it is not known what this profile delivered "
               "last.")
                .arg(in.fileName(), in.error() != QFileDevice::NoError ? in.errorString()
                                                                       : parseError.errorString())};
    const QJsonObject last = doc.object().value(QStringLiteral("lastDelivery")).toObject();
    if (!last.isEmpty()) {
        Delivery d;
        d.runId = last.value(QStringLiteral("runId")).toInteger();
        d.sha256 = last.value(QStringLiteral("sha256")).toString();
        d.deliveredAt = QDateTime::fromString(last.value(QStringLiteral("deliveredAt")).toString(),
                                              Qt::ISODateWithMs);
        state.lastDelivery = d;
    }
    const QJsonObject stale = doc.object().value(QStringLiteral("staleAlert")).toObject();
    state.staleAlertAt =
        QDateTime::fromString(stale.value(QStringLiteral("sentAt")).toString(), Qt::ISODateWithMs);
    state.staleCountingSince = QDateTime::fromString(
        stale.value(QStringLiteral("countingSince")).toString(), Qt::ISODateWithMs);
    return state;
}

Result<void> ProfileState::write(const QString &profilesFolder, const QString &profileId,
                                 const ProfileState &state)
{
    QJsonObject o;
    if (state.lastDelivery) {
        o.insert(
            QStringLiteral("lastDelivery"),
            QJsonObject{{QStringLiteral("runId"), state.lastDelivery->runId},
                        {QStringLiteral("sha256"), state.lastDelivery->sha256},
                        {QStringLiteral("deliveredAt"),
                         state.lastDelivery->deliveredAt.toUTC().toString(Qt::ISODateWithMs)}});
    }
    QJsonObject stale;
    if (state.staleAlertAt.isValid())
        stale.insert(QStringLiteral("sentAt"),
                     state.staleAlertAt.toUTC().toString(Qt::ISODateWithMs));
    if (state.staleCountingSince.isValid())
        stale.insert(QStringLiteral("countingSince"),
                     state.staleCountingSince.toUTC().toString(Qt::ISODateWithMs));
    if (!stale.isEmpty())
        o.insert(QStringLiteral("staleAlert"), stale);
    const QByteArray json = QJsonDocument(o).toJson();
    QSaveFile out(filePath(profilesFolder, profileId));
    if (!QDir().mkpath(profilesFolder) || !out.open(QIODevice::WriteOnly) ||
        out.write(json) != json.size() || !out.setPermissions(PrivateFiles::kFilePermissions) ||
        !out.commit())
        return Failure{tr("%1 could not be written: %2").arg(out.fileName(), out.errorString())};
    return {};
}

Result<void> ProfileState::recordDelivery(const QString &profilesFolder, const QString &profileId,
                                          qint64 runId, const QString &sha256)
{
    ProfileState state;
    state.lastDelivery = Delivery{runId, sha256, QDateTime::currentDateTimeUtc()};
    return write(profilesFolder, profileId, state);
}

Result<void> ProfileState::remove(const QString &profilesFolder, const QString &profileId)
{
    QFile f(filePath(profilesFolder, profileId));
    if (f.exists() && !f.remove())
        return Failure{tr("%1 could not be deleted: %2").arg(f.fileName(), f.errorString())};
    return {};
}

} // namespace rb
