#include "preview/ChangesPage.h"

#include "common/ReadOnlyTableView.h"
#include "preview/ChangesModel.h"
#include "preview/PackageChanges.h"
#include "preview/WhyBox.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QStackedWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace rb {

namespace {

constexpr int kAllKinds = -1;
constexpr int kMaxInitialColumnWidth = 320;

QString number(qint64 n)
{
    return QLocale().toString(n);
}

} // namespace

ChangesPage::ChangesPage(QWidget *parent)
    : QWidget(parent)
    , m_summary(new QLabel(tr("Comparing with the last delivery…"), this))
    , m_file(new QComboBox(this))
    , m_kind(new QComboBox(this))
    , m_filters(new QWidget(this))
    , m_stack(new QStackedWidget(this))
    , m_message(new QLabel(this))
    , m_view(new ReadOnlyTableView(this))
    , m_model(new ChangesModel(this))
    , m_groups(new QTreeWidget(this))
    , m_why(new WhyBox(this))
{
    m_groups->setHeaderLabels(
        {tr("Removed from"), tr("Grade"), tr("People"), tr("Cause (people)")});
    m_groups->setRootIsDecorated(false);
    m_groups->setAccessibleName(tr("Removals by school and grade"));
    m_groups->hide();
    connect(m_groups, &QTreeWidget::itemActivated, this,
            [this](QTreeWidgetItem *item) { showGroup(item->data(0, Qt::UserRole).toInt()); });

    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_summary->setAccessibleName(tr("Summary of the changes"));

    auto *fileLabel = new QLabel(tr("&File:"), m_filters);
    fileLabel->setBuddy(m_file);
    m_file->setAccessibleName(tr("File to show changes of"));
    m_file->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    auto *kindLabel = new QLabel(tr("S&how:"), m_filters);
    kindLabel->setBuddy(m_kind);
    m_kind->setAccessibleName(tr("Kind of change to show"));
    m_kind->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_kind->addItem(tr("All changes"), kAllKinds);
    for (ChangeKind kind : {ChangeKind::Removed, ChangeKind::Added, ChangeKind::Changed})
        m_kind->addItem(ChangesModel::kindName(kind), int(kind));
    auto *filterRow = new QHBoxLayout(m_filters);
    filterRow->setContentsMargins(0, 0, 0, 0);
    filterRow->addWidget(fileLabel);
    filterRow->addWidget(m_file);
    filterRow->addSpacing(12);
    filterRow->addWidget(kindLabel);
    filterRow->addWidget(m_kind);
    filterRow->addStretch(1);
    m_filters->setEnabled(false);

    m_message->setAlignment(Qt::AlignCenter);
    m_message->setWordWrap(true);
    m_view->setModel(m_model);
    m_view->setAccessibleName(tr("Rows that differ from the last delivery"));
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setResizeContentsPrecision(200);
    m_stack->addWidget(m_message);
    m_stack->addWidget(m_view);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_filters);
    layout->addWidget(m_groups);
    layout->addWidget(m_stack, 1);
    layout->addWidget(m_why);

    connect(m_file, &QComboBox::currentIndexChanged, this, &ChangesPage::applyFilters);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &ChangesPage::applyFilters);
    connect(m_view, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
        const qint64 row = index.data(ChangesModel::CurrentRowRole).toLongLong();
        if (row >= 0)
            Q_EMIT rowActivated(m_model->table(), row);
    });
}

QStringList ChangesPage::summaryLines(const PackageChanges &changes)
{
    QStringList lines;
    for (const TableChanges &t : changes.tables) {
        const QString file = asmFileName(t.table);
        if (!changes.hasPrevious) {
            lines.append(tr("%1: all new (rows: %2)").arg(file, number(t.currentRows)));
        } else if (t.hasChanges()) {
            lines.append(tr("%1: %2 added, %3 removed, %4 changed")
                             .arg(file, number(t.added), number(t.removed), number(t.changed)));
        }
        if (!t.complete)
            lines.append(tr("%1 could not be compared completely: %2").arg(file, t.problem));
    }
    return lines;
}

void ChangesPage::setProblem(const QString &problem)
{
    m_summary->setText(
        tr("The package cannot be compared with the last delivery: %1").arg(problem));
    m_filters->setEnabled(false);
    m_stack->setCurrentWidget(m_message);
}

