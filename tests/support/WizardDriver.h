#pragma once

#include "MnemonicCheck.h"
#include "UiScreenshot.h"

#include <QAbstractButton>
#include <QTest>
#include <QWizard>

namespace rb::test {

// Small helpers for tests that drive the setup wizard through its widgets.

// The wizard's widget with that object name; a warning names it when it is missing.
template<typename T>
T *child(const QObject &wizard, const QString &name)
{
    T *found = wizard.findChild<T *>(name);
    if (!found)
        qWarning("no child %s", qPrintable(name));
    return found;
}

inline bool nextEnabled(const QWizard &wizard)
{
    return wizard.button(QWizard::NextButton)->isEnabled();
}

// Checks that no mnemonic is used twice on the page, and with RB_SCREENSHOT_DIR set
// (tools/dev/screenshots.sh) saves it as wizard-<name>.png.
inline void snap(QWizard &wizard, const QString &name)
{
    const QStringList duplicates = duplicateMnemonics(&wizard);
    QVERIFY2(duplicates.isEmpty(),
             qPrintable(QStringLiteral("page %1: ").arg(name) + duplicates.join(u"; ")));
    if (qEnvironmentVariableIsEmpty("RB_SCREENSHOT_DIR"))
        return;
    QTest::qWait(50);
    saveScreenshot(&wizard, QStringLiteral("wizard-") + name);
}

} // namespace rb::test
