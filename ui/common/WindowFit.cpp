#include "common/WindowFit.h"

#include <QLayout>
#include <QScreen>
#include <QWidget>

namespace rb {

void WindowFit::grow(QWidget *widget)
{
    QWidget *window = widget->window();
    if (!window->isVisible())
        return;
    // The layouts must take in the new content before the window's hint says it.
    if (QLayout *layout = window->layout())
        layout->activate();
    QSize wanted = window->size().expandedTo(window->sizeHint());
    if (const QScreen *screen = window->screen())
        wanted = wanted.boundedTo(screen->availableGeometry().size());
    if (wanted != window->size())
        window->resize(wanted);
}

} // namespace rb
