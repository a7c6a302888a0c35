#pragma once

#include "common/Findings.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QMap>

namespace rb {

// Choices in how OneRoster values become ASM values; the fixed rules are in docs/mapping.md.
struct MappingOptions
{
    Q_DECLARE_TR_FUNCTIONS(rb::MappingOptions)
public:
    // password_policy for students: "", "4", "6" or "8". Blank keeps each location's default.
    QString passwordPolicy;
    // Per grade (the first OneRoster grade, e.g. "KG", "01"), overriding passwordPolicy.
    QMap<QString, QString> passwordPolicyByGrade;
    // Replace characters ASM refuses in identifiers (such as the underscores some SIS use)
    // with hyphens. IDs are permanent in ASM: decide before the first upload.
    bool replaceInvalidIdCharacters = false;

    static MappingOptions fromJson(const QJsonObject &json, const QString &fileName,
                                   Findings *findings);
    QJsonObject toJson() const;
    bool operator==(const MappingOptions &) const = default;
};

} // namespace rb
