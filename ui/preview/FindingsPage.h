#pragma once

#include "common/Finding.h"
#include "common/Result.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace rb {

class FindingsModel;
struct PackageValidation;

// What Apple's rules say about the package: a summary and the findings, errors first.
// Activating a finding (double-click or Enter) asks for its row to be shown.
class FindingsPage : public QWidget
{
    Q_OBJECT

public:
    explicit FindingsPage(QWidget *parent = nullptr);

    void setValidation(const PackageValidation &validation);
    // The same as double-clicking the row.
    void activateRow(int row);
    // Every finding as CSV, for a spreadsheet or a ticket to the SIS vendor.
    Result<void> exportTo(const QString &path) const;

    FindingsModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QLabel *summary() const { return m_summary; }
    QPushButton *exportButton() const { return m_export; }

Q_SIGNALS:
    void findingActivated(const rb::Finding &finding);

private:
    void exportFindings();

    QLabel *m_summary;
    QPushButton *m_export;
    QTableView *m_view;
    FindingsModel *m_model;
};

} // namespace rb
