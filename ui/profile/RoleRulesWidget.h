#pragma once

#include "filters/FilterSettings.h"

#include <QMap>
#include <QStringList>
#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QVBoxLayout;

namespace rb {

// What each OneRoster role becomes in Apple School Manager. Students and teachers are fixed,
// guardians, parents and relatives are never sent; every other role is Staff or Leave out. A
// role in the district's data with no rule must be chosen: a run stops on it.
class RoleRulesWidget : public QWidget
{
    Q_OBJECT
public:
    explicit RoleRulesWidget(QWidget *parent = nullptr);

    void setRules(const QMap<QString, RoleRule> &rules);
    // The rules chosen; a role still to be chosen has none.
    QMap<QString, RoleRule> rules() const { return m_rules; }
    // Users per role in the district's data. Until it is known every role with a rule shows;
    // after, the roles in the data do, and the others on request.
    void setRoleCounts(const QMap<QString, qint64> &counts);
    // Roles in the data (or added here) that have no rule yet.
    QStringList unchosenRoles() const;

Q_SIGNALS:
    void changed();

private:
    void rebuild();
    void addRole();
    void choose(const QString &role, int choice);
    // The roles that take a rule, in the order shown.
    QStringList listedRoles() const;
    QString countText(const QString &role) const;

    QMap<QString, RoleRule> m_rules;
    QMap<QString, qint64> m_counts;
    bool m_countsKnown = false;
    QStringList m_added; // typed in, not in the data
    QVBoxLayout *m_rows;
    QWidget *m_table = nullptr;
    QCheckBox *m_showAll;
    QLineEdit *m_newRole;
    QLabel *m_addNote;
};

} // namespace rb
