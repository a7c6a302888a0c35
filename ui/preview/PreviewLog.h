#pragma once

#include <QLoggingCategory>

namespace rb {

Q_DECLARE_LOGGING_CATEGORY(lcPreview)

} // namespace rb
