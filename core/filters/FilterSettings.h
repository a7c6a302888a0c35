#pragma once

#include "common/Findings.h"
#include "oneroster/DanglingReferenceLimit.h"
#include "oneroster/RoleFamily.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>
#include <QMap>
#include <QStringList>

#include <optional>

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

// Rows a profile never sends, as districts keep them in home-made scripts. Patterns are
// wildcards (* and ?) matched without regard to case against the whole value.
struct ExclusionRules
{
    QStringList classTitles; // e.g. "Lunch*", "Study Hall"
    QStringList classCodes;  // e.g. "ATT-*"
    QStringList courses;     // a course's title or courseCode
    QStringList grades;      // people whose first grade is one of these, e.g. "PK"
    QStringList people;      // user sourcedIds
    bool isEmpty() const
    {
        return classTitles.isEmpty() && classCodes.isEmpty() && courses.isEmpty() &&
               grades.isEmpty() && people.isEmpty();
    }
    bool operator==(const ExclusionRules &) const = default;
};

// The data filters of a profile: which schools, which statuses, and the activity rules.
// Stored as JSON (documented in docs/filters.md) and edited by the UI.
struct FilterSettings
{
    Q_DECLARE_TR_FUNCTIONS(rb::FilterSettings)
public:
    // 2: staff-type roles go to staff.csv by default; family roles are never sent.
    static constexpr int kVersion = 2;

    QStringList schools; // org sourcedIds; empty means every school
    StatusChoice classes, courses, enrollments, orgs, staff, students;
    bool activeStudentsOnly = false;
    bool activeTeachersOnly = false;
    bool activeTermsOnly = false;
    // Keyed by OneRoster role name (administrator, aide, counselor, ext:coach, ...): the
    // staff-type roles and any others the district uses. Family roles (guardian, parent,
    // relative) are never sent and take no rule. A role seen in the data without a rule
    // stops the run.
    QMap<QString, RoleRule> roleRules = defaultRoleRules();
    ExclusionRules exclusions;
    DanglingReferenceLimit danglingReferences;
    QDate runDate; // the day "active" is judged on; invalid means today

    // Every staff-type role to staff.csv: ASM deactivates an account missing from an upload,
    // so leaving staff out by default would cost a district moving from another tool theirs.
    static QMap<QString, RoleRule> defaultRoleRules();
    // Version 1 wrote every role out as "exclude" (the old default). Rules still at that old
    // default take the new one; returns the roles changed. Only ever adds staff.
    QStringList migrateRoleRulesFromVersion1();

    // Reads the settings; unknown keys and bad values are findings against fileName.
    static FilterSettings fromJson(const QJsonObject &json, const QString &fileName,
                                   Findings *findings);
    QJsonObject toJson() const;

    bool operator==(const FilterSettings &) const = default;
};

} // namespace rb
