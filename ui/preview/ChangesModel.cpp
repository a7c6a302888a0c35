#include "preview/ChangesModel.h"

#include "pipeline/DecisionLookup.h"
#include "preview/CsvTableIndex.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

#include <limits>

namespace rb {

namespace {

// Light backgrounds with dark text, so that the marks read the same in light and dark themes.
QColor kindColor(ChangeKind kind)
{
    switch (kind) {
    case ChangeKind::Added:
        return QColor(214, 240, 214);
    case ChangeKind::Removed:
        return QColor(248, 214, 214);
    case ChangeKind::Changed:
        break;
    }
    return QColor(252, 236, 200);
}

const QColor kChangedValueColor(255, 214, 130);

int clampToInt(qsizetype n)
{
    return int(std::min<qsizetype>(n, std::numeric_limits<int>::max()));
}

} // namespace

ChangesModel::ChangesModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

QString ChangesModel::kindName(ChangeKind kind)
{
    switch (kind) {
    case ChangeKind::Added:
        return tr("Added");
    case ChangeKind::Removed:
        return tr("Removed");
    case ChangeKind::Changed:
        break;
    }
    return tr("Changed");
}

void ChangesModel::setChanges(std::shared_ptr<const PackageChanges> changes,
                              const TableSet &current, const TableSet &previous)
{
    beginResetModel();
    m_changes = std::move(changes);
    m_current = current;
    m_previous = previous;
    rebuild();
    endResetModel();
}

void ChangesModel::setDecisions(std::shared_ptr<const DecisionLookup> decisions)
{
    beginResetModel();
    m_decisions = std::move(decisions);
    endResetModel();
}

void ChangesModel::setTable(AsmTable table)
{
    beginResetModel();
    m_table = table;
    rebuild();
    endResetModel();
}

void ChangesModel::setKindFilter(std::optional<ChangeKind> kind)
{
    beginResetModel();
    m_kind = kind;
    endResetModel();
}

void ChangesModel::rebuild()
{
    const size_t i = size_t(m_table);
    m_currentRows.reset(m_current[i] ? new CsvRowCache(m_current[i]) : nullptr);
    m_previousRows.reset(m_previous[i] ? new CsvRowCache(m_previous[i]) : nullptr);
    const TableChanges *c = changes();
    const auto column = [c](const QByteArray &name) {
        return c ? int(c->columns.indexOf(name)) : -1;
    };
    const bool rosters = m_table == AsmTable::Rosters;
    m_idColumn = column(rosters ? QByteArrayLiteral("roster_id") : asmKeyColumn(m_table));
    m_classColumn = rosters ? column("class_id") : -1;
    m_studentColumn = rosters ? column("student_id") : -1;
}

QString ChangesModel::previousValue(quint32 row, int unionColumn) const
{
    const int column = changes()->previousColumn.value(unionColumn, -1);
    if (!m_previousRows || column < 0)
        return {};
    return m_previousRows->row(qsizetype(row)).value(column);
}

const TableChanges *ChangesModel::changes() const
{
    return m_changes && m_changes->hasPrevious ? &m_changes->table(m_table) : nullptr;
}

int ChangesModel::rowCount(const QModelIndex &parent) const
{
    const TableChanges *c = changes();
    if (parent.isValid() || !c)
        return 0;
    if (m_kind)
        return clampToInt(qsizetype(c->rows(*m_kind).size()));
    return clampToInt(
        qsizetype(c->removedRows.size() + c->addedRows.size() + c->changedRows.size()));
}

int ChangesModel::columnCount(const QModelIndex &parent) const
{
    const TableChanges *c = changes();
    return parent.isValid() || !c ? 0 : FirstValueColumn + int(c->columns.size());
}

ChangesModel::Entry ChangesModel::entry(int row) const
{
    const TableChanges &c = *changes();
    if (m_kind)
        return {*m_kind, c.rows(*m_kind).at(size_t(row))};
    size_t r = size_t(row);
    for (ChangeKind kind : {ChangeKind::Removed, ChangeKind::Added, ChangeKind::Changed}) {
        const std::vector<RowChange> &rows = c.rows(kind);
        if (r < rows.size())
            return {kind, rows[r]};
        r -= rows.size();
    }
    return {ChangeKind::Changed, {}};
}

QVariant ChangesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Entry e = entry(index.row());
    switch (role) {
    case KindRole:
        return int(e.kind);
    case CurrentRowRole:
        return e.rows.currentRow == RowChange::kNoRow ? qint64(-1) : qint64(e.rows.currentRow);
    default:
        break;
    }
    if (index.column() == KindColumn)
        return kindData(e, role);
    if (index.column() == LineColumn)
        return lineData(e, role);
    if (index.column() == CauseColumn)
        return causeData(e, role);
    return valueData(e, index.column() - FirstValueColumn, role);
}

QVariant ChangesModel::kindData(const Entry &e, int role) const
{
    const bool people = m_table == AsmTable::Students || m_table == AsmTable::Staff;
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return kindName(e.kind);
    case Qt::BackgroundRole:
        return QBrush(kindColor(e.kind));
    case Qt::ForegroundRole:
        return QBrush(Qt::black);
    case Qt::ToolTipRole:
        switch (e.kind) {
        case ChangeKind::Added:
            return people ? tr("New: Apple School Manager will create this person.")
                          : tr("New in this package.");
        case ChangeKind::Removed:
            return people ? tr("Missing from this package: Apple School Manager will deactivate "
                               "this person.")
                          : tr("Missing from this package: Apple School Manager will remove it.");
        case ChangeKind::Changed:
            return tr("Changed since the last delivery; the changed values are highlighted.");
        }
        break;
    default:
        break;
    }
    return {};
}

