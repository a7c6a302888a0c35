#pragma once

#include <QTableView>

namespace rb {

// A table to read, not edit: whole rows selected one at a time, one line per row at a fixed
// height (so that millions of rows scroll without measuring each), the last column taking the
// rest of the width, and Tab moving on to the next control rather than the next cell.
class ReadOnlyTableView : public QTableView
{
    Q_OBJECT
public:
    explicit ReadOnlyTableView(QWidget *parent = nullptr);
};

} // namespace rb
