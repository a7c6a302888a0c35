#include "preview/TablePage.h"

#include "common/ReadOnlyTableView.h"
#include "preview/CsvTableIndex.h"
#include "preview/LazyCsvModel.h"
#include "preview/RowSearcher.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPalette>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace rb {

namespace {

constexpr int kMaxInitialColumnWidth = 320;
// Column widths come from this many rows around the top, not from a million of them; each
// row measured costs the window's thread about 10 µs per column as a table arrives.
constexpr int kWidthSampleRows = 50;

} // namespace

TablePage::TablePage(AsmTable table, QWidget *parent)
    : QWidget(parent)
    , m_table(table)
    , m_stack(new QStackedWidget(this))
    , m_message(new QLabel(tr("Loading…"), this))
    , m_view(new ReadOnlyTableView(this))
    , m_search(new QLineEdit(this))
    , m_status(new QLabel(this))
    , m_searcher(new RowSearcher(this))
{
    const QString file = asmFileName(table);
    auto *findLabel = new QLabel(tr("&Find:"), this);
    findLabel->setBuddy(m_search);
    m_search->setPlaceholderText(tr("Text in any column; Enter finds the next row"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search %1").arg(file));
    m_search->setEnabled(false);
    m_status->setAccessibleName(tr("Search result"));
    m_status->setMinimumWidth(fontMetrics().horizontalAdvance(QLatin1Char('x')) * 24);

    auto *searchRow = new QHBoxLayout;
    searchRow->addWidget(findLabel);
    searchRow->addWidget(m_search, 1);
    searchRow->addWidget(m_status);

    m_message->setAlignment(Qt::AlignCenter);
    m_message->setWordWrap(true);
    m_message->setAccessibleName(tr("State of %1").arg(file));
    m_view->setAccessibleName(tr("Rows of %1").arg(file));
    m_view->setAlternatingRowColors(true);
    m_view->horizontalHeader()->setResizeContentsPrecision(kWidthSampleRows);
    m_stack->addWidget(m_message);
    m_stack->addWidget(m_view);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(searchRow);
    layout->addWidget(m_stack, 1);
    setTabOrder(m_search, m_view);

    connect(m_search, &QLineEdit::returnPressed, this, [this] { findNext(m_search->text()); });
    connect(m_search, &QLineEdit::textEdited, this, [this] { setStatus(QString()); });
    connect(m_searcher, &RowSearcher::found, this, &TablePage::showFound);
    connect(m_searcher, &RowSearcher::notFound, this, &TablePage::showNotFound);
}

TablePage::~TablePage()
{
    // The search reads the file the model reads: stop it while both still exist.
    m_searcher->cancel();
}

void TablePage::setTable(std::shared_ptr<const CsvTableIndex> index)
{
    m_searcher->setTable(index);
    m_model = new LazyCsvModel(std::move(index), this);
    m_view->setModel(m_model);
    m_view->resizeColumnsToContents();
    QHeaderView *header = m_view->horizontalHeader();
    for (int c = 0; c < header->count(); ++c)
        header->resizeSection(c, std::min(header->sectionSize(c), kMaxInitialColumnWidth));
    m_stack->setCurrentWidget(m_view);
    m_search->setEnabled(true);
    if (m_model->rowCount() == 0) {
        m_message->setText(tr("%1 has no rows, only its header.").arg(asmFileName(m_table)));
        m_stack->setCurrentWidget(m_message);
    }
    if (m_pendingRow >= 0)
        selectRow(m_pendingRow);
}

void TablePage::setProblem(const QString &problem)
{
    m_message->setText(tr("%1 cannot be shown: %2").arg(asmFileName(m_table), problem));
    m_stack->setCurrentWidget(m_message);
}

void TablePage::selectRow(qsizetype row)
{
    if (!m_model) {
        m_pendingRow = row;
        return;
    }
    m_pendingRow = -1;
    if (row < 0 || row >= m_model->rowCount())
        return;
    const QModelIndex index = m_model->index(int(row), 0);
    m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                         QItemSelectionModel::Rows);
    m_view->scrollTo(index, QAbstractItemView::PositionAtCenter);
}

qsizetype TablePage::currentRow() const
{
    if (!m_model)
        return -1;
    const QModelIndex current = m_view->selectionModel()->currentIndex();
    return current.isValid() ? current.row() : -1;
}

void TablePage::findNext(const QString &text)
{
    if (text.isEmpty()) {
        setStatus(QString());
        return;
    }
    setStatus(tr("Searching…"));
    m_searcher->find(text, currentRow() + 1);
}

void TablePage::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void TablePage::showFound(qsizetype row)
{
    selectRow(row);
    setStatus(tr("Found on line %1").arg(QLocale().toString(LazyCsvModel::lineOfRow(row))));
    Q_EMIT searchFinished(row);
}

void TablePage::showNotFound(const QString &text)
{
    setStatus(tr("“%1” not found").arg(text), true);
    Q_EMIT searchFinished(-1);
}

void TablePage::setStatus(const QString &text, bool problem)
{
    m_status->setText(text);
    QPalette palette = this->palette();
    if (problem)
        palette.setColor(QPalette::WindowText, QColor(176, 0, 32));
    m_status->setPalette(palette);
}

} // namespace rb
