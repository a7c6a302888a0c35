#pragma once

#include "store/Profile.h"
#include "wizard/DistrictSummary.h"

#include <QWidget>

class QCheckBox;
class QListWidget;

namespace rb {

// What to send: the district's schools (every school, or the ones ticked), which OneRoster
// statuses pass for each kind of record, and the "active only" rules. Edits
// profile.conversion.filters; the schools come from the district's data (setSchools()).
class FilterSettingsWidget : public QWidget
{
    Q_OBJECT
public:
    explicit FilterSettingsWidget(QWidget *parent = nullptr);

    void load(const Profile &profile);
    void save(Profile *profile) const;

    void setSchools(const QList<SchoolInfo> &schools);
    // The choices as they stand, for counting.
    FilterSettings filters() const;
    // "Only these schools" needs at least one.
    bool isComplete() const;

Q_SIGNALS:
    void changed();

private:
    void updateEnabled();
    QStringList checkedSchools() const;

    FilterSettings m_loaded;
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
