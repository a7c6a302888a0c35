#include "preview/FindingsPage.h"

#include "common/ReadOnlyTableView.h"
#include "preview/FindingsModel.h"
#include "preview/PackageValidation.h"

#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

namespace rb {

FindingsPage::FindingsPage(QWidget *parent)
    : QWidget(parent)
    , m_summary(new QLabel(tr("Checking the package against Apple's rules…"), this))
    , m_view(new ReadOnlyTableView(this))
    , m_model(new FindingsModel(this))
{
    m_summary->setWordWrap(true);
    m_summary->setAccessibleName(tr("Summary of the findings"));
    m_view->setModel(m_model);
    m_view->setAccessibleName(tr("Findings"));
    m_view->verticalHeader()->hide();

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_view, 1);
    layout->addStretch(0);

    connect(m_view, &QAbstractItemView::activated, this,
            [this](const QModelIndex &index) { activateRow(index.row()); });
}

void FindingsPage::setValidation(const PackageValidation &validation)
{
    m_model->setFindings(validation.findings);
    m_view->resizeColumnsToContents();
    if (!validation.opened) {
        m_summary->setText(tr("The package cannot be opened as a zip of the six files Apple "
                              "School Manager takes."));
    } else if (validation.errors > 0) {
        m_summary->setText(tr("Apple School Manager would reject this package. Errors: %1, "
                              "warnings: %2. Double-click a finding, or select it and press "
                              "Enter, to see its row.")
                               .arg(QLocale().toString(validation.errors),
                                    QLocale().toString(validation.warnings)));
    } else if (validation.warnings > 0) {
        m_summary->setText(tr("The package follows Apple's rules. Warnings: %1. Double-click a "
                              "finding, or select it and press Enter, to see its row.")
                               .arg(QLocale().toString(validation.warnings)));
    } else {
        m_summary->setText(tr("The package follows Apple's rules."));
    }
    // An empty table says nothing the summary does not.
    m_view->setVisible(m_model->rowCount() > 0);
    if (m_model->rowCount() > 0)
        m_view->selectRow(0);
}

void FindingsPage::activateRow(int row)
{
    if (row >= 0 && row < m_model->rowCount())
        Q_EMIT findingActivated(m_model->finding(row));
}

} // namespace rb
