#include "profile/FilterSettingsWidget.h"

#include "profile/ExclusionRulesWidget.h"
#include "profile/RoleRulesWidget.h"

#include <QCheckBox>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QTabWidget>
#include <QVBoxLayout>

namespace rb {

FilterSettingsWidget::FilterSettingsWidget(QWidget *parent)
    : QWidget(parent)
{
    auto *schoolsBox = new QGroupBox(tr("Schools"), this);
    m_allSchools =
        new QCheckBox(tr("Send &every school, including schools added later"), schoolsBox);
    m_allSchools->setObjectName(QStringLiteral("allSchools"));
    m_schools = new QListWidget(schoolsBox);
    m_schools->setObjectName(QStringLiteral("schoolList"));
    m_schools->setAccessibleName(tr("Schools to send"));
    auto *schoolsLayout = new QVBoxLayout(schoolsBox);
    schoolsLayout->addWidget(m_allSchools);
    schoolsLayout->addWidget(m_schools);

    auto *statusBox = new QGroupBox(tr("Records with these statuses"), this);
    auto *grid = new QGridLayout(statusBox);
    grid->addWidget(new QLabel(tr("Active"), statusBox), 0, 1);
    grid->addWidget(new QLabel(tr("To be deleted"), statusBox), 0, 2);
    const QList<std::pair<StatusChoice FilterSettings::*, QString>> rows = {
        {&FilterSettings::students, tr("Students")},
        {&FilterSettings::staff, tr("Staff")},
        {&FilterSettings::classes, tr("Classes")},
        {&FilterSettings::courses, tr("Courses")},
        {&FilterSettings::enrollments, tr("Enrollments")},
        {&FilterSettings::orgs, tr("Schools")}};
    for (const auto &[member, name] : rows) {
        const int r = int(m_status.size()) + 1;
        grid->addWidget(new QLabel(name, statusBox), r, 0);
        auto *active = new QCheckBox(statusBox);
        active->setAccessibleName(tr("%1: active").arg(name));
        auto *deleted = new QCheckBox(statusBox);
        deleted->setAccessibleName(tr("%1: to be deleted").arg(name));
        grid->addWidget(active, r, 1, Qt::AlignHCenter);
        grid->addWidget(deleted, r, 2, Qt::AlignHCenter);
        m_status.append({member, active, deleted});
        for (QCheckBox *box : {active, deleted})
            connect(box, &QCheckBox::toggled, this, &FilterSettingsWidget::changed);
    }
    grid->setColumnStretch(3, 1);

    auto *rulesBox = new QGroupBox(tr("Activity"), this);
    m_activeStudents = new QCheckBox(tr("Active &students only"), rulesBox);
    m_activeStudents->setToolTip(tr("Students who are enabled and in at least one class that "
                                    "is sent."));
    m_activeStudents->setObjectName(QStringLiteral("activeStudentsOnly"));
    m_activeTeachers = new QCheckBox(tr("Active teac&hers only"), rulesBox);
    m_activeTeachers->setToolTip(tr("Teachers who are enabled and teach at least one class "
                                    "that is sent."));
    m_activeTeachers->setObjectName(QStringLiteral("activeTeachersOnly"));
    m_activeTerms = new QCheckBox(tr("Classes of the current &terms only"), rulesBox);
    m_activeTerms->setObjectName(QStringLiteral("activeTermsOnly"));
    auto *rulesLayout = new QVBoxLayout(rulesBox);
    for (QCheckBox *box : {m_activeStudents, m_activeTeachers, m_activeTerms}) {
        rulesLayout->addWidget(box);
        connect(box, &QCheckBox::toggled, this, &FilterSettingsWidget::changed);
    }
    rulesLayout->addStretch();

    auto *records = new QWidget(this);
    auto *right = new QVBoxLayout;
    right->addWidget(statusBox);
    right->addWidget(rulesBox);
    auto *recordsLayout = new QHBoxLayout(records);
    recordsLayout->addWidget(schoolsBox, 1);
    recordsLayout->addLayout(right, 1);

    m_roles = new RoleRulesWidget(this);
    m_exclusions = new ExclusionRulesWidget(this);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("filterTabs"));
    m_tabs->addTab(records, tr("Schools and records"));
    m_tabs->addTab(m_roles, tr("Roles"));
    m_tabs->addTab(m_exclusions, tr("Exclusions"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);
    connect(m_roles, &RoleRulesWidget::changed, this, [this] {
        updateRolesTab();
        Q_EMIT changed();
    });
    connect(m_exclusions, &ExclusionRulesWidget::changed, this, &FilterSettingsWidget::changed);

    connect(m_allSchools, &QCheckBox::toggled, this, [this] {
        updateEnabled();
        Q_EMIT changed();
    });
    connect(m_schools, &QListWidget::itemChanged, this, &FilterSettingsWidget::changed);
    load(Profile());
}

void FilterSettingsWidget::updateEnabled()
{
    m_schools->setEnabled(!m_allSchools->isChecked());
}

void FilterSettingsWidget::load(const Profile &profile)
{
    m_loaded = profile.conversion.filters;
    const QSignalBlocker block(this);
    for (const StatusRow &row : std::as_const(m_status)) {
        const StatusChoice &choice = m_loaded.*row.member;
        row.active->setChecked(choice.active);
        row.toBeDeleted->setChecked(choice.toBeDeleted);
    }
    m_activeStudents->setChecked(m_loaded.activeStudentsOnly);
    m_activeTeachers->setChecked(m_loaded.activeTeachersOnly);
    m_activeTerms->setChecked(m_loaded.activeTermsOnly);
    m_roles->setRules(m_loaded.roleRules);
    m_exclusions->setRules(m_loaded.exclusions);
    updateRolesTab();
    m_allSchools->setChecked(m_loaded.schools.isEmpty());
    for (int i = 0; i < m_schools->count(); ++i) {
        QListWidgetItem *item = m_schools->item(i);
        item->setCheckState(m_loaded.schools.contains(item->data(Qt::UserRole).toString())
                                ? Qt::Checked
                                : Qt::Unchecked);
    }
    updateEnabled();
}

void FilterSettingsWidget::setSchools(const QList<SchoolInfo> &schools)
{
    // Keep the current ticks; a school the profile names but the data lacks stays listed.
    const QStringList wanted =
        m_schools->count() > 0 ? checkedSchools() : QStringList(m_loaded.schools);
    const QSignalBlocker block(m_schools);
    m_schools->clear();
    QStringList seen;
    for (const SchoolInfo &s : schools) {
        // With counts the name comes first and the id goes to the tooltip, so that the sizes
        // fit the list; "label: number" reads right in every language without plural forms.
        const bool counted = s.students >= 0 && !s.name.isEmpty();
        const QString text = counted ? tr("%1 — students: %2, classes: %3")
                                           .arg(s.name, QLocale().toString(s.students),
                                                QLocale().toString(s.classes))
                             : s.name.isEmpty() ? s.id
                                                : tr("%1 (%2)").arg(s.name, s.id);
        auto *item = new QListWidgetItem(text, m_schools);
        item->setToolTip(counted ? tr("%1 (%2)").arg(s.name, s.id) : text);
        item->setData(Qt::UserRole, s.id);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(wanted.contains(s.id) ? Qt::Checked : Qt::Unchecked);
        seen << s.id;
    }
    for (const QString &id : wanted) {
        if (seen.contains(id))
            continue;
        auto *item = new QListWidgetItem(tr("%1 (not in the district's data)").arg(id), m_schools);
        item->setData(Qt::UserRole, id);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Checked);
    }
}

