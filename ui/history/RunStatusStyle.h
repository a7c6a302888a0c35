#pragma once

#include "store/RunRecord.h"

#include <QColor>
#include <QIcon>
#include <QString>
#include <QVariant>

namespace rb {

// The icon and text colour that let a failed or held run stand out in a long list. Icons come
// from the application's style, so they match the platform.
class RunStatusStyle
{
public:
    static QIcon icon(RunStatus status);
    // For a step's status text ("ok", "failed", "held"...).
    static QIcon stepIcon(StepStatus status);
    static QIcon exchangeIcon(bool ok);
    // A QColor for the text, or an invalid QVariant to keep the palette's.
    static QVariant foreground(RunStatus status);
    static QVariant stepForeground(StepStatus status);
};

} // namespace rb
