#pragma once

#include "asm/AsmSchema.h"
#include "preview/PackageDiffer.h"
#include "preview/RemovalGroups.h"

#include <QWidget>

#include <memory>

class QComboBox;
class QLabel;
class QStackedWidget;
class QTableView;
class QTreeWidget;

namespace rb {

class ChangesModel;
class DecisionLookup;
class WhyBox;
struct PackageChanges;

// How the package differs from the last delivery: counts per file at the top, then every
// added, removed and changed row of one file, filtered by kind. On a first delivery it says
// that everything is new.
class ChangesPage : public QWidget
{
    Q_OBJECT

public:
    explicit ChangesPage(QWidget *parent = nullptr);

    void setChanges(std::shared_ptr<const PackageChanges> changes, const TableSet &current,
                    const TableSet &previous);
    void setProblem(const QString &problem);
    void setDecisions(std::shared_ptr<const DecisionLookup> decisions);
    // The removed people by school and grade; the rows are in that order in the table.
    void setRemovalGroups(const QList<RemovalGroup> &groups);
    void showTable(AsmTable table);

    // "students.csv: 12 added, 3 removed, 40 changed", one line per file that differs.
    static QStringList summaryLines(const PackageChanges &changes);

    ChangesModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QComboBox *fileFilter() const { return m_file; }
    QComboBox *kindFilter() const { return m_kind; }
    QLabel *summary() const { return m_summary; }
    QTreeWidget *removalGroups() const { return m_groups; }
    WhyBox *whyBox() const { return m_why; }

Q_SIGNALS:
    // A row that is in the package (added or changed) was activated.
    void rowActivated(rb::AsmTable table, qsizetype row);

private:
    void updateKindCounts();
    void applyFilters();
    void showGroup(int group);

    std::shared_ptr<const PackageChanges> m_changes;
    QLabel *m_summary;
    QComboBox *m_file;
    QComboBox *m_kind;
    QWidget *m_filters;
    QStackedWidget *m_stack;
    QLabel *m_message;
    QTableView *m_view;
    ChangesModel *m_model;
    QTreeWidget *m_groups;
    QList<RemovalGroup> m_groupList;
    WhyBox *m_why;
};

} // namespace rb
