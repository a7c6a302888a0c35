#pragma once

#include <QString>

namespace rb::test {

QString testDataDir();

} // namespace rb::test
