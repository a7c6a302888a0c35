#pragma once

#include <QListWidget>

namespace rb {

// The layers of a connection test, one line each with a pass, warning, failure or skipped
// mark; details go in the tooltip.
class LayerList : public QListWidget
{
    Q_OBJECT
public:
    enum class Mark { Passed, Warning, Failed, Skipped };

    explicit LayerList(QWidget *parent = nullptr);

    void addLayer(Mark mark, const QString &name, const QString &text,
                  const QStringList &details = {});
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void resizeEvent(QResizeEvent *event) override;
};

} // namespace rb
