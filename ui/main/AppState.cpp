#include "AppState.h"

#include <QIconEngine>
#include <QPainter>
#include <QPainterPath>

namespace rb {

namespace {
QColor colourOf(AppState state)
{
    switch (state) {
    case AppState::Running:
        return QColor(0x1e, 0x6f, 0xd9);
    case AppState::Held:
        return QColor(0xd9, 0x8e, 0x04);
    case AppState::Failed:
        return QColor(0xc6, 0x28, 0x28);
    case AppState::Paused:
        return QColor(0x75, 0x75, 0x75);
    case AppState::Idle:
        break;
    }
    return QColor(0x2e, 0x7d, 0x32);
}

// Paints on demand at the exact size and device pixel ratio asked for.
class BadgeEngine : public QIconEngine
{
public:
    explicit BadgeEngine(AppState state)
        : m_state(state)
    {
    }
    QIconEngine *clone() const override { return new BadgeEngine(m_state); }

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State) override
    {
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        const qreal side = qMin(rect.width(), rect.height());
        const QRectF box(rect.x() + (rect.width() - side) / 2.0,
                         rect.y() + (rect.height() - side) / 2.0, side, side);
        QColor fill = colourOf(m_state);
        if (mode == QIcon::Disabled)
            fill = QColor(0x9e, 0x9e, 0x9e);
        painter->setPen(Qt::NoPen);
        painter->setBrush(fill);
        painter->drawEllipse(box.adjusted(side * 0.04, side * 0.04, -side * 0.04, -side * 0.04));
        QPen pen(Qt::white, qMax(1.5, side * 0.11), Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
        painter->setPen(pen);
        painter->setBrush(Qt::NoBrush);
        const auto at = [&box, side](qreal x, qreal y) {
            return QPointF(box.x() + x * side, box.y() + y * side);
        };
        switch (m_state) {
        case AppState::Idle: // a tick
            painter->drawPolyline(QList<QPointF>{at(0.28, 0.52), at(0.44, 0.68), at(0.72, 0.36)});
            break;
        case AppState::Running: { // two arrows in a circle
            const QRectF arc(at(0.28, 0.28), at(0.72, 0.72));
            painter->drawArc(arc, 30 * 16, 150 * 16);
            painter->drawArc(arc, 210 * 16, 150 * 16);
            break;
        }
        case AppState::Held: // an exclamation mark
            painter->drawLine(at(0.5, 0.26), at(0.5, 0.56));
            painter->drawPoint(at(0.5, 0.73));
            break;
        case AppState::Failed: // a cross
            painter->drawLine(at(0.34, 0.34), at(0.66, 0.66));
            painter->drawLine(at(0.66, 0.34), at(0.34, 0.66));
            break;
        case AppState::Paused: // two bars
            painter->drawLine(at(0.4, 0.3), at(0.4, 0.7));
            painter->drawLine(at(0.6, 0.3), at(0.6, 0.7));
            break;
        }
        painter->restore();
    }

    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override
    {
        QPixmap pm(size);
        pm.fill(Qt::transparent);
        QPainter p(&pm);
        paint(&p, QRect(QPoint(0, 0), size), mode, state);
        return pm;
    }

private:
    AppState m_state;
};
} // namespace

QString AppStateText::describe(AppState state)
{
    switch (state) {
    case AppState::Running:
        return tr("Running");
    case AppState::Held:
        return tr("Held for review");
    case AppState::Failed:
        return tr("The last run failed");
    case AppState::Paused:
        return tr("Paused");
    case AppState::Idle:
        break;
    }
    return tr("Up to date");
}

QIcon AppStateText::icon(AppState state)
{
    return QIcon(new BadgeEngine(state));
}

} // namespace rb