QVariant ChangesModel::lineData(const Entry &e, int role) const
{
    const bool removed = e.rows.currentRow == RowChange::kNoRow;
    const qint64 line = qint64(removed ? e.rows.previousRow : e.rows.currentRow) + 2;
    const QString file = asmFileName(m_table);
    switch (role) {
    case Qt::DisplayRole:
        return removed ? tr("was %1").arg(line) : QString::number(line);
    case Qt::ToolTipRole:
    case Qt::AccessibleTextRole:
        if (removed)
            return tr("Line %1 of %2 in the last delivery").arg(QLocale().toString(line), file);
        if (e.rows.previousRow != RowChange::kNoRow) {
            return tr("Line %1 of %2 (line %3 in the last delivery)")
                .arg(QLocale().toString(line), file,
                     QLocale().toString(qint64(e.rows.previousRow) + 2));
        }
        return tr("Line %1 of %2").arg(QLocale().toString(line), file);
    case Qt::TextAlignmentRole:
        return int(Qt::AlignRight | Qt::AlignVCenter);
    default:
        break;
    }
    return {};
}

QVariant ChangesModel::causeData(const Entry &e, int role) const
{
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole && role != Qt::AccessibleTextRole)
        return {};
    if (e.kind == ChangeKind::Removed) {
        if (!m_decisions) {
            return role == Qt::DisplayRole
                       ? QVariant()
                       : QVariant(tr("The run that made this package kept no record of its "
                                     "filters' decisions."));
        }
        const DecisionLookup::Cause cause =
            m_decisions->removalCause(previousValue(e.rows.previousRow, m_idColumn).toUtf8(),
                                      previousValue(e.rows.previousRow, m_classColumn).toUtf8(),
                                      previousValue(e.rows.previousRow, m_studentColumn).toUtf8());
        return role == Qt::DisplayRole ? cause.title : cause.sentence;
    }
    // Added or changed: only a rule that changed the row has something to say.
    if (!m_decisions || m_idColumn < 0 || !m_currentRows)
        return {};
    const int column = changes()->currentColumn.value(m_idColumn, -1);
    const QString id = m_currentRows->row(qsizetype(e.rows.currentRow)).value(column);
    const QList<Decision> decisions = m_decisions->about(id.toUtf8());
    if (decisions.isEmpty())
        return {};
    return role == Qt::DisplayRole ? DecisionLookup::causeTitle(decisions.first())
                                   : DecisionLookup::causeSentence(decisions.first());
}

QVariant ChangesModel::valueData(const Entry &e, int unionColumn, int role) const
{
    const TableChanges &c = *changes();
    const auto read = [unionColumn](CsvRowCache *cache, const QList<int> &map, quint32 row) {
        const int column = map.value(unionColumn, -1);
        if (!cache || row == RowChange::kNoRow || column < 0)
            return QString();
        return cache->row(qsizetype(row)).value(column);
    };
    const QString now = read(m_currentRows.get(), c.currentColumn, e.rows.currentRow);
    const QString before = read(m_previousRows.get(), c.previousColumn, e.rows.previousRow);
    const QString value = e.kind == ChangeKind::Removed ? before : now;
    const bool changed = e.kind == ChangeKind::Changed && now != before;
    const QString empty = tr("(empty)");
    switch (role) {
    case ChangedValueRole:
        return changed;
    case Qt::DisplayRole:
        if (changed) {
            return tr("%1 → %2").arg(before.isEmpty() ? empty : before,
                                     now.isEmpty() ? empty : now);
        }
        return value;
    case Qt::AccessibleTextRole:
    case Qt::ToolTipRole:
        if (changed) {
            return tr("%1 changed from “%2” to “%3”")
                .arg(QString::fromUtf8(c.columns.value(unionColumn)), before, now);
        }
        return role == Qt::AccessibleTextRole || value.size() > 40 ? QVariant(value) : QVariant();
    case Qt::BackgroundRole:
        return changed ? QVariant(QBrush(kChangedValueColor)) : QVariant();
    case Qt::ForegroundRole:
        return changed ? QVariant(QBrush(Qt::black)) : QVariant();
    default:
        break;
    }
    return {};
}

QVariant ChangesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    const TableChanges *c = changes();
    if (orientation != Qt::Horizontal || !c || section < 0 || section >= columnCount())
        return {};
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole && role != Qt::AccessibleTextRole)
        return {};
    if (section == KindColumn)
        return tr("Change");
    if (section == LineColumn)
        return tr("Line");
    if (section == CauseColumn)
        return role == Qt::DisplayRole ? tr("Cause")
                                       : tr("Which rule removed or changed the row, from the run's "
                                            "decision trail");
    const int u = section - FirstValueColumn;
    const QString name = QString::fromUtf8(c->columns.at(u));
    if (c->currentColumn.value(u, -1) < 0 && role != Qt::DisplayRole)
        return tr("%1 (only in the last delivery)").arg(name);
    if (c->previousColumn.value(u, -1) < 0 && role != Qt::DisplayRole)
        return tr("%1 (new column)").arg(name);
    return name;
}

} // namespace rb
