#pragma once

#include <QDir>
#include <QString>
#include <QWidget>

namespace rb::test {

// Saves what a widget shows as <RB_SCREENSHOT_DIR>/<name>.png when that variable is set
// (tools/dev/screenshots.sh sets it and runs the GUI tests under Xvfb); otherwise does nothing.
// Returns the file written, or an empty string.
inline QString saveScreenshot(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("RB_SCREENSHOT_DIR");
    if (dir.isEmpty() || !widget)
        return {};
    QDir().mkpath(dir);
    const QString file = QDir(dir).filePath(name + QStringLiteral(".png"));
    return widget->grab().save(file) ? file : QString();
}

} // namespace rb::test
