#pragma once

#include <QLoggingCategory>

namespace rb {

// "rosterbridge.ui.wizard", defined in SetupWizard.cpp.
Q_DECLARE_LOGGING_CATEGORY(lcWizard)

} // namespace rb
