#pragma once

#include <QLoggingCategory>

namespace rb::dev {
Q_DECLARE_LOGGING_CATEGORY(lcDevServer)
}
