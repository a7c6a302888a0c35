#pragma once

#include "profile/DistrictSummary.h"
#include "store/Profile.h"

#include <QWidget>

class QCheckBox;
class QListWidget;
class QTabWidget;

namespace rb {

class ExclusionRulesWidget;
class RoleRulesWidget;

// What to send: the district's schools (every school, or the ones ticked), which OneRoster
// statuses pass for each kind of record, the "active only" rules, what each role becomes and
// the exclusion rules, one tab each. Edits profile.conversion.filters; the schools and the
// roles come from the district's data (setSchools(), setRoleCounts()).
class FilterSettingsWidget : public QWidget
{
    Q_OBJECT
public:
    explicit FilterSettingsWidget(QWidget *parent = nullptr);

    void load(const Profile &profile);
    void save(Profile *profile) const;

    void setSchools(const QList<SchoolInfo> &schools);
    void setRoleCounts(const QMap<QString, qint64> &counts);
    // The choices as they stand.
    FilterSettings filters() const;
    // For counting before every role is chosen: the roles still to choose as left out.
    FilterSettings filtersForCounting() const;
    // What the exclusion rules match, from a count of filtersForCounting().
    void showCounts(const SelectionCounts &counts);
    // "Only these schools" needs at least one, and every kind of record a status.
    bool canCount() const;
    // canCount(), and every role in the data has a rule.
    // The first thing still needed, as one sentence for the admin; empty when nothing is.
    QString missingInput() const;
    bool isComplete() const { return missingInput().isEmpty(); }
    QStringList unchosenRoles() const;
    void showRoles();

Q_SIGNALS:
    void changed();

private:
    void updateEnabled();
    QStringList checkedSchools() const;

    void updateRolesTab();

    FilterSettings m_loaded;
    QTabWidget *m_tabs;
    RoleRulesWidget *m_roles;
    ExclusionRulesWidget *m_exclusions;
    QCheckBox *m_allSchools;
    QListWidget *m_schools;
    struct StatusRow
    {
        StatusChoice FilterSettings::*member;
        QCheckBox *active;
        QCheckBox *toBeDeleted;
    };
    QList<StatusRow> m_status;
    QCheckBox *m_activeStudents;
    QCheckBox *m_activeTeachers;
    QCheckBox *m_activeTerms;
};

} // namespace rb
