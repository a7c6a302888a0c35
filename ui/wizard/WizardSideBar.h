#pragma once

#include <QStringList>
#include <QWidget>

class QLabel;
class QListWidget;

namespace rb {

// Beside the wizard's pages: the steps of the chosen way through, the current one marked and
// the done ones ticked, and under them what keeps Next greyed out.
class WizardSideBar : public QWidget
{
    Q_OBJECT
public:
    explicit WizardSideBar(QWidget *parent = nullptr);

    void setSteps(const QStringList &steps, int current);
    // Empty hides the line.
    void setMissing(const QString &text);

    QListWidget *steps() const { return m_steps; }
    QLabel *missing() const { return m_missing; }

private:
    QListWidget *m_steps;
    QLabel *m_missing;
};

} // namespace rb
