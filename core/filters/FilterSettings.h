#pragma once

#include "common/Findings.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>
#include <QMap>
#include <QStringList>

namespace rb {

// Which OneRoster statuses a filter lets through. Blank statuses (bulk files) count as active.
struct StatusChoice
{
    bool active = true;
    bool toBeDeleted = false;
    bool operator==(const StatusChoice &) const = default;
};

// What a role other than student or teacher becomes in Apple School Manager. There is
// deliberately no "student" choice: nobody becomes a student except by the student role.
enum class RoleRule { Staff, Exclude };

// The data filters of a profile: which schools, which statuses, and the activity rules.
// Stored as JSON (documented in docs/filters.md) and edited by the UI.
struct FilterSettings
{
    Q_DECLARE_TR_FUNCTIONS(rb::FilterSettings)
public:
    static constexpr int kVersion = 1;

    QStringList schools; // org sourcedIds; empty means every school
    StatusChoice classes, courses, enrollments, orgs, staff, students;
    bool activeStudentsOnly = false;
    bool activeTeachersOnly = false;
    bool activeTermsOnly = false;
    // Keyed by OneRoster role name (administrator, aide, counselor, ...). A role seen in the
    // data without a rule stops the run.
    QMap<QString, RoleRule> roleRules = defaultRoleRules();
    QDate runDate; // the day "active" is judged on; invalid means today

    static QMap<QString, RoleRule> defaultRoleRules();

    // Reads the settings; unknown keys and bad values are findings against fileName.
    static FilterSettings fromJson(const QJsonObject &json, const QString &fileName,
                                   Findings *findings);
    QJsonObject toJson() const;

    bool operator==(const FilterSettings &) const = default;
};

} // namespace rb
