#!/usr/bin/env bash
# core/ must never use Qt Gui or Widgets: no such include, and no such library on its link line.
# core/ and ui/ never reach into tools/, and core's folders never depend on each other in a
# circle (docs/ARCHITECTURE.md, "Layers").
set -u
top=$(cd "$(dirname "$0")/../.." && pwd)

# The installed Qt's own header lists are the truth: every header of QtGui, QtWidgets and the
# modules built on them, as <QPainter>, <qpainter.h>, <QtGui/QPainter>, "QtGui/qpainter.h"...
headers=$(qtpaths6 --query QT_INSTALL_HEADERS 2>/dev/null || qmake6 -query QT_INSTALL_HEADERS \
    2>/dev/null || true)
modules="QtGui QtWidgets QtOpenGL QtOpenGLWidgets QtPrintSupport QtSvg QtSvgWidgets"
patterns=$(mktemp)
trap 'rm -f "$patterns"' EXIT
for module in $modules; do
    printf '<%s>\n<%s/\n"%s/\n' "$module" "$module" "$module"
    [ -d "$headers/$module" ] || continue
    for file in "$headers/$module"/*; do
        name=${file##*/}
        printf '<%s>\n"%s"\n' "$name" "$name"
    done
done >"$patterns"
includes=$(grep -rnE --include='*.cpp' --include='*.h' '^\s*#\s*include' "$top/core")
if [ -d "$headers/QtGui" ]; then
    hits=$(echo "$includes" | grep -F -f "$patterns" || true)
else
    # No Qt install to read: fall back to the headers core/ is likeliest to reach for.
    hits=$(echo "$includes" | grep -E '[<"/](Qt(Gui|Widgets)|QGui|QWidget|QDialog|QMainWindow|QApplication|QIcon|QPixmap|QImage|QColor|QFont|QMessageBox|QAction|QPainter|QPalette|QStyle|QScreen|QWindow|QClipboard|QDesktopServices|QKeySequence|QValidator|QStandardItemModel)' || true)
fi
if [ -n "$hits" ]; then
    echo "core/ includes Gui or Widgets headers:"; echo "$hits"; exit 1
fi
if grep -qE 'Qt6?::(Gui|Widgets|OpenGL|PrintSupport|Svg)' "$top/core/CMakeLists.txt"; then
    echo "core/CMakeLists.txt links Qt Gui or Widgets"; exit 1
fi
echo "core/ is free of Qt Gui and Widgets"

for lib in core ui; do
    if grep -qE 'rb_gendistrict|tools/' "$top/$lib/CMakeLists.txt"; then
        echo "$lib/CMakeLists.txt uses something from tools/"; exit 1
    fi
done

# The folder graph of core/: "folder used-folder" for every quoted include that names a file in
# another folder of core/ (includes are relative to core/ or to the including file's folder).
edges=$(cd "$top/core" && grep -rHoE --include='*.cpp' --include='*.h' \
    '^\s*#\s*include\s*"[^"]+"' . | sed -E 's#^\./##; s#:.*"([^"]+)"$# \1#' |
    while read -r file inc; do
        from=${file%/*}
        if [ -f "$from/$inc" ]; then to=$(dirname "$from/$inc")
        elif [ -f "$inc" ]; then to=$(dirname "$inc")
        else continue; fi
        [ "$from" != "$to" ] && echo "$from $to"
    done | sort -u)
if loops=$(echo "$edges" | tsort 2>&1 >/dev/null) && [ -z "$loops" ]; then
    echo "core/'s folders depend on each other without a circle"
else
    echo "core/'s folders depend on each other in a circle:"; echo "$loops"
    echo "folder dependencies (folder, used folder):"; echo "$edges"; exit 1
fi
