#include "ConversionSettings.h"

#include "common/JsonSettingsReader.h"

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
    const auto json = JsonSettingsReader::readFile(path, findings);
    if (!json)
        return {};
    return fromJson(*json, QFileInfo(path).fileName(), findings);
}

QJsonObject ConversionSettings::toJson() const
{
    QJsonObject o = filters.toJson();
    o.insert(QStringLiteral("mapping"), mapping.toJson());
    o.insert(QStringLiteral("safety"), safety.toJson());
    return o;
}

} // namespace rb
