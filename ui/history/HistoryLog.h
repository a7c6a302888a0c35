#pragma once

#include <QLoggingCategory>

namespace rb {

Q_DECLARE_LOGGING_CATEGORY(lcHistoryUi)

} // namespace rb
