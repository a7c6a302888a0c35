#pragma once

#include <functional>
#include <vector>

namespace rb {

// Runs independent jobs on every core and returns when all have ended. Each job runs under
// the caller's cancel flag (Cancellation), so a cancelled run stops them as it would stop the
// caller. Jobs start in the order given: put the longest first.
void runInParallel(const std::vector<std::function<void()>> &jobs);

} // namespace rb
