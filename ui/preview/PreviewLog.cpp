#include "preview/PreviewLog.h"

namespace rb {

Q_LOGGING_CATEGORY(lcPreview, "rosterbridge.ui.preview", QtInfoMsg)

} // namespace rb
