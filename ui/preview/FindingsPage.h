#pragma once

#include "common/Finding.h"

#include <QWidget>

class QLabel;
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

    FindingsModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QLabel *summary() const { return m_summary; }

Q_SIGNALS:
    void findingActivated(const rb::Finding &finding);

private:
    QLabel *m_summary;
    QTableView *m_view;
    FindingsModel *m_model;
};

} // namespace rb
