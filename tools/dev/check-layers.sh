#!/usr/bin/env bash
# core/ must never use Qt Gui or Widgets: no such include, and no such library on its link line.
set -u
top=$(cd "$(dirname "$0")/../.." && pwd)
hits=$(grep -rnE '#include *<(QtGui|QtWidgets|QGui|QWidget|QDialog|QMainWindow|QApplication|QIcon|QPixmap|QImage|QColor|QFont|QMessageBox|QAction)' "$top/core" || true)
if [ -n "$hits" ]; then
    echo "core/ includes Gui or Widgets headers:"; echo "$hits"; exit 1
fi
if grep -qE 'Qt6?::(Gui|Widgets)' "$top/core/CMakeLists.txt"; then
    echo "core/CMakeLists.txt links Qt Gui or Widgets"; exit 1
fi
echo "core/ is free of Qt Gui and Widgets"
