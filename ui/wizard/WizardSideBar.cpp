#include "wizard/WizardSideBar.h"

#include <QFont>
#include <QLabel>
#include <QListWidget>
#include <QVBoxLayout>

namespace rb {

WizardSideBar::WizardSideBar(QWidget *parent)
    : QWidget(parent)
    , m_steps(new QListWidget(this))
    , m_missing(new QLabel(this))
{
    m_steps->setAccessibleName(tr("Steps"));
    // A map of where the admin is, not a way to jump: the pages' checks run in order.
    m_steps->setFocusPolicy(Qt::NoFocus);
    m_steps->setSelectionMode(QAbstractItemView::NoSelection);
    m_steps->setFrameShape(QFrame::NoFrame);
    // Part of the window, not a field to fill in.
    QPalette flat = m_steps->palette();
    flat.setColor(QPalette::Base, flat.color(QPalette::Window));
    m_steps->setPalette(flat);
    m_steps->setSpacing(3);
    m_steps->setFixedWidth(180);
    m_missing->setWordWrap(true);
    m_missing->setFixedWidth(180);
    m_missing->setAccessibleName(tr("What Next needs"));
    m_missing->setForegroundRole(QPalette::Highlight);
    m_missing->hide();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 8, 0);
    layout->addWidget(m_steps, 1);
    layout->addWidget(m_missing);
}

void WizardSideBar::setSteps(const QStringList &steps, int current)
{
    m_steps->clear();
    for (int i = 0; i < steps.size(); ++i) {
        // ✓ for done, ▸ for here; the words carry it too for screen readers.
        const QString mark = i < current    ? QStringLiteral("✓ ")
                             : i == current ? QStringLiteral("▸ ")
                                            : QStringLiteral("   ");
        auto *item = new QListWidgetItem(mark + steps.at(i), m_steps);
        item->setData(Qt::AccessibleTextRole, i < current ? tr("%1, done").arg(steps.at(i))
                                              : i == current
                                                  ? tr("%1, current step").arg(steps.at(i))
                                                  : steps.at(i));
        if (i == current) {
            QFont bold = item->font();
            bold.setBold(true);
            item->setFont(bold);
        } else if (i > current) {
            item->setForeground(palette().color(QPalette::Disabled, QPalette::Text));
        }
    }
}

void WizardSideBar::setMissing(const QString &text)
{
    m_missing->setText(text);
    m_missing->setVisible(!text.isEmpty());
}

} // namespace rb
