#include "TestSupport.h"

namespace rb::test {

QString testDataDir()
{
    return QStringLiteral(RB_TEST_DATA_DIR);
}

} // namespace rb::test
