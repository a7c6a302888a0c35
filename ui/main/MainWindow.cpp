#include "MainWindow.h"

#include <QLabel>
#include <QVBoxLayout>

namespace rb {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
{
    setWindowTitle(tr("RosterBridge"));
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    auto *label = new QLabel(tr("RosterBridge keeps Apple School Manager in step with your "
                                "student information system."),
                             central);
    label->setWordWrap(true);
    layout->addWidget(label);
    layout->addStretch();
    setCentralWidget(central);
    resize(720, 480);
}

} // namespace rb
