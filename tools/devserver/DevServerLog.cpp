#include "DevServerLog.h"

namespace rb::dev {
Q_LOGGING_CATEGORY(lcDevServer, "rosterbridge.devserver")
}
