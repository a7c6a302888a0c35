#pragma once

#include <QLoggingCategory>

namespace rb {

// "rosterbridge.ui.profile", defined in ProfileSaver.cpp: the profile settings widgets the
// wizard and the settings dialog share.
Q_DECLARE_LOGGING_CATEGORY(lcProfileUi)

} // namespace rb
