#pragma once

#include "asm/AsmSchema.h"

#include <QWidget>

#include <memory>

class QLabel;
class QLineEdit;
class QStackedWidget;
class QTableView;

namespace rb {

class CsvTableIndex;
class LazyCsvModel;
class RowSearcher;

// One file of the package: a search field and the rows, or "Loading…" until the file has been
// extracted and indexed, or why it cannot be shown.
class TablePage : public QWidget
{
    Q_OBJECT

public:
    explicit TablePage(AsmTable table, QWidget *parent = nullptr);
    ~TablePage() override;

    AsmTable table() const { return m_table; }
    void setTable(std::shared_ptr<const CsvTableIndex> index);
    void setProblem(const QString &problem);
    bool isLoaded() const { return m_model != nullptr; }

    // Selects a data row (line - 2) and scrolls to it; remembered until the file is loaded.
    void selectRow(qsizetype row);
    // The selected data row, -1 when none.
    qsizetype currentRow() const;
    // Looks for text from the row after the selected one on, as Enter in the search field does.
    void findNext(const QString &text);
    void focusSearch();

    QTableView *view() const { return m_view; }
    QLineEdit *searchField() const { return m_search; }
    QLabel *searchStatus() const { return m_status; }
    LazyCsvModel *model() const { return m_model; }

Q_SIGNALS:
    // After findNext(): the row found, or -1.
    void searchFinished(qsizetype row);

private:
    void showFound(qsizetype row);
    void showNotFound(const QString &text);
    void setStatus(const QString &text, bool problem = false);

    AsmTable m_table;
    QStackedWidget *m_stack;
    QLabel *m_message;
    QTableView *m_view;
    QLineEdit *m_search;
    QLabel *m_status;
    LazyCsvModel *m_model = nullptr;
    RowSearcher *m_searcher;
    qsizetype m_pendingRow = -1;
};

} // namespace rb
