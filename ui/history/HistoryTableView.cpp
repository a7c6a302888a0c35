#include "history/HistoryTableView.h"

#include <QItemSelectionModel>
#include <QStyledItemDelegate>

namespace rb {

namespace {
// Columns sized to their contents look at this many rows, not all of a long list.
constexpr int kResizePrecision = 200;

class ElideDelegate : public QStyledItemDelegate
{
public:
    ElideDelegate(Qt::TextElideMode mode, QObject *parent)
        : QStyledItemDelegate(parent)
        , m_mode(mode)
    {
    }

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        option->textElideMode = m_mode;
    }

private:
    Qt::TextElideMode m_mode;
};
} // namespace

HistoryTableView::HistoryTableView(QWidget *parent)
    : ReadOnlyTableView(parent)
{
    setAlternatingRowColors(true);
    setShowGrid(false);
    setTextElideMode(Qt::ElideRight);
    verticalHeader()->hide();
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    // Each column says how it takes its width (setColumnModes).
    horizontalHeader()->setStretchLastSection(false);
    horizontalHeader()->setHighlightSections(false);
    horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    horizontalHeader()->setResizeContentsPrecision(kResizePrecision);
}

void HistoryTableView::setColumnModes(const QList<QHeaderView::ResizeMode> &modes,
                                      const QList<int> &widths)
{
    QHeaderView *header = horizontalHeader();
    for (int column = 0; column < modes.size(); ++column) {
        header->setSectionResizeMode(column, modes.at(column));
        if (column < widths.size() && widths.at(column) > 0)
            header->resizeSection(column, widths.at(column));
    }
}

void HistoryTableView::setColumnElideMode(int column, Qt::TextElideMode mode)
{
    setItemDelegateForColumn(column, new ElideDelegate(mode, this));
}

int HistoryTableView::currentRow() const
{
    const QModelIndex current = selectionModel() ? selectionModel()->currentIndex() : QModelIndex();
    return current.isValid() ? current.row() : -1;
}

bool HistoryTableView::setCurrentRow(int row)
{
    if (row == currentRow())
        return false;
    if (row < 0) {
        selectionModel()->clear();
        return true;
    }
    const QModelIndex target = model()->index(row, 0);
    selectionModel()->setCurrentIndex(target, QItemSelectionModel::ClearAndSelect |
                                                  QItemSelectionModel::Rows);
    scrollTo(target);
    return true;
}

} // namespace rb
