#include "history/HistoryLog.h"

namespace rb {

Q_LOGGING_CATEGORY(lcHistoryUi, "rosterbridge.ui.history")

} // namespace rb