QStringList FilterSettingsWidget::checkedSchools() const
{
    QStringList ids;
    for (int i = 0; i < m_schools->count(); ++i) {
        const QListWidgetItem *item = m_schools->item(i);
        if (item->checkState() == Qt::Checked)
            ids << item->data(Qt::UserRole).toString();
    }
    return ids;
}

FilterSettings FilterSettingsWidget::filters() const
{
    FilterSettings f = m_loaded;
    f.schools = m_allSchools->isChecked() ? QStringList() : checkedSchools();
    for (const StatusRow &row : m_status)
        f.*row.member = StatusChoice{row.active->isChecked(), row.toBeDeleted->isChecked()};
    f.activeStudentsOnly = m_activeStudents->isChecked();
    f.activeTeachersOnly = m_activeTeachers->isChecked();
    f.activeTermsOnly = m_activeTerms->isChecked();
    f.roleRules = m_roles->rules();
    f.exclusions = m_exclusions->rules();
    return f;
}

FilterSettings FilterSettingsWidget::filtersForCounting() const
{
    FilterSettings f = filters();
    for (const QString &role : m_roles->unchosenRoles())
        f.roleRules.insert(role, RoleRule::Exclude);
    return f;
}

void FilterSettingsWidget::setRoleCounts(const QMap<QString, qint64> &counts)
{
    m_roles->setRoleCounts(counts);
    updateRolesTab();
}

void FilterSettingsWidget::showCounts(const SelectionCounts &counts)
{
    m_exclusions->showCounts(counts);
}

QStringList FilterSettingsWidget::unchosenRoles() const
{
    return m_roles->unchosenRoles();
}

void FilterSettingsWidget::showRoles()
{
    m_tabs->setCurrentWidget(m_roles);
}

void FilterSettingsWidget::updateRolesTab()
{
    const qsizetype open = m_roles->unchosenRoles().size();
    m_tabs->setTabText(m_tabs->indexOf(m_roles),
                       open == 0 ? tr("Roles") : tr("Roles (to choose: %1)").arg(open));
}

void FilterSettingsWidget::save(Profile *profile) const
{
    profile->conversion.filters = filters();
}

QString FilterSettingsWidget::missingInput() const
{
    if (!m_allSchools->isChecked() && checkedSchools().isEmpty())
        return tr("Tick at least one school.");
    if (!canCount())
        return tr("Tick Active or To be deleted for each kind of record.");
    const QStringList roles = m_roles->unchosenRoles();
    if (!roles.isEmpty())
        return tr("Choose where these roles go: %1.").arg(roles.join(QStringLiteral(", ")));
    return {};
}

bool FilterSettingsWidget::canCount() const
{
    if (!m_allSchools->isChecked() && checkedSchools().isEmpty())
        return false;
    // A kind of record with no status at all would send nothing of it.
    for (const StatusRow &row : m_status) {
        if (!row.active->isChecked() && !row.toBeDeleted->isChecked())
            return false;
    }
    return true;
}

} // namespace rb
