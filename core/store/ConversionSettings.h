#pragma once

#include "SafetyThresholds.h"
#include "asm/MappingOptions.h"
#include "filters/FilterSettings.h"

namespace rb {

// Everything that decides how an export becomes an upload: filters, mapping choices and the
// safety thresholds. One JSON document (docs/filters.md): the filter keys at the top level,
// "mapping" and "safety" as objects. A profile embeds the same document.
struct ConversionSettings
{
    Q_DECLARE_TR_FUNCTIONS(rb::ConversionSettings)
public:
    FilterSettings filters;
    MappingOptions mapping;
    SafetyThresholds safety;

    static ConversionSettings fromJson(const QJsonObject &json, const QString &fileName,
                                       Findings *findings);
    // Reads a settings file; problems (unreadable, not JSON, bad values) become findings.
    static ConversionSettings load(const QString &path, Findings *findings);
    QJsonObject toJson() const;
};

} // namespace rb