void ChangesPage::setChanges(std::shared_ptr<const PackageChanges> changes, const TableSet &current,
                             const TableSet &previous)
{
    m_changes = changes;
    m_model->setChanges(changes, current, previous);
    const QStringList lines = summaryLines(*changes);
    if (!changes->hasPrevious) {
        m_summary->setText(tr("First delivery: there is no earlier upload to compare with.") +
                           u'\n' + lines.join(u'\n'));
        m_message->setText(tr("Everything is new. People to create: %1; nobody is deactivated.")
                               .arg(number(changes->peopleCreated)));
        m_filters->hide();
        m_stack->setCurrentWidget(m_message);
        return;
    }
    m_summary->setText(lines.isEmpty() ? tr("Nothing differs from the last delivery.")
                                       : lines.join(u'\n'));
    const QSignalBlocker blocker(m_file);
    m_file->clear();
    int first = -1;
    for (const TableChanges &t : changes->tables) {
        const QString file = asmFileName(t.table);
        if (t.hasChanges() && first < 0)
            first = m_file->count();
        m_file->addItem(t.hasChanges()
                            ? tr("%1 (%2)").arg(file, number(t.added + t.removed + t.changed))
                            : tr("%1 (no changes)").arg(file),
                        int(t.table));
    }
    m_file->setCurrentIndex(std::max(first, 0));
    m_filters->setEnabled(true);
    applyFilters();
}

void ChangesPage::setDecisions(std::shared_ptr<const DecisionLookup> decisions)
{
    m_model->setDecisions(std::move(decisions));
}

void ChangesPage::setRemovalGroups(const QList<RemovalGroup> &groups)
{
    m_groupList = groups;
    m_groups->clear();
    for (qsizetype i = 0; i < groups.size(); ++i) {
        const RemovalGroup &g = groups.at(i);
        const QString where =
            g.table == AsmTable::Students ? g.school : tr("%1 (staff)").arg(g.school);
        auto *item = new QTreeWidgetItem(
            m_groups, {where, g.grade, number(g.count), RemovalGroups::causesText(g)});
        item->setData(0, Qt::UserRole, int(i));
        item->setTextAlignment(2, Qt::AlignRight | Qt::AlignVCenter);
        item->setToolTip(0, tr("Show these rows"));
    }
    for (int c = 0; c < m_groups->columnCount(); ++c)
        m_groups->resizeColumnToContents(c);
    // As tall as its groups, up to six: the changed rows below keep the room.
    const int rows = int(std::min<qsizetype>(groups.size(), 6));
    const int rowHeight = groups.isEmpty() ? 0 : m_groups->sizeHintForRow(0);
    m_groups->setFixedHeight(m_groups->header()->sizeHint().height() + rows * rowHeight +
                             2 * m_groups->frameWidth() + 2);
    m_groups->setVisible(!groups.isEmpty());
}

void ChangesPage::showGroup(int group)
{
    if (group < 0 || group >= m_groupList.size())
        return;
    const RemovalGroup &g = m_groupList.at(group);
    showTable(g.table);
    m_kind->setCurrentIndex(m_kind->findData(int(ChangeKind::Removed)));
    applyFilters();
    const QModelIndex index = m_model->index(int(g.firstRow), ChangesModel::CauseColumn);
    m_view->scrollTo(index, QAbstractItemView::PositionAtTop);
    m_view->setCurrentIndex(index);
}

void ChangesPage::showTable(AsmTable table)
{
    const int i = m_file->findData(int(table));
    if (i >= 0)
        m_file->setCurrentIndex(i);
}

void ChangesPage::updateKindCounts()
{
    if (!m_changes)
        return;
    const TableChanges &t = m_changes->table(m_model->table());
    m_kind->setItemText(0, tr("All changes (%1)").arg(number(t.added + t.removed + t.changed)));
    for (int i = 1; i < m_kind->count(); ++i) {
        const auto kind = ChangeKind(m_kind->itemData(i).toInt());
        const qint64 n = kind == ChangeKind::Added     ? t.added
                         : kind == ChangeKind::Removed ? t.removed
                                                       : t.changed;
        m_kind->setItemText(i, tr("%1 (%2)").arg(ChangesModel::kindName(kind), number(n)));
    }
}

void ChangesPage::applyFilters()
{
    if (!m_changes || !m_changes->hasPrevious || m_file->currentIndex() < 0)
        return;
    const auto table = AsmTable(m_file->currentData().toInt());
    if (table != m_model->table())
        m_model->setTable(table);
    const int kind = m_kind->currentData().toInt();
    m_model->setKindFilter(kind == kAllKinds ? std::nullopt
                                             : std::optional<ChangeKind>(ChangeKind(kind)));
    updateKindCounts();
    if (m_model->rowCount() == 0) {
        m_message->setText(tr("No changes of this kind in %1.").arg(asmFileName(table)));
        m_stack->setCurrentWidget(m_message);
        return;
    }
    m_stack->setCurrentWidget(m_view);
    m_view->resizeColumnsToContents();
    QHeaderView *header = m_view->horizontalHeader();
    for (int c = 0; c < header->count(); ++c)
        header->resizeSection(c, std::min(header->sectionSize(c), kMaxInitialColumnWidth));
}

} // namespace rb
