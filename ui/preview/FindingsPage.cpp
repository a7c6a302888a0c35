#include "preview/FindingsPage.h"

#include "common/FindingsCsv.h"
#include "common/ReadOnlyTableView.h"
#include "preview/FindingsModel.h"
#include "preview/PackageValidation.h"

#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace rb {

FindingsPage::FindingsPage(QWidget *parent)
    : QWidget(parent)
    , m_summary(new QLabel(tr("Checking the package against Apple's rules…"), this))
    , m_export(new QPushButton(tr("E&xport findings…"), this))
    , m_view(new ReadOnlyTableView(this))
    , m_model(new FindingsModel(this))
{
    m_summary->setWordWrap(true);
    m_summary->setAccessibleName(tr("Summary of the findings"));
    m_view->setModel(m_model);
    m_view->setAccessibleName(tr("Findings"));
    m_view->verticalHeader()->hide();

    m_export->setAccessibleName(tr("Export the findings as a CSV file"));
    m_export->setAutoDefault(false);
    m_export->setEnabled(false);
    connect(m_export, &QPushButton::clicked, this, &FindingsPage::exportFindings);

    auto *top = new QHBoxLayout;
    top->addWidget(m_summary, 1);
    top->addWidget(m_export, 0, Qt::AlignTop);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
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
    m_export->setEnabled(m_model->rowCount() > 0);
    if (m_model->rowCount() > 0)
        m_view->selectRow(0);
}

Result<void> FindingsPage::exportTo(const QString &path) const
{
    return FindingsCsv::write(m_model->findings(), path);
}

void FindingsPage::exportFindings()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export findings"),
                                                      QDir::home().filePath(tr("findings.csv")),
                                                      tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    if (const Result<void> written = exportTo(path); !written)
        QMessageBox::warning(this, tr("Export findings"), written.error());
}

void FindingsPage::activateRow(int row)
{
    if (row >= 0 && row < m_model->rowCount())
        Q_EMIT findingActivated(m_model->finding(row));
}

} // namespace rb
