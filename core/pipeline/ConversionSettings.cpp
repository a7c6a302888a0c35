#include "ConversionSettings.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>

namespace rb {

ConversionSettings ConversionSettings::fromJson(const QJsonObject &json, const QString &file,
                                                Findings *findings)
{
    ConversionSettings s;
    QJsonObject filterPart = json;
    filterPart.remove(QStringLiteral("mapping"));
    filterPart.remove(QStringLiteral("safety"));
    s.filters = FilterSettings::fromJson(filterPart, file, findings);
    s.mapping =
        MappingOptions::fromJson(json.value(QStringLiteral("mapping")).toObject(), file, findings);
    const QJsonValue safety = json.value(QStringLiteral("safety"));
    if (safety.isObject()) {
        QStringList errors;
        if (!SafetyThresholds::fromJson(safety.toObject(), &s.safety, &errors)) {
            for (const QString &e : std::as_const(errors))
                findings->error(file, 0, QStringLiteral("safety"), e,
                                QStringLiteral("settings.safety"));
        }
    }
    return s;
}

ConversionSettings ConversionSettings::load(const QString &path, Findings *findings)
{
    const QString shown = QFileInfo(path).fileName();
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        findings->error(shown, 0, {}, tr("could not be read: %1").arg(f.errorString()),
                        QStringLiteral("settings.unreadable"));
        return {};
    }
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject()) {
        findings->error(
            shown, 0, {},
            error.error != QJsonParseError::NoError
                ? tr("is not valid JSON: %1 at byte %2").arg(error.errorString()).arg(error.offset)
                : tr("must hold a JSON object"),
            QStringLiteral("settings.json"));
        return {};
    }
    return fromJson(doc.object(), shown, findings);
}

QJsonObject ConversionSettings::toJson() const
{
    QJsonObject o = filters.toJson();
    o.insert(QStringLiteral("mapping"), mapping.toJson());
    o.insert(QStringLiteral("safety"), safety.toJson());
    return o;
}

} // namespace rb
