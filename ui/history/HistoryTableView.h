#pragma once

#include "common/ReadOnlyTableView.h"
#include <QHeaderView>
#include <QList>

namespace rb {

// A read-only table of history records: whole rows selected one at a time, compact rows, no
// row numbers, and Tab moving on to the next control rather than the next cell.
class HistoryTableView : public ReadOnlyTableView
{
    Q_OBJECT
public:
    explicit HistoryTableView(QWidget *parent = nullptr);

    // How each column takes its width, in column order; widths apply to Interactive ones.
    void setColumnModes(const QList<QHeaderView::ResizeMode> &modes, const QList<int> &widths = {});
    // Only this column is elided differently from the rest.
    void setColumnElideMode(int column, Qt::TextElideMode mode);
    // -1 when nothing is current.
    int currentRow() const;
    // Makes row current and selected (nothing for -1). False when it already was, which
    // emits no signal.
    bool setCurrentRow(int row);
};

} // namespace rb
