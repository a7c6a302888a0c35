#include "profile/LayerList.h"

#include "common/WindowFit.h"

#include <QStyle>
#include <QTimer>

namespace rb {

LayerList::LayerList(QWidget *parent)
    : QListWidget(parent)
{
    setSelectionMode(QAbstractItemView::NoSelection);
    setWordWrap(true);
    setTextElideMode(Qt::ElideNone);
    setFocusPolicy(Qt::TabFocus);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setIconSize(QSize(16, 16));
}

void LayerList::addLayer(Mark mark, const QString &name, const QString &text,
                         const QStringList &details)
{
    QStyle::StandardPixmap icon = QStyle::SP_DialogApplyButton;
    QString state = tr("passed");
    switch (mark) {
    case Mark::Passed:
        break;
    case Mark::Warning:
        icon = QStyle::SP_MessageBoxWarning;
        state = tr("warning");
        break;
    case Mark::Failed:
        icon = QStyle::SP_MessageBoxCritical;
        state = tr("failed");
        break;
    case Mark::Skipped:
        state = tr("not tested");
        break;
    }
    // A skipped layer gets an empty icon of the same size, so the text stays aligned.
    QIcon shown = style()->standardIcon(icon);
    if (mark == Mark::Skipped) {
        QPixmap blank(iconSize());
        blank.fill(Qt::transparent);
        shown = QIcon(blank);
    }
    auto *item = new QListWidgetItem(shown, name + QStringLiteral(": ") + text, this);
    item->setData(Qt::AccessibleTextRole,
                  QString(name + QStringLiteral(", ") + state + QStringLiteral(": ") + text));
    item->setData(Qt::UserRole, int(mark));
    if (!details.isEmpty())
        item->setToolTip(details.join(u'\n'));
    if (mark == Mark::Skipped)
        item->setForeground(palette().brush(QPalette::PlaceholderText));
    executeDelayedItemsLayout();
    updateGeometry();
    // After the layouts have taken the new row in.
    QTimer::singleShot(0, this, [this] { WindowFit::grow(this); });
}

QSize LayerList::sizeHint() const
{
    // Every layer without scrolling, however many lines its text wraps to; before a test,
    // room for six layers.
    // The rows as laid out, wrapped lines included.
    int height = 2 * frameWidth() + contentsSize().height();
    if (count() == 0)
        height += fontMetrics().lineSpacing() * 6;
    return {QListWidget::sizeHint().width(), height};
}

QSize LayerList::minimumSizeHint() const
{
    return sizeHint();
}

void LayerList::resizeEvent(QResizeEvent *event)
{
    QListWidget::resizeEvent(event);
    // Wrapped lines change with the width.
    executeDelayedItemsLayout();
    updateGeometry();
}

} // namespace rb
